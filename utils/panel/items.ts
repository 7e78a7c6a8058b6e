import { explainedCodes } from '../model/claim-codes';
import { type Finding, type RuleId, type Severity, severityRank } from '../model/finding';
import type { Claim } from '../model/snapshot';
import { groupTitle } from './groups';

/**
 * What the panel shows for one claim: items, not raw findings. A denial code, the remarks on its
 * line and the rule finding that explains it (the NCCI pair behind a CO-97) are one item, so the
 * biller reads each problem once with one next step. Routine adjustments (CO-45, PR-2…) become one
 * row per code. Everything else is one item per finding.
 */
export interface PanelItem {
  /** Stable within the claim (the lead finding's rule, lines and ordinal): survives dismiss and undo. */
  key: string;
  /** The worst level among the parts. */
  severity: Severity;
  /** The lead's lines (the test hooks' data-lines). */
  lines: number[];
  /** The finding whose words head the item (a denial code's explanation, or the finding itself). */
  lead: Finding;
  /** "Line 2 · 11102", "Lines 1 and 2 · 20611 RT, 20610 RT", "Whole claim". */
  where: string;
  /** The headline: "CO-97 — bundled into another service", or the finding's message. */
  title: string;
  /** What explains it, from another part (the PTP pair behind a CO-97), else null. */
  detail: string | null;
  /** One next step. */
  action: string;
  /** Every finding shown in this item, the lead first. */
  parts: Finding[];
  /** The codes merged into it, "CO-97", "N130". */
  codes: string[];
}

/** Which checks explain which denial codes (utils/rules/README.md): merged into the code's item on the same line. */
const EXPLAINED_BY: Record<string, readonly RuleId[]> = {
  '97': ['ptp', 'mod-25'],
  '236': ['ptp', 'mod-25'],
  M15: ['ptp', 'mod-25'],
  N20: ['ptp', 'mod-25'],
  M80: ['ptp', 'mod-25'],
  '151': ['mue'],
  N362: ['mue'],
  '107': ['addon'],
  '29': ['timely-filing'],
  '4': ['mod-59', 'mod-25', 'bilateral', 'pctc', 'telehealth', 'asst', 'jwjz', 'kx'],
  '16': ['dx-pointer', 'code-valid'],
  '18': ['duplicate'],
  '5': ['pos', 'telehealth'],
  '11': ['code-valid', 'dx-pointer'],
  '167': ['code-valid'],
};

const worst = (fs: readonly Finding[]): Severity =>
  fs.reduce<Severity>((w, f) => (severityRank(f.severity) < severityRank(w) ? f.severity : w), 'info');

/** "Line 2 (11102): CO-97 — bundled into another service. The payer…" → "CO-97 — bundled into another service". */
export function headline(message: string): string {
  const body = message.replace(/^(Line \d+(?: \([^)]*\))?|Claim): /, '');
  const sentence = /^(.+?[^.\s][.!?])(\s|$)/.exec(body)?.[1] ?? body;
  return sentence.replace(/\.$/, '');
}

function itemOf(parts: Finding[], claim: Claim | null, key: string, codes: string[], detail: string | null) {
  const lead = parts[0]!;
  return {
    key,
    severity: worst(parts.filter((p) => p.severity !== 'could-not-check')),
    lines: lead.lines,
    lead,
    // Page-level findings (eligibility) are about the coverage, not a claim: no "Whole claim" label.
    where: claim === null && lead.lines.length === 0 ? '' : groupTitle(lead.lines, claim),
    title: lead.rule === 'denial' ? headline(lead.message) : lead.message,
    detail,
    action: lead.action,
    parts,
    codes,
  } satisfies PanelItem;
}

/** Sort: errors, warnings, info; whole-claim items first within a level, then by first line. */
export function itemOrder(a: PanelItem, b: PanelItem): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    (a.lines[0] ?? 0) - (b.lines[0] ?? 0) ||
    a.lines.length - b.lines.length
  );
}

/**
 * The items of one claim (could-not-check findings are left out: the panel lists them apart).
 * `claim` is null for page-level findings (eligibility), which are never merged.
 */
