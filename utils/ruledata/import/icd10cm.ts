import type { BadRowLog } from './bad-rows';
import { decodeLatin1, splitLines } from './text';
import { type CompiledRecord, ImportError } from './types';

/**
 * ICD-10-CM code lists, one fiscal year per file (Oct 1 – Sep 30, named by the year it ends):
 * - codes file icd10cm-codes-YYYY.txt: code in columns 1–7 (no dot), description from column 9;
 *   billable codes only.
 * - order file icd10cm_order_YYYY.txt: order number (1–5), code (7–13), billable flag 0/1 (15), short
 *   and long descriptions; headers and codes.
 * Only billable codes are kept. A code that is a proper prefix of billable codes but not billable itself
 * is a category header.
 *
 * Compiled: key = 3-character category ("A00"), data = its billable codes, space-separated
 * ("A000 A001 A009"). ~1,900 rows for ~74,000 codes; a claim's diagnoses need a handful of rows.
 */
// FY2026 added codes with a letter second (QA00101), so only the first character must be a letter.
const ICD = /^[A-Z][0-9A-Z]{2,6}$/;

export function parseIcd10cm(
  bytes: Uint8Array,
  layout: 'codes' | 'order',
  bad: BadRowLog,
): { records: CompiledRecord[]; rows: number } {
  const lines = splitLines(decodeLatin1(bytes));
  const byCategory = new Map<string, string[]>();
  let rows = 0;
  let dataRows = 0;
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    dataRows++;
    const code = (layout === 'codes' ? line.slice(0, 7) : line.slice(6, 13)).trim();
    const billable = layout === 'codes' || line.charAt(14) === '1';
    if (!ICD.test(code) || (layout === 'codes' && line.charAt(7) !== ' ' && line.length > 7)) {
      bad.add(i + 1, `"${code}" is not an ICD-10-CM code in columns ${layout === 'codes' ? '1–7' : '7–13'}`);
      return;
    }
    if (!billable) return;
    const category = code.slice(0, 3);
    const list = byCategory.get(category) ?? [];
    list.push(code);
    byCategory.set(category, list);
    rows++;
  });
  bad.check(dataRows);
  return { rows, records: [...byCategory].map(([key, codes]) => ({ key, data: codes.join(' ') })) };
}

/** "icd10cm-codes-2026.txt", "icd10cm_order_2026.txt", "FY2026…" → 2026. */
export function icdYear(names: string[]): number {
  for (const name of names) {
    const m = /icd10cm[-_ ]?(?:codes|order)?[-_ ]?(?:FY)?(\d{4})/i.exec(name) ?? /FY ?(\d{4})/i.exec(name);
    if (m) return Number(m[1]);
  }
  throw new ImportError(
    `${names[0]}: the fiscal year is only in the file name (icd10cm-codes-2026.txt); keep the name CMS gave it.`,
  );
}
