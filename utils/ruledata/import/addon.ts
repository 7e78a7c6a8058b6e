import type { BadRowLog } from './bad-rows';
import { CODE5, csvRecords } from './csv';
import { decodeLatin1 } from './text';
import type { CompiledRecord } from './types';

/**
 * NCCI add-on code edits, in the CSV layout ClaimLens accepts (CMS itself ships an xlsx; save or
 * convert it to this):
 *
 *   primary_code,add_on_code,aoc_edit_type
 *   CCCCC,0054T,2          ← "CCCCC" as primary = any primary (type 2: the contractor decides)
 *   0070U,0071U,1          ← type 1: only the listed primaries; type 3: listed primaries plus others
 *
 * One row per (primary, add-on) pair, a header row first, UTF-8 or Latin-1, CRLF or LF. Extra
 * columns after the third are ignored.
 *
 * Compiled: key = add-on code, data = [type, "primary primary …"] (space-separated listed primaries).
 */
export function parseAddon(bytes: Uint8Array, bad: BadRowLog): { records: CompiledRecord[]; rows: number } {
  const records = csvRecords(decodeLatin1(bytes)).slice(1);
  const byAddon = new Map<string, { type: number; primaries: string[] }>();
  let rows = 0;
  for (const { cells, line } of records) {
    const primary = (cells[0] ?? '').trim().toUpperCase();
    const addon = (cells[1] ?? '').trim().toUpperCase();
    const type = (cells[2] ?? '').trim();
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
