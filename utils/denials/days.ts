/**
 * Dates as day numbers (days since 1970-01-01, UTC), remembered per date: a worklist of 50,000
 * claims holds a few hundred distinct dates, and parsing each one once keeps opening and charting it
 * fast.
 */
const DAY_MS = 86_400_000;
const numbers = new Map<string, number>();
const dates = new Map<number, string>();
const MAX_REMEMBERED = 20_000;

export function dayNumber(iso: string): number {
  let n = numbers.get(iso);
  if (n === undefined) {
    n = Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
    if (numbers.size >= MAX_REMEMBERED) numbers.clear();
    numbers.set(iso, n);
  }
  return n;
}

export function isoOfDay(n: number): string {
  let iso = dates.get(n);
  if (iso === undefined) {
    iso = new Date(n * DAY_MS).toISOString().slice(0, 10);
    if (dates.size >= MAX_REMEMBERED) dates.clear();
    dates.set(n, iso);
  }
  return iso;
}

export const addDaysIso = (iso: string, days: number): string => isoOfDay(dayNumber(iso) + days);
export const daysFrom = (fromIso: string, toIso: string): number => dayNumber(toIso) - dayNumber(fromIso);
