/**
 * Writes the small slices of the real CMS tables that the rule tests run against
 * (tests/fixtures/rules/*.json). Licence: CPT-bearing tables may only be committed as small
 * slices, so each table is cut down to the codes the hand-verified cases use.
 *
 *   npx tsx scripts/make-rule-fixtures.ts [/work/shared/data]
 *
 * Inputs are the files exactly as CMS ships them (see /work/shared/data/README.md): zips of
 * Latin-1 TXT/CSV, gzipped ICD-10-CM code files. Output rows use the RuleStore types
 * (PtpEdit, MueEdit, AddonEdit, PfsIndicators, HcpcsCode) so the in-memory store needs no parsing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, strFromU8, unzipSync } from 'fflate';
import type { AddonEdit, HcpcsCode, MueEdit, PfsIndicators, PtpEdit } from '../utils/ruledata/types';

const DATA = process.argv[2] ?? '/work/shared/data';
const OUT = join(import.meta.dirname, '..', 'tests', 'fixtures', 'rules');

/** Codes the practitioner cases use: E/M, minor and major procedures, therapy, ECG, drugs, add-ons. */
const PRACTITIONER_CODES = new Set(
  (
    '99203 99213 99214 99232 99291 99292 20610 20611 20605 11102 11103 17000 12001 10060 ' +
    '29881 29880 29877 27447 97110 97140 97530 97161 93000 93005 93010 71046 96372 96374 ' +
    '64483 64484 77003 76942 69210 11042 11045 36415 J0897 J3301 J9035 J2505 G2211 88311 88305 ' +
    '96160 76937 36556 98966 A6460 A0425 97014'
  ).split(' '),
);
/**
 * Codes added for single cases (issues 11 and 19). Their PTP rows are kept only within their own group
 * (the pairs those cases put on one claim), so the slice stays a few hundred rows; MUE, PFS and HCPCS
 * rows are kept for every one of them.
 */
const CASE_GROUPS: string[][] = [
  // A code whose MUE sits on both sides of its release date.
  '23670',
  // 24/25/57 on a column-2 code that is not an E/M; an anatomic modifier on one line only.
  '67413 93042',
  '38573 12017',
  // Eye visits take 24/25/57 like E/M services.
  '65205 92012 92014',
  // PFS codes whose 26 or TC row differs from the global row (PC/TC, bilateral, assistant indicators).
  '84166 88371 83020 86335 76519 92136 77022 72159',
  // Therapy: evaluations and treatment ("always therapy"), and "sometimes therapy" codes.
  '97161 97162 97163 97164 97165 97166 97167 97168 97110 97112 97116',
  '97140 97530 97535 92507 92521 92522 92523 92524 92526 97129 96125',
  'G0283 97010 97597 95992',
  // Anesthesia, ambulance, hospice patients' visits, services Medicare never covers.
  '00790 01402 00142',
  'A0021 A0225 A0425 A0426 A0427 A0428 A0429 A0430 A0431 A0432 A0433 A0434 A0435 A0436 A0888 A0999',
  '99309 99214',
  '99397 99387 92015 V5261 V5010 92592 11719 11055 G0127 99213',
].map((g) => g.split(' '));
const CASE_CODES = new Set(CASE_GROUPS.flat());
const ALL_CODES = new Set([...PRACTITIONER_CODES, ...CASE_CODES]);

/** PTP rows between two codes of the base set, or of one case group. */
function ptpPairWanted(c1: string, c2: string): boolean {
  if (PRACTITIONER_CODES.has(c1) && PRACTITIONER_CODES.has(c2)) return true;
  return CASE_GROUPS.some((g) => g.includes(c1) && g.includes(c2));
}

/** The hospital PTP table is only needed for a couple of setting cases. */
const HOSPITAL_CODES = new Set(
  '99213 20610 20611 29880 29881 29877 93000 93005 96372 96374 36415'.split(' '),
);
const ADDON_CODES = new Set('11103 11045 64484 99292 77003 96160 88311 76937'.split(' '));
const ICD_PREFIXES = ['E11', 'E66', 'I10', 'J06', 'M171', 'R05', 'Z000', 'Z23', 'O80', 'P07', 'N40', 'D71'];

