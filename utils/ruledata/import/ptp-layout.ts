import type { PtpEdit } from '../types';
import { PACKED_NEVER, unpackDate } from './dates';

/**
 * Compiled NCCI PTP layout (one ruleRecords row per column-1 code).
 *
 *   key  = the column-1 code, e.g. "20610"
 *   data = a string of fixed-width 12-character entries, one per edit, in file order:
 *
 *     chars 0–4   column-2 code (5 characters, as CMS writes it)
 *     chars 5–7   effective date: days since 1990-01-01 in base 36, zero-padded (3 digits)
 *     chars 8–10  deletion date, same coding; "zzz" = not deleted
 *     char  11    modifier indicator "0" | "1" | "9"
 *
 * Why: one Dexie row per pair costs about a minute per million rows in Chromium; a handful of
 * thousand string rows write in a fraction of a second and a Latin-1 string is stored at one byte
 * per character (2.5M edits ≈ 30 MB). Fixed width lets the query find a column-2 code with
 * `indexOf` and an alignment check, without splitting; fixed-width base-36 dates compare as strings
 * in date order. Duplicate pairs (a historical edit beside a current one) are kept as two entries.
 */
export const PTP_ENTRY_WIDTH = 12;

/** The edits of one column-1 row whose column 2 is among `codes`. */
export function ptpEditsFor(column1: string, packed: string, codes: ReadonlySet<string>): PtpEdit[] {
  const found: PtpEdit[] = [];
  for (const code of codes) {
    if (code.length !== 5) continue;
    for (let at = packed.indexOf(code); at >= 0; at = packed.indexOf(code, at + 1)) {
      if (at % PTP_ENTRY_WIDTH === 0) found.push(decodeEntry(column1, packed, at));
    }
  }
  return found;
}

/** Every edit of a column-1 row (tests, inspection). */
export function allPtpEdits(column1: string, packed: string): PtpEdit[] {
  const edits: PtpEdit[] = [];
  for (let at = 0; at + PTP_ENTRY_WIDTH <= packed.length; at += PTP_ENTRY_WIDTH) {
    edits.push(decodeEntry(column1, packed, at));
  }
  return edits;
}

function decodeEntry(column1: string, packed: string, at: number): PtpEdit {
  const deleted = packed.slice(at + 8, at + 11);
  return {
    column1,
    column2: packed.slice(at, at + 5),
    effective: unpackDate(packed.slice(at + 5, at + 8)) ?? '1996-01-01',
    deleted: deleted === PACKED_NEVER ? null : unpackDate(deleted),
    modifierIndicator: Number(packed.charAt(at + 11)) as 0 | 1 | 9,
  };
}
