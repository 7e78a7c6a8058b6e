import type { BadRowLog } from './bad-rows';
import { CODE5, csvRecords, norm } from './csv';
import { monthNumber } from './dates';
import { decodeLatin1 } from './text';
import { type CompiledRecord, ImportError } from './types';

/**
 * PFS relative value file (PPRRVUyy_MMM.csv inside rvuYYx.zip). Its header is stacked over ten lines
 * (title, AMA/ADA notices, then column titles split across rows, ending with the `HCPCS,MOD,…` row).
 * CMS adds columns between years (2026 has PRIC IND), so columns are found by their stacked names.
 *
 * Compiled: key = code, data = rows of [MOD, STATUS CODE, PCTC IND, GLOB DAYS, MULT PROC, BILAT SURG,
 * ASST SURG, CO- SURG, TEAM SURG] (one per global / 26 / TC / 53 row of the code).
 */
const COLUMNS = [
  'MOD',
  'STATUS CODE',
  'PCTC IND',
  'GLOB DAYS',
  'MULT PROC',
  'BILAT SURG',
  'ASST SURG',
  'CO- SURG',
  'TEAM SURG',
];

export function parsePfs(
  bytes: Uint8Array,
  names: string[],
  bad: BadRowLog,
): { records: CompiledRecord[]; rows: number; effectiveFrom: string } {
  const records = csvRecords(decodeLatin1(bytes));
  const headerAt = records.findIndex((r) => norm(r.cells[0]) === 'HCPCS' && norm(r.cells[1]) === 'MOD');
  const header = records[headerAt];
  if (!header) throw new ImportError(`${names[0]}: no PPRRVU header row ("HCPCS,MOD,…").`);
  const above = records[headerAt - 1]?.cells ?? [];
  const names2 = header.cells.map((c, i) => norm(`${above[i] ?? ''} ${c}`));
  const index = COLUMNS.map((want) => names2.findIndex((n) => n === want || n.endsWith(want)));
  const missing = COLUMNS.filter((_, i) => index[i]! < 0);
  if (missing.length > 0)
    throw new ImportError(`${names[0]}: PPRRVU columns not found: ${missing.join(', ')}.`);
  const effectiveFrom = pfsEffective(
    records.slice(0, headerAt).flatMap((r) => r.cells),
    names,
  );
  if (!effectiveFrom)
    throw new ImportError(
      `${names[0]}: cannot tell the release (no "… Relative Value File July Release" title).`,
    );
  const byCode = new Map<string, string[][]>();
  let rows = 0;
  const dataRows = records.slice(headerAt + 1);
  for (const { cells, line } of dataRows) {
    const code = (cells[0] ?? '').trim();
    if (!CODE5.test(code)) {
      bad.add(line, `"${code}" is not a 5-character code`);
      continue;
    }
    const row = index.map((i) => (cells[i] ?? '').trim());
    const list = byCode.get(code) ?? [];
    list.push(row);
    byCode.set(code, list);
    rows++;
  }
  bad.check(dataRows.length);
  return { rows, effectiveFrom, records: [...byCode].map(([key, data]) => ({ key, data })) };
}

function pfsEffective(headerCells: string[], names: string[]): string | null {
  for (const cell of headerCells) {
    const m = /(\d{4}) National Physician Fee Schedule Relative Value File (\w+) Release/i.exec(cell);
    if (m && monthNumber(m[2]!) > 0) return `${m[1]}-${String(monthNumber(m[2]!)).padStart(2, '0')}-01`;
  }
  for (const name of names) {
    const m = /PPRRVU(\d{2}|\d{4})_([A-Z]{3})/i.exec(name);
    if (m && monthNumber(m[2]!) > 0) {
      const year = m[1]!.length === 2 ? `20${m[1]}` : m[1];
      return `${year}-${String(monthNumber(m[2]!)).padStart(2, '0')}-01`;
    }
  }
  return null;
}
