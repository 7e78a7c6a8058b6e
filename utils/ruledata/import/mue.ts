import type { Setting } from '../types';
import type { BadRowLog } from './bad-rows';
import { CODE5, csvRecords } from './csv';
import { quarterStart } from './dates';
import { decodeLatin1 } from './text';
import { type CompiledRecord, ImportError } from './types';

/**
 * NCCI MUE table (MCR_MUE_<Setting>Services_Eff_MM-DD-YYYY.csv). Record 1 is a quoted multi-line AMA
 * notice ending ",,,"; record 2 the header `"HCPCS/⏎CPT Code",<Setting> Services MUE Values,MUE
 * Adjudication Indicator,MUE Rationale`; then rows `code,value,"2 Date of Service Edit: Policy",rationale`.
 * The effective date is only in the file name.
 *
 * Compiled: key = code, data = [MUE value, MAI 1|2|3].
 */
export interface ParsedMue {
  setting: Setting;
  effectiveFrom: string;
  records: CompiledRecord[];
}

export function parseMue(bytes: Uint8Array, names: string[], bad: BadRowLog): ParsedMue {
  const records = csvRecords(decodeLatin1(bytes));
  const headerAt = records.findIndex((r) => /MUE Values/i.test(r.cells[1] ?? ''));
  const header = records[headerAt];
  if (!header)
    throw new ImportError(`${names[0]}: no MUE header row ("… MUE Values, MUE Adjudication Indicator").`);
  const setting = mueSetting(header.cells[1] ?? '');
  if (!setting) throw new ImportError(`${names[0]}: cannot tell the setting from "${header.cells[1]}".`);
  const effectiveFrom = mueEffective(names);
  if (!effectiveFrom) {
    throw new ImportError(
      `${names[0]}: the effective date is only in the CMS file name (…_Eff_07-01-2024.csv); keep the name CMS gave it.`,
    );
  }
  const out: CompiledRecord[] = [];
  const rows = records.slice(headerAt + 1);
  for (const { cells, line } of rows) {
    const code = (cells[0] ?? '').trim();
    const value = (cells[1] ?? '').trim();
    const mai = /^\s*([123])\b/.exec(cells[2] ?? '')?.[1];
    if (!CODE5.test(code)) bad.add(line, `"${code}" is not a 5-character code`);
    else if (!/^\d+$/.test(value)) bad.add(line, `MUE value "${value}" is not a whole number`);
    else if (!mai) bad.add(line, `adjudication indicator "${cells[2] ?? ''}" is not 1, 2 or 3`);
    else out.push({ key: code, data: [Number(value), Number(mai)] });
  }
  bad.check(rows.length);
  return { setting, effectiveFrom, records: out };
}

function mueSetting(title: string): Setting | null {
  if (/practitioner/i.test(title)) return 'practitioner';
  if (/hospital/i.test(title)) return 'hospital';
  if (/DME/i.test(title)) return 'dme';
  return null;
}

function mueEffective(names: string[]): string | null {
  for (const name of names) {
    const eff = /Eff_(\d{2})-(\d{2})-(\d{4})/i.exec(name);
    if (eff) return `${eff[3]}-${eff[1]}-${eff[2]}`;
  }
  for (const name of names) {
    const q = /(\d{4})-?q([1-4])/i.exec(name);
    if (q) return quarterStart(Number(q[1]), Number(q[2]));
  }
  return null;
}
