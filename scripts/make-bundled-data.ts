/**
 * Rebuilds public/data/ (the public-domain rule data that ships with ClaimLens) from the CMS/CDC files
 * in /work/shared/data (or DATA_ROOT). Run: npx tsx scripts/make-bundled-data.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync, unzipSync } from 'fflate';
import { BUNDLED_ASSETS, frontCode } from '../utils/ruledata/bundled-format';
import { csvRecords } from '../utils/ruledata/import/csv';
import { isoFromCompact } from '../utils/ruledata/import/dates';

const root = process.env.DATA_ROOT ?? '/work/shared/data';
const out = join(import.meta.dirname, '..', 'public');
if (!existsSync(root)) throw new Error(`${root} not found: set DATA_ROOT to the reference data folder`);
mkdirSync(join(out, 'data'), { recursive: true });

const icdText = new TextDecoder('latin1').decode(
  gunzipSync(readFileSync(join(root, 'cms/icd10cm-2026/icd10cm-codes-2026.txt.gz'))),
);
const codes = icdText
  .split(/\r?\n/)
  .map((l) => l.slice(0, 7).trim())
  .filter((c) => c !== '')
  .sort();
writeFileSync(
  join(out, BUNDLED_ASSETS.icd10cm),
  gzipSync(new TextEncoder().encode(frontCode(codes)), { level: 9 }),
);

const hcpcsZip = unzipSync(readFileSync(join(root, 'cms/hcpcs-2024/2024-alpha-numeric-hcpcs-file.zip')));
const anweb = Object.entries(hcpcsZip).find(([n]) => /ANWEB\.csv$/i.test(n));
if (!anweb) throw new Error('no ANWEB csv in the HCPCS zip');
const [header, ...rows] = csvRecords(new TextDecoder('latin1').decode(anweb[1]));
const col = (name: string) => header?.cells.indexOf(name) ?? -1;
const date = (s: string | undefined) => (s ? (isoFromCompact(s.trim()) ?? '') : '');
const modifiers = rows
  .map((r) => r.cells)
  .filter((c) => (c[col('HCPC')] ?? '').trim().length === 2)
  .map((c) => [
    (c[col('HCPC')] ?? '').trim(),
    date(c[col('ADD DT')]),
    date(c[col('ACT EFF DT')]),
    date(c[col('TERM DT')]),
  ]);
writeFileSync(
  join(out, BUNDLED_ASSETS.hcpcsModifiers),
  JSON.stringify({ version: '2024 APR', rows: modifiers }),
);

const posRows = csvRecords(readFileSync(join(root, 'reference/place_of_service_codes_2026-02.csv'), 'utf8'))
  .slice(1)
  .map((r) => [
    r.cells[0]?.trim(),
    r.cells[1]?.trim().toLowerCase() === 'facility' ? 1 : 0,
    r.cells[2]?.trim(),
  ]);
writeFileSync(join(out, BUNDLED_ASSETS.pos), JSON.stringify({ version: '2026-02', rows: posRows }));

console.log(
  `ICD-10-CM ${codes.length} codes, ${modifiers.length} HCPCS modifiers, ${posRows.length} places of service`,
);
