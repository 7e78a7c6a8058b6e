import type { Setting } from '../types';
import { detectMcd, type McdTable } from './mcd-tables';
import type { Entry } from './open';
import { headText } from './text';

/**
 * Tells a file's kind from its first bytes (the names CMS gives are a hint only: users rename files).
 * The name is still needed for what the content does not say: PTP practitioner vs hospital, part
 * number and version, and the ICD-10-CM fiscal year.
 */
export type Detected =
  | { kind: 'ptp'; setting: Setting | null; part: number | null; version: string | null }
  | { kind: 'mue' }
  | { kind: 'addon' }
  | { kind: 'pfs' }
  | { kind: 'hcpcs' }
  | { kind: 'icd10cm'; layout: 'codes' | 'order' }
  | { kind: 'pos' }
  /** A table of the MCD current article download (grouped into one set), or a file of the LCD download. */
  | { kind: 'mcd'; table: McdTable }
  | { kind: 'mcd-lcd' }
  | { kind: 'mcd-other' }
  | { kind: 'unknown' };

const ADDON_XLSX_HEADER = [/add[-_ ]?on[-_ ]?code/i, /primary[-_ ]?code/i, /edit[-_ ]?type/i];
const PTP_DATA_LINE = /^[0-9A-Z]{5}\t[0-9A-Z]{5}\t\*?\t\d{8}\t/m;
const ICD_CODES_LINE = /^[A-Z][0-9][0-9A-Z]{1,5} +\S/;
const ICD_ORDER_LINE = /^\d{5} [A-Z][0-9][0-9A-Z ]{5} [01] /;

export function detect(entry: Entry): Detected {
  const head = headText(entry.bytes);
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (head.includes('Column1/Column2 Edits') || PTP_DATA_LINE.test(head))
    return { kind: 'ptp', ...ptpName(entry) };
  if (/MUE Values/i.test(head) && /Adjudication Indicator/i.test(head)) return { kind: 'mue' };
  if (/^\s*"?primary_code"?\s*,\s*"?add_on_code"?/i.test(firstLine)) return { kind: 'addon' };
  // CMS's spreadsheet (read as CSV): an AMA notice row, then AOC_Edit_Type,Add-On_Code,…,Primary_Code,…
  if (head.split(/\r?\n/, 5).some((l) => ADDON_XLSX_HEADER.every((re) => re.test(l))))
    return { kind: 'addon' };
  if (/^\s*HCPC\s*,\s*SEQNUM\s*,\s*RECID/i.test(firstLine)) return { kind: 'hcpcs' };
  if (/(^|\n)HCPCS,MOD,/.test(head)) return { kind: 'pfs' };
  if (/^\s*"?pos_code"?\s*,/i.test(firstLine)) return { kind: 'pos' };
  if (ICD_ORDER_LINE.test(firstLine)) return { kind: 'icd10cm', layout: 'order' };
  if (ICD_CODES_LINE.test(firstLine) && firstLine.charAt(7) === ' ')
    return { kind: 'icd10cm', layout: 'codes' };
  return detectMcd(entry.name, entry.bytes) ?? { kind: 'unknown' };
}

/** "ccipra-v301r0-f1.TXT" → practitioner, part 1, version "30.1" (member name first, then the zip's). */
function ptpName(entry: Entry): { setting: Setting | null; part: number | null; version: string | null } {
  const m =
    /cci(pra|oph)-v(\d{2})(\d)r\d+-f([1-4])/i.exec(entry.name) ??
    /cci(pra|oph)-v(\d{2})(\d)r\d+-f([1-4])/i.exec(entry.container);
  if (!m) return { setting: null, part: null, version: null };
  return {
    setting: m[1]!.toLowerCase() === 'pra' ? 'practitioner' : 'hospital',
    part: Number(m[4]),
    version: `${m[2]}.${m[3]}`,
  };
}

/** NCCI versions count quarters: v30.0 = 2024 Q1 … v30.3 = 2024 Q4, v32.2 = 2026 Q3. */
export function ncciVersionQuarter(version: string): { year: number; quarter: number } | null {
  const m = /^(\d{2})\.(\d)$/.exec(version);
  if (!m) return null;
  const quarter = Number(m[2]) + 1;
  return quarter >= 1 && quarter <= 4 ? { year: 1994 + Number(m[1]), quarter } : null;
}
