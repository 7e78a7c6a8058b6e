import type { BadRowLog } from './bad-rows';
import { csvRecords } from './csv';
import type { CompiledRecord } from './types';

/**
 * CMS place-of-service codes, CSV `pos_code,pos_type,pos_name,pos_description` (UTF-8), pos_type
 * "Facility" or "Non-Facility". Compiled: key = 2-digit code, data = [1 if facility else 0, name].
 */
export function parsePos(text: string, bad: BadRowLog): { records: CompiledRecord[]; rows: number } {
  const rows = csvRecords(text).slice(1);
  const records: CompiledRecord[] = [];
  for (const { cells, line } of rows) {
    const code = (cells[0] ?? '').trim();
    const type = (cells[1] ?? '').trim().toLowerCase();
    if (!/^\d{2}$/.test(code)) bad.add(line, `"${code}" is not a 2-digit place of service`);
    else if (type !== 'facility' && type !== 'non-facility')
      bad.add(line, `type "${cells[1]}" is not Facility or Non-Facility`);
    else records.push({ key: code, data: [type === 'facility' ? 1 : 0, (cells[2] ?? '').trim()] });
  }
  bad.check(rows.length);
  return { records, rows: records.length };
}
