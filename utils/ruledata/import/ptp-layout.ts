import type { PtpEdit } from '../types';
import { PACKED_NEVER, unpackDate } from './dates';

/**
 * Compiled NCCI PTP layout.
 *
 * One ruleRecords row per 4-character prefix of column-1 codes (a bucket of a few codes), plus one
 * row listing the set's column-2 codes:
 *
 *   key "#codes"  data = string of every column-2 code of the set, 5 characters each, in first-seen
 *                 order; an edit names its column-2 code by position (code n = chars 5n..5n+4).
 *   key <first 4 characters of column-1 codes, e.g. "2061">
 *                 data = { <column-1 code>: PtpRow, … } for the codes with that prefix, where a
 *                 PtpRow is [dates, edits, width]:
 *     dates  string: the row's distinct (effective, deletion, indicator) combinations, 7 characters
 *            each: effective date (3 base-36 digits, days since 1990-01-01), deletion date (same, "zzz" =
 *            not deleted), modifier indicator "0" | "1" | "9".
 *     edits  Uint8Array, `width` bytes per edit, in file order: column-2 code number (2 bytes,
 *            little-endian), then the dates entry number (1 byte; 2 bytes little-endian when the row
 *            has more than 256 combinations, width 4).
 *
 * Why: Chromium writes IndexedDB at a few MB/s here, so bytes are the import's cost. Most rows of a
 * column-1 code share a handful of date/indicator combinations, so an edit costs 3 bytes instead of
 * a 22-character text row (2.5M edits ≈ 8.8 MB instead of 55 MB). Rows, not bytes, are what an IndexedDB
 * write costs most (≈0.05 ms a row unloaded, 0.5 ms on a busy machine), so codes are grouped: one Dexie
 * row per pair costs about a minute per million rows; one row per column-1 code is 12,800 rows for the
 * practitioner set; a 4-character bucket is 4,300 rows of at most ~16 KB (under Chromium's 64 KB
 * threshold beyond which values go to separate blob files). A claim's codes need one bucket each.
 * Duplicate pairs (a historical edit beside a current one) stay two edits.
 */
export const PTP_CODES_KEY = '#codes';
export const PTP_TRIPLE_WIDTH = 7;

export type PtpRow = [dates: string, edits: Uint8Array, width: number];
export type PtpBucket = Record<string, PtpRow>;

/** The bucket (ruleRecords key) a column-1 code lives in. */
export const ptpBucketKey = (column1: string): string => column1.slice(0, 4);

export function isPtpRow(data: unknown): data is PtpRow {
  return (
    Array.isArray(data) &&
    typeof data[0] === 'string' &&
    data[1] instanceof Uint8Array &&
    typeof data[2] === 'number'
  );
}

/** Code numbers of `codes` in the set's "#codes" list (codes the set does not know are left out). */
export function ptpCodeNumbers(codeList: string, codes: Iterable<string>): Map<number, string> {
  const numbers = new Map<number, string>();
  for (const code of codes) {
    if (code.length !== 5) continue;
    for (let at = codeList.indexOf(code); at >= 0; at = codeList.indexOf(code, at + 1)) {
      if (at % 5 === 0) {
        numbers.set(at / 5, code);
        break;
      }
    }
  }
  return numbers;
}

/** The edits of one column-1 row whose column 2 is among `wanted` (code number → code). */
export function ptpEditsFor(column1: string, row: PtpRow, wanted: ReadonlyMap<number, string>): PtpEdit[] {
  const [dates, edits, width] = row;
  const found: PtpEdit[] = [];
  if (wanted.size === 0) return found;
  for (let at = 0; at + width <= edits.length; at += width) {
    const column2 = wanted.get(edits[at]! | (edits[at + 1]! << 8));
    if (column2 === undefined) continue;
    const triple = width === 3 ? edits[at + 2]! : edits[at + 2]! | (edits[at + 3]! << 8);
    found.push(decodeTriple(column1, column2, dates, triple));
  }
  return found;
}

/** Every edit of a column-1 row (tests, inspection, benchmarks). */
export function allPtpEdits(column1: string, row: PtpRow, codeList: string): PtpEdit[] {
  const every = new Map<number, string>();
  for (let n = 0; n * 5 < codeList.length; n++) every.set(n, codeList.slice(n * 5, n * 5 + 5));
  return ptpEditsFor(column1, row, every);
}

function decodeTriple(column1: string, column2: string, dates: string, n: number): PtpEdit {
  const at = n * PTP_TRIPLE_WIDTH;
  const deleted = dates.slice(at + 3, at + 6);
  return {
    column1,
    column2,
    effective: unpackDate(dates.slice(at, at + 3)) ?? '1996-01-01',
    deleted: deleted === PACKED_NEVER ? null : unpackDate(deleted),
    modifierIndicator: Number(dates.charAt(at + 6)) as 0 | 1 | 9,
  };
}
