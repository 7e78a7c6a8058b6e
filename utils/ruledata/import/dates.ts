/**
 * Dates as CMS writes them (YYYYMMDD) and as the rule data returns them (YYYY-MM-DD).
 * Packed PTP rows store a date as 3 base-36 digits counting days from 1990-01-01: fixed width, so packed
 * dates compare as strings in date order, and the range reaches 2117 (NCCI began in 1996).
 */

const EPOCH_MS = Date.UTC(1990, 0, 1);
const DAY_MS = 86_400_000;
/** Packed "no deletion date": larger than any real packed date. */
export const PACKED_NEVER = 'zzz';

/** "20240401" → "2024-04-01", or null when it is not a real calendar date. */
export function isoFromCompact(yyyymmdd: string): string | null {
  if (!/^\d{8}$/.test(yyyymmdd)) return null;
  const iso = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  return isRealDate(iso) ? iso : null;
}

export function isRealDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === iso;
}

/** Packed "no deletion date" as a day number (36³ − 1). */
export const NEVER_DAYS = 36 ** 3 - 1;

/** "2024-04-01" → days since 1990-01-01; null outside 1990-01-01..2117. */
export function packedDays(iso: string): number | null {
  const days = Math.round((Date.parse(`${iso}T00:00:00Z`) - EPOCH_MS) / DAY_MS);
  return Number.isFinite(days) && days >= 0 && days < NEVER_DAYS ? days : null;
}

export function packDays(days: number): string {
  return days.toString(36).padStart(3, '0');
}

/** "2024-04-01" → 3 base-36 digits; null outside 1990-01-01..2117. */
export function packDate(iso: string): string | null {
  const days = packedDays(iso);
  return days === null ? null : packDays(days);
}

export function unpackDate(packed: string): string | null {
  if (packed === PACKED_NEVER) return null;
  return new Date(EPOCH_MS + Number.parseInt(packed, 36) * DAY_MS).toISOString().slice(0, 10);
}

/** First day of a calendar quarter: (2024, 2) → "2024-04-01". */
export function quarterStart(year: number, quarter: number): string {
  return `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** "JUL" or "July" → 7; 0 when not a month name. */
export function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toUpperCase()) + 1;
}
