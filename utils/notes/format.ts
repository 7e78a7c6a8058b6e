/**
 * How values look inside a note. PM systems take plain text, so everything here is ASCII-friendly
 * and in the format US billers type: MM/DD/YYYY and $1,234.56.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** "2024-08-01" (or a full ISO timestamp) → "08/01/2024"; anything else → null. */
export function formatDate(iso: string | null | undefined): string | null {
  const m = ISO_DATE.exec(iso ?? '');
  return m ? `${m[2]}/${m[3]}/${m[1]}` : null;
}

const MONEY = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 1234.5 → "$1,234.50", -5 → "-$5.00"; null → null. */
export function formatMoney(amount: number | null | undefined): string | null {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return null;
  const text = `$${MONEY.format(Math.abs(amount))}`;
  // -0.001 rounds to "$0.00": no minus sign on a zero.
  return amount < 0 && text !== '$0.00' ? `-${text}` : text;
}

/** A date-of-service span: one date, or "08/01/2024-08/03/2024" when the dates differ. */
export function formatDateRange(dates: readonly (string | null)[]): string | null {
  const sorted = dates.filter((d): d is string => d !== null && ISO_DATE.test(d)).sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return null;
  return first === last ? formatDate(first) : `${formatDate(first)}-${formatDate(last)}`;
}

/**
 * Page words (payer, plan and service names) for a note: kept only up to the first label, id, date or
 * name in them (page-words.ts). Kept under this name for the note's value formatters.
 */
export { safePageWords as scrubFreeText } from './page-words';

/** ClaimLens' own words (a code's short meaning), on one line and shortened; never cut like page words. */
export function shortText(text: string | null | undefined, maxLength: number): string | null {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!t) return null;
  return t.length > maxLength ? `${t.slice(0, maxLength - 1).trimEnd()}…` : t;
}

/**
 * The biller's calendar date as ISO (YYYY-MM-DD), in local time: `toISOString()` is UTC and would
 * date an evening note in the US as tomorrow.
 */
export function localIsoDate(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