export function buildItems(claim: Claim | null, findings: readonly Finding[]): PanelItem[] {
  const checked = findings.filter((f) => f.severity !== 'could-not-check');
  const ordinal = new Map<string, number>();
  const keyOf = (f: Finding) => {
    const base = `${f.rule}|${f.lines.join(',')}`;
    const n = ordinal.get(base) ?? 0;
    ordinal.set(base, n + 1);
    return `${base}|${n}`;
  };
  const keys = new Map(checked.map((f) => [f, keyOf(f)]));
  if (!claim) return checked.map((f) => itemOf([f], null, keys.get(f)!, [], null)).sort(itemOrder);

  const taken = new Set<Finding>();
  const items: PanelItem[] = [];
  const explained = explainedCodes(claim, checked);
  const byLine = new Map<string, typeof explained>();
  for (const e of explained) {
    if (!e.finding) continue;
    const k = String(e.code.line ?? '');
    byLine.set(k, [...(byLine.get(k) ?? []), e]);
  }

  // Routine adjustments: one row per code over all its lines ("CO-45 on lines 1, 2 and 3").
  const routine = new Map<string, { parts: Finding[]; codes: string[] }>();
  for (const e of explained) {
    if (e.finding?.severity !== 'info' || e.code.kind !== 'carc') continue;
    const r = routine.get(e.code.label) ?? { parts: [], codes: [e.code.label] };
    r.parts.push(e.finding as Finding);
    routine.set(e.code.label, r);
  }

  // A problem code on a line: the worst code leads; the line's remarks and explaining checks join it.
  for (const list of byLine.values()) {
    const problems = list.filter((e) => e.finding && e.finding.severity !== 'info' && e.code.kind === 'carc');
    const leadEntry =
      [...problems].sort(
        (a, b) => severityRank(a.finding!.severity) - severityRank(b.finding!.severity),
      )[0] ??
      // A remark alone on a line (no problem CARC) still leads its own item.
      list.find((e) => e.code.kind === 'rarc' && e.finding && e.finding.severity !== 'info');
    if (!leadEntry?.finding) continue;
    const lead = leadEntry.finding;
    const line = leadEntry.code.line;
    const remarks = list.filter((e) => e.code.kind === 'rarc' && e.finding && e.finding !== lead);
    const explainers = checked.filter(
      (f) =>
        f.rule !== 'denial' &&
        !taken.has(f) &&
        f.severity !== 'info' &&
        (line === null ? f.lines.length === 0 : f.lines.includes(line)) &&
        [leadEntry, ...remarks].some((e) => (EXPLAINED_BY[e.code.code] ?? []).includes(f.rule)),
    );
    const parts = [lead, ...remarks.map((e) => e.finding!), ...explainers];
    for (const p of parts) taken.add(p);
    const detail = explainers.length > 0 ? [...new Set(explainers.map((e) => e.message))].join(' ') : null;
    items.push(
      itemOf(
        parts,
        claim,
        keys.get(lead)!,
        [leadEntry, ...remarks].map((e) => e.code.label),
        detail,
      ),
    );
  }

  for (const r of routine.values()) {
    const parts = r.parts.filter((p) => !taken.has(p));
    if (parts.length === 0) continue;
    for (const p of parts) taken.add(p);
    const lines = [...new Set(parts.flatMap((p) => p.lines))].sort((a, b) => a - b);
    const item = itemOf(parts, claim, keys.get(parts[0]!)!, r.codes, null);
    items.push({ ...item, where: groupTitle(lines, null) });
  }

  // The claim's 277 status is explained by its codes when it has any; else it is an item of its own.
  const status = checked.find(
    (f) => f.rule === 'denial' && f.lines.length === 0 && f.message.startsWith('Claim status'),
  );
  const codeItem = items.find((i) => i.lead.rule === 'denial' && i.severity !== 'info');
  if (status && codeItem && severityRank(status.severity) >= severityRank(codeItem.severity)) {
    codeItem.parts.push(status);
    taken.add(status);
  }

  for (const f of checked) {
    if (taken.has(f)) continue;
    items.push(itemOf([f], claim, keys.get(f)!, [], null));
  }
  return items.sort(itemOrder);
}
