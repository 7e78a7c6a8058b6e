import type { CodeRange } from '../coverage';
import { isRealDate } from './dates';

/**
 * Reading the code cells of the MCD tables. A row may stand for a range of codes: the `range` column
 * is then set, and the range is written either in the code cell ("I20.0-I25.9"), or in the range cell
 * (the whole range, or its end code), or the range cell is only a flag (Y / T / 1) on one code, which
 * then stands for itself and every code under it ("M17" → M17.0 … M17.9).
 */
const ICD = /^[A-Z][0-9A-Z]{2,6}$/;
const HCPCS = /^[0-9A-Z]{5}$/;
const TWO = /^\s*([0-9A-Z.]{3,8})\s*(?:-|–|—|to|thru|through)\s*([0-9A-Z.]{3,8})\s*$/i;
const FLAG = /^(y|yes|t|true|1|x)$/i;
const EMPTY_FLAG = /^(|n|no|f|false|0)$/i;
/** A range of procedure codes is written out code by code: at most this many (bounds a hostile file). */
export const MAX_RANGE_CODES = 1000;

export const icdCode = (cell: string): string => cell.replace(/\./g, '').trim().toUpperCase();

export type IcdCell = { code: string } | { range: CodeRange } | { bad: string };

export function readIcdCell(codeCell: string, rangeCell: string): IcdCell {
  if (rangeCell === '') {
    // Most rows: one clean code with its dot, no range (431,120 of them in a real download).
    const code = codeCell.charCodeAt(3) === 46 ? codeCell.slice(0, 3) + codeCell.slice(4) : codeCell;
    if (ICD.test(code)) return { code };
  }
  const pair = TWO.exec(codeCell) ?? TWO.exec(rangeCell);
  if (pair) {
    const from = icdCode(pair[1]!);
    const to = icdCode(pair[2]!);
    if (!ICD.test(from) || !ICD.test(to) || to < from)
      return { bad: `"${pair[0].trim()}" is not a code range` };
    return { range: { from, to } };
  }
  const code = icdCode(codeCell);
  if (!ICD.test(code)) return { bad: `"${codeCell.trim()}" is not an ICD-10-CM code` };
  const flag = rangeCell.trim();
  if (EMPTY_FLAG.test(flag)) return { code };
  if (FLAG.test(flag)) return { range: { from: code, to: code } };
  const end = icdCode(flag);
  if (ICD.test(end) && end >= code) return { range: { from: code, to: end } };
  return { bad: `range "${flag}" is not a code or a flag` };
}

export type HcpcsCell = { codes: string[] } | { bad: string };

export function readHcpcsCell(codeCell: string, rangeCell: string): HcpcsCell {
  if (rangeCell === '' && HCPCS.test(codeCell)) return { codes: [codeCell] };
  const pair = TWO.exec(codeCell) ?? TWO.exec(rangeCell);
  const code = codeCell.trim().toUpperCase();
  if (pair) return expand(pair[1]!.toUpperCase(), pair[2]!.toUpperCase(), pair[0].trim());
  if (!HCPCS.test(code)) return { bad: `"${codeCell.trim()}" is not a HCPCS/CPT code` };
  const end = rangeCell.trim().toUpperCase();
  if (HCPCS.test(end) && end !== code) return expand(code, end, `${code}-${end}`);
  return { codes: [code] };
}

function expand(from: string, to: string, text: string): HcpcsCell {
  const a = /^([A-Z]?)(\d+)([A-Z]?)$/.exec(from);
  const b = /^([A-Z]?)(\d+)([A-Z]?)$/.exec(to);
  if (!a || !b || !HCPCS.test(from) || !HCPCS.test(to) || a[1] !== b[1] || a[3] !== b[3])
    return { bad: `"${text}" is not a range of codes` };
  const lo = Number(a[2]);
  const hi = Number(b[2]);
  if (hi < lo || hi - lo >= MAX_RANGE_CODES) return { bad: `"${text}" is not a range of codes` };
  const width = a[2]!.length;
  const codes: string[] = [];
  for (let n = lo; n <= hi; n++) codes.push(`${a[1]}${String(n).padStart(width, '0')}${a[3]}`);
  return { codes };
}

/** "2025-10-01", "2025-10-01 00:00:00" or "10/01/2025" → "2025-10-01"; anything else → null. */
export function mcdDate(cell: string | undefined): string | null {
  const s = (cell ?? '').trim();
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(s)?.[1];
  if (iso) return isRealDate(iso) ? iso : null;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(s);
  if (us) {
    const d = `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
    return isRealDate(d) ? d : null;
  }
  return null;
}
