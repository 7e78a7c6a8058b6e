import type { Setting } from '../types';
import type { Detected } from './detect';
import type { Entry } from './open';

/** A recognised file (or zip member) and what it is. */
export interface Recognised {
  entry: Entry;
  detected: Exclude<Detected, { kind: 'unknown' }>;
}

/** Files that make one data set: the four parts of a PTP release, otherwise one file. */
export interface SetGroup {
  items: Recognised[];
  /** Names the user picked, for the report and the DataSetInfo sources. */
  containers: string[];
}

export type Grouping = {
  groups: SetGroup[];
  problems: { files: string[]; message: string }[];
  /** Files recognised but not needed (the MCD LCD download): said so, nothing imported. */
  skipped: { files: string[]; message: string }[];
};

export const LCD_NOT_NEEDED =
  'is the Medicare Coverage Database LCD download. The medical-necessity check needs only the billing and coding articles (current_article.zip): since 2020 LCDs keep no code lists, their articles do. Nothing was imported from it.';

const settingName = (s: Setting | null) =>
  s === 'hospital' ? 'outpatient hospital' : (s ?? 'unknown setting');

/**
 * Groups PTP parts into sets. Refuses a set with a part missing or given twice, or parts of two versions:
 * importing it would silently drop a quarter of the edits or mix two releases.
 */
export function groupSets(all: Recognised[]): Grouping {
  const groups: SetGroup[] = [];
  const problems: Grouping['problems'] = [];
  const ptpBySetting = new Map<string, Recognised[]>();
  const { items, mcd, skipped } = splitMcd(oneIcdListPerFile(all));
  if (mcd.length > 0)
    groups.push({ items: mcd, containers: [...new Set(mcd.map((i) => i.entry.container))] });
  for (const item of items) {
    if (item.detected.kind !== 'ptp') {
      groups.push({ items: [item], containers: [item.entry.container] });
      continue;
    }
    const d = item.detected;
    if (!d.setting || !d.part || !d.version) {
      problems.push({
        files: [item.entry.container],
        message: `${item.entry.container} is an NCCI PTP file, but its name does not say which (practitioner "ccipra" or hospital "ccioph", version "v301r0", part "f1"…"f4"): keep the names CMS gave the files.`,
      });
      continue;
    }
    const list = ptpBySetting.get(d.setting) ?? [];
    list.push(item);
    ptpBySetting.set(d.setting, list);
  }
  for (const [setting, parts] of ptpBySetting) {
    const containers = [...new Set(parts.map((p) => p.entry.container))];
    const versionOf = (p: Recognised) => (p.detected.kind === 'ptp' ? p.detected.version : null);
    const partOf = (p: Recognised) => (p.detected.kind === 'ptp' ? p.detected.part : null);
    const versions = [...new Set(parts.map(versionOf))];
    const what = `NCCI PTP ${settingName(setting as Setting)}`;
    if (versions.length > 1) {
      const list = versions
        .map(
          (v) =>
            `v${v} (${parts
              .filter((p) => versionOf(p) === v)
              .map((p) => `f${partOf(p)}`)
              .join(', ')})`,
        )
        .join(' and ');
      problems.push({
        files: containers,
        message: `${what}: parts of two versions are mixed, ${list}. Pick the four parts of one version.`,
      });
      continue;
    }
    const numbers = parts.map(partOf);
    const twice = numbers.filter((n, i) => numbers.indexOf(n) !== i);
    const missing = [1, 2, 3, 4].filter((n) => !numbers.includes(n));
    if (twice.length > 0) {
      problems.push({
        files: containers,
        message: `${what} v${versions[0]}: part f${twice[0]} was given twice.`,
      });
    } else if (missing.length > 0) {
      problems.push({
        files: containers,
        message: `${what} v${versions[0]}: part ${missing.map((n) => `f${n}`).join(', ')} of 4 is missing. A release comes as four files (…-f1.zip to …-f4.zip); pick all four together.`,
      });
    } else {
      parts.sort((a, b) => (partOf(a) ?? 0) - (partOf(b) ?? 0));
      groups.push({ items: parts, containers });
    }
  }
  return { groups, problems, skipped };
}

/**
 * The MCD tables of all picked files make one set. A picked file holding LCD tables is the LCD download
 * (it shares contractor.csv and the like with the article download): all of it is skipped.
 */
function splitMcd(all: Recognised[]) {
  const lcdContainers = new Set(
    all.filter((i) => i.detected.kind === 'mcd-lcd').map((i) => i.entry.container),
  );
  const skipped = [...lcdContainers].map((c) => ({ files: [c], message: `${c} ${LCD_NOT_NEEDED}` }));
  const mcd: Recognised[] = [];
  const items: Recognised[] = [];
  const others: string[] = [];
  for (const i of all) {
    if (lcdContainers.has(i.entry.container)) continue;
    if (i.detected.kind === 'mcd') mcd.push(i);
    else if (i.detected.kind === 'mcd-other') others.push(i.entry.container);
    else items.push(i);
  }
  // Tables of the article download the check does not read: quiet beside the set, said when alone.
  const alone = [...new Set(others)].filter((c) => !mcd.some((m) => m.entry.container === c));
  if (mcd.length === 0)
    for (const c of alone)
      skipped.push({
        files: [c],
        message: `${c} is a table of the MCD article download that the medical-necessity check does not need. Nothing was imported from it.`,
      });
  return { items, mcd, skipped };
}

/** CMS's ICD-10-CM zip holds the codes file and the order file of one year: one of them is enough. */
function oneIcdListPerFile(all: Recognised[]): Recognised[] {
  const seen = new Set<string>();
  const sorted = [...all].sort(
    (a, b) =>
      Number(b.detected.kind === 'icd10cm' && b.detected.layout === 'codes') -
      Number(a.detected.kind === 'icd10cm' && a.detected.layout === 'codes'),
  );
  const drop = new Set<Recognised>();
  for (const i of sorted) {
    if (i.detected.kind !== 'icd10cm' || i.entry.container === i.entry.name) continue;
    if (seen.has(i.entry.container)) drop.add(i);
    seen.add(i.entry.container);
  }
  return all.filter((i) => !drop.has(i));
}
