import type { BadRowLog } from './bad-rows';
import { CODE5, csvRecords } from './csv';
import { decodeLatin1 } from './text';
import { type CompiledRecord, ImportError } from './types';

/**
 * NCCI add-on code edits, in the CSV layout ClaimLens accepts (CMS itself ships an xlsx; save or
 * convert it to this):
 *
 *   primary_code,add_on_code,aoc_edit_type
 *   CCCCC,0054T,2          ← "CCCCC" as primary = any primary (type 2: the contractor decides)
 *   0070U,0071U,1          ← type 1: only the listed primaries; type 3: listed primaries plus others
 *
 * One row per (primary, add-on) pair, a header row first, UTF-8 or Latin-1, CRLF or LF. Columns are
 * found by name (extra ones are ignored), so CMS's own spreadsheet (AOC_V2026Q2-MCR.xlsx: an AMA notice
 * row, then AOC_Edit_Type, Add-On_Code, AOC_DelDT, Primary_Code, … — read as CSV by xlsx.ts) imports
 * too. Its deletion dates are not used: every listed primary counts (no false "no primary" alarm).
 *
 * Compiled: key = add-on code, data = [type, "primary primary …"] (space-separated listed primaries).
 */
export function parseAddon(bytes: Uint8Array, bad: BadRowLog): { records: CompiledRecord[]; rows: number } {
  const all = csvRecords(decodeLatin1(bytes));
  const headerAt = all.slice(0, 10).findIndex((r) => columnsOf(r.cells) !== null);
  const columns = headerAt >= 0 ? columnsOf(all[headerAt]!.cells) : null;
  if (!columns) {
    throw new ImportError(
      'No add-on code header (primary_code, add_on_code, aoc_edit_type) in the first rows: is it the CMS add-on code file?',
    );
  }
  const records = all.slice(headerAt + 1);
  const byAddon = new Map<string, { type: number; primaries: string[] }>();
  let rows = 0;
  for (const { cells, line } of records) {
    const primary = code(cells[columns.primary]);
    const addon = code(cells[columns.addon]);
    const type = (cells[columns.type] ?? '').trim();
    if (!CODE5.test(addon)) bad.add(line, `add-on code "${addon}" is not a 5-character code`);
    else if (!CODE5.test(primary)) bad.add(line, `primary code "${primary}" is not a 5-character code`);
    else if (!/^[123]$/.test(type)) bad.add(line, `edit type "${type}" is not 1, 2 or 3`);
    else {
      rows++;
      const entry = byAddon.get(addon) ?? { type: Number(type), primaries: [] };
      if (primary !== 'CCCCC' && !entry.primaries.includes(primary)) entry.primaries.push(primary);
      byAddon.set(addon, entry);
    }
  }
  bad.check(records.length);
  return {
    rows,
    records: [...byAddon].map(([key, e]) => ({ key, data: [e.type, e.primaries.join(' ')] })),
  };
}

/** A spreadsheet may hold a numeric code as a number: 1996 is 01996. */
function code(cell: string | undefined): string {
  const c = (cell ?? '').trim().toUpperCase();
  return /^\d{1,4}$/.test(c) ? c.padStart(5, '0') : c;
}

/** Columns by name: "primary_code", "Primary_Code", "Add-On_Code", "AOC_Edit_Type"… */
function columnsOf(cells: string[]): { primary: number; addon: number; type: number } | null {
  const names = cells.map((c) => c.toLowerCase().replace(/[^a-z]/g, ''));
  const primary = names.indexOf('primarycode');
  const addon = names.indexOf('addoncode');
  const type = names.findIndex((n) => n.endsWith('edittype'));
  return primary >= 0 && addon >= 0 && type >= 0 ? { primary, addon, type } : null;
}