function latin1(bytes: Uint8Array): string {
  return strFromU8(bytes, true);
}

function zipText(path: string): string {
  const files = unzipSync(readFileSync(path));
  const first = Object.values(files)[0];
  if (!first) throw new Error(`empty zip ${path}`);
  return latin1(first);
}

function isoDate(yyyymmdd: string): string {
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

function ptpRows(dir: string, wanted: (c1: string, c2: string) => boolean): PtpEdit[] {
  const rows: PtpEdit[] = [];
  for (const name of readdirSync(dir).sort()) {
    for (const line of zipText(join(dir, name)).split(/\r?\n/)) {
      const [c1, c2, , eff, del, ind] = line.split('\t');
      if (!c1 || !c2 || !wanted(c1, c2) || !eff || !/^\d{8}$/.test(eff)) continue;
      if (ind !== '0' && ind !== '1' && ind !== '9') continue;
      rows.push({
        column1: c1,
        column2: c2,
        effective: isoDate(eff),
        deleted: del && del !== '*' ? isoDate(del) : null,
        modifierIndicator: Number(ind) as 0 | 1 | 9,
      });
    }
  }
  return rows;
}

function mueRows(path: string, codes: Set<string>): MueEdit[] {
  const rows: MueEdit[] = [];
  for (const line of zipText(path).split(/\r?\n/)) {
    const [code, value, mai] = line.split(',');
    if (!code || !codes.has(code) || !value || !mai) continue;
    rows.push({ code, value: Number(value), mai: Number(mai.charAt(0)) as 1 | 2 | 3 });
  }
  return rows;
}

function addonRows(path: string): AddonEdit[] {
  const byAddon = new Map<string, AddonEdit>();
  for (const line of readFileSync(path, 'latin1').split(/\r?\n/).slice(1)) {
    const [primary, addon, type] = line.split(',');
    if (!primary || !addon || !ADDON_CODES.has(addon)) continue;
    const edit = byAddon.get(addon) ?? { addon, type: Number(type) as 1 | 2 | 3, primaries: [] };
    if (primary !== 'CCCCC') edit.primaries.push(primary);
    byAddon.set(addon, edit);
  }
  return [...byAddon.values()];
}

/** Simple CSV split: the PPRRVU and ANWEB rows we keep have no quoted commas in the kept columns. */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(cur);
      cur = '';
    } else cur += ch;
  }
  cells.push(cur);
  return cells;
}

function pfsRows(path: string, codes: Set<string>): PfsIndicators[] {
  const lines = zipText(path).split(/\r?\n/);
  // Header rows are stacked; the column of each indicator is found by its last two header lines.
  const h1 = csvCells(lines[8] ?? '');
  const h2 = csvCells(lines[9] ?? '');
  const col = (a: string, b: string): number => h1.findIndex((x, i) => x === a && h2[i] === b);
  const at = {
    status: col('STATUS', 'CODE'),
    pctc: col('PCTC', 'IND'),
    glob: col('GLOB', 'DAYS'),
    mult: col('MULT', 'PROC'),
    bilat: col('BILAT', 'SURG'),
    asst: col('ASST', 'SURG'),
    co: col('CO-', 'SURG'),
    team: col('TEAM', 'SURG'),
  };
  const rows: PfsIndicators[] = [];
  for (const line of lines.slice(10)) {
    const c = csvCells(line);
    const code = c[0] ?? '';
    if (!codes.has(code)) continue;
    rows.push({
      code,
      modifier: c[1] ?? '',
      status: c[at.status] ?? '',
      pctc: c[at.pctc] ?? '',
      globalDays: c[at.glob] ?? '',
      multProc: c[at.mult] ?? '',
      bilateral: c[at.bilat] ?? '',
      assistant: c[at.asst] ?? '',
      coSurgery: c[at.co] ?? '',
      teamSurgery: c[at.team] ?? '',
    });
  }
  return rows;
}

