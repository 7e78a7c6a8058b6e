/**
 * Regenerates tests/fixtures/cms/: small slices (a few hundred rows) of the real CMS files in
 * /work/shared/data (or DATA_ROOT), rebuilt in the official layouts and zipped under the official
 * names, so importer tests run on what CMS ships without the big files (which must not be committed).
 * Run: npx tsx scripts/make-cms-fixtures.ts
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, unzipSync, zipSync } from 'fflate';

const root = join(process.env.DATA_ROOT ?? '/work/shared/data', 'cms');
const out = join(import.meta.dirname, '..', 'tests', 'fixtures', 'cms');
mkdirSync(out, { recursive: true });
const latin1 = (b: Uint8Array) => new TextDecoder('latin1').decode(b);
const toLatin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const MTIME = new Date('2024-06-01T00:00:00Z');

function member(zipPath: string, pattern: RegExp): { name: string; text: string } {
  const entries = Object.entries(unzipSync(readFileSync(zipPath)));
  const found = entries.find(([n]) => pattern.test(n));
  if (!found) throw new Error(`${zipPath}: no member ${pattern}`);
  return { name: found[0], text: latin1(found[1]) };
}

function writeZip(name: string, memberName: string, text: string): void {
  writeFileSync(join(out, name), zipSync({ [memberName]: [toLatin1(text), { mtime: MTIME }] }, { level: 9 }));
}

/** Header lines, the first `first` data rows, and every row whose first field is one of `codes`. */
function slice(text: string, headerLines: number, first: number, keep: (line: string) => boolean): string {
  const lines = text.split('\r\n');
  const body = lines.slice(headerLines).filter((l) => l !== '');
  const picked = body.filter((l, i) => i < first || keep(l));
  return `${[...lines.slice(0, headerLines), ...picked].join('\r\n')}\r\n`;
}

// Column-1 codes the claim tests use: 20611 (with 20610, and duplicated historical/current pairs),
// 36415 (indicator 0 edits), 93000, 97140, 99213.
const CODES = ['20610', '20611', '36415', '93000', '97140', '99213', 'G0439'];
const startsWithCode = (l: string) => CODES.some((c) => l.startsWith(`${c}\t`) || l.startsWith(`${c},`));

for (const [dir, prefix] of [
  ['ncci-ptp-practitioner-2024q2', 'ptp-practitioner'],
  ['ncci-ptp-hospital-2024q3', 'ptp-hospital'],
] as const) {
  for (const zipName of readdirSync(join(root, dir))) {
    const m = member(join(root, dir, zipName), /\.TXT$/i);
    const keep = prefix === 'ptp-practitioner' ? startsWithCode : (l: string) => l.startsWith('20611\t');
    writeZip(zipName, m.name, slice(m.text, 6, 40, keep));
  }
}

for (const zipName of readdirSync(join(root, 'ncci-mue-2024q3'))) {
  const m = member(join(root, 'ncci-mue-2024q3', zipName), /\.csv$/i);
  const headerEnd = m.text.indexOf('MUE Rationale\r\n') + 'MUE Rationale\r\n'.length;
  const rows = m.text
    .slice(headerEnd)
    .split('\r\n')
    .filter((l) => l !== '');
  const picked = rows.filter((l, i) => i < 120 || startsWithCode(l));
  writeZip(zipName, m.name, `${m.text.slice(0, headerEnd)}${picked.join('\r\n')}\r\n`);
}

const aoc = readFileSync(join(root, 'ncci-aoc-2024q2/ncci_aoc_2024-06.csv'), 'utf8').split(/\r?\n/);
const aocRows = aoc
  .slice(1)
  .filter((l, i) => l !== '' && (i < 150 || l.startsWith('20610,') || l.includes(',20611,')));
writeFileSync(join(out, 'ncci_aoc_2024-06.csv'), `${[aoc[0], ...aocRows].join('\n')}\n`);

const pfs = member(join(root, 'pfs-2024q3/rvu24c.zip'), /PPRRVU.*\.csv$/i);
writeZip('rvu24c.zip', pfs.name, slice(pfs.text, 10, 150, startsWithCode));

const hcpcs = member(join(root, 'hcpcs-2024/2024-alpha-numeric-hcpcs-file.zip'), /ANWEB\.csv$/i);
const hcpcsLines = hcpcs.text.split('\r\n');
const modifiers = hcpcsLines.slice(1).filter((l) => /^ {3}[0-9A-Z]{2},/.test(l));
const someCodes = hcpcsLines.slice(1).filter((l) => /^(A0021|A4206|G0008|G0439|J0120|J1100),/.test(l));
writeZip(
  '2024-alpha-numeric-hcpcs-file.zip',
  hcpcs.name,
  `${[hcpcsLines[0], ...modifiers.slice(0, 150), ...someCodes].join('\r\n')}\r\n`,
);

// ICD-10-CM: a few categories, enough for billable / header / invalid and both fiscal years.
for (const year of [2024, 2026]) {
  const text = latin1(gunzipSync(readFileSync(join(root, `icd10cm-${year}/icd10cm-codes-${year}.txt.gz`))));
  const lines = text.split('\r\n').filter((l) => /^(A0[0-2]|E11|I10|M54|M25|Z00|QA0|U07)/.test(l));
  writeFileSync(join(out, `icd10cm-codes-${year}.txt`), toLatin1(`${lines.join('\r\n')}\r\n`));
}
console.log(readdirSync(out).join('\n'));