function hcpcsRows(path: string, codes: Set<string>): HcpcsCode[] {
  const lines = zipText(path).split(/\r?\n/);
  const header = csvCells(lines[0] ?? '');
  const at = (name: string) => header.indexOf(name);
  const [iAdd, iEff, iTerm] = [at('ADD DT'), at('ACT EFF DT'), at('TERM DT')];
  const date = (v: string | undefined) => (v && /^\d{8}$/.test(v) ? isoDate(v) : null);
  const seen = new Set<string>();
  const rows: HcpcsCode[] = [];
  for (const line of lines.slice(1)) {
    const c = csvCells(line);
    const raw = c[0] ?? '';
    const code = raw.trim();
    // Modifiers are right-justified in the 5-wide HCPC field; every modifier is kept (public domain).
    const modifier = raw.startsWith('   ') && code.length === 2;
    if (!code || seen.has(code) || (!modifier && !codes.has(code))) continue;
    seen.add(code);
    rows.push({ code, added: date(c[iAdd]), effective: date(c[iEff]), terminated: date(c[iTerm]), modifier });
  }
  return rows;
}

function icdCodes(path: string): string[] {
  return latin1(gunzipSync(readFileSync(path)))
    .split(/\r?\n/)
    .map((l) => l.slice(0, 7).trim())
    .filter((code) => ICD_PREFIXES.some((p) => code.startsWith(p)));
}

function posRows(path: string): { code: string; facility: boolean; name: string }[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map(csvCells)
    .filter((c) => /^\d{2}$/.test(c[0] ?? ''))
    .map((c) => ({ code: c[0] ?? '', facility: c[1] === 'Facility', name: c[2] ?? '' }));
}

function write(name: string, value: unknown): void {
  const text = `${JSON.stringify(value, null, 0).replace(/\},\{/g, '},\n{')}\n`;
  writeFileSync(join(OUT, name), text);
  const rows = Array.isArray(value) ? value.length : Object.keys(value as object).length;
  console.log(`${name}: ${rows} rows`);
}

const cms = join(DATA, 'cms');
const mueDir = join(cms, 'ncci-mue-2024q3');
const mueZip = (kind: string) => join(mueDir, `medicare-ncci-2024-q3-${kind}-services-mue-table.zip`);
write('ptp-practitioner-v30.1.json', ptpRows(join(cms, 'ncci-ptp-practitioner-2024q2'), ptpPairWanted));
write(
  'ptp-hospital-v30.2.json',
  ptpRows(join(cms, 'ncci-ptp-hospital-2024q3'), (a, b) => HOSPITAL_CODES.has(a) && HOSPITAL_CODES.has(b)),
);
write('mue-practitioner-2024q3.json', mueRows(mueZip('practitioner'), ALL_CODES));
write('mue-hospital-2024q3.json', mueRows(mueZip('outpatient-hospital'), ALL_CODES));
write('addon-2024-06.json', addonRows(join(cms, 'ncci-aoc-2024q2', 'ncci_aoc_2024-06.csv')));
write('pfs-2024q3.json', pfsRows(join(cms, 'pfs-2024q3', 'rvu24c.zip'), ALL_CODES));
write(
  'hcpcs-2024apr.json',
  hcpcsRows(join(cms, 'hcpcs-2024', '2024-alpha-numeric-hcpcs-file.zip'), ALL_CODES),
);
write('icd10cm-fy2024.json', icdCodes(join(cms, 'icd10cm-2024', 'icd10cm-codes-2024.txt.gz')));
write('icd10cm-fy2026.json', icdCodes(join(cms, 'icd10cm-2026', 'icd10cm-codes-2026.txt.gz')));
write('pos-2026-02.json', posRows(join(DATA, 'reference', 'place_of_service_codes_2026-02.csv')));
