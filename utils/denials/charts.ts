import type { DenialCause } from '../rules/denial/types';
import { addDaysIso as addDays, dayNumber } from './days';
import { CAUSE_LABEL } from './model';
import type { WorklistRow } from './worklist';

/**
 * The numbers behind the worklist's three pictures, computed from the rows the filters leave (so the
 * pictures and the list always agree). Each chart's table view shows the same numbers.
 */
export interface Bar {
  label: string;
  value: number;
}

export function denialsByCause(rows: readonly WorklistRow[]): Bar[] {
  const counts = new Map<DenialCause, number>();
  for (const { record } of rows) counts.set(record.cause, (counts.get(record.cause) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([cause, value]) => ({ label: CAUSE_LABEL[cause], value }));
}

export interface PayerWeeks {
  /** Week start dates (ISO), oldest first. */
  weeks: string[];
  series: { payer: string; counts: number[] }[];
}

/**
 * Denials per payer per week over the last `weekCount` weeks (7-day weeks ending today), dated by the
 * payer's decision or, without one, the day ClaimLens first saw them. The `top` payers with the most
 * denials get a row each; the rest share "Other payers".
 */
export function denialsByPayerPerWeek(
  rows: readonly WorklistRow[],
  today: string,
  weekCount = 8,
  top = 5,
): PayerWeeks {
  const first = addDays(today, -7 * weekCount + 1);
  const weeks = Array.from({ length: weekCount }, (_, i) => addDays(first, 7 * i));
  const perPayer = new Map<string, number[]>();
  const totals = new Map<string, number>();
  const firstN = dayNumber(first);
  for (const { record } of rows) {
    const date = record.decisionDate ?? record.firstSeen;
    const offset = dayNumber(date) - firstN;
    if (offset < 0 || date > today) continue;
    const week = Math.floor(offset / 7);
    const payer = record.payer ?? 'Payer not shown';
    const counts = perPayer.get(payer) ?? new Array<number>(weekCount).fill(0);
    counts[week] = (counts[week] ?? 0) + 1;
    perPayer.set(payer, counts);
    totals.set(payer, (totals.get(payer) ?? 0) + 1);
  }
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p]) => p);
  const series = ranked.slice(0, top).map((payer) => ({ payer, counts: perPayer.get(payer)! }));
  const rest = ranked.slice(top);
  if (rest.length > 0) {
    const counts = new Array<number>(weekCount).fill(0);
    for (const p of rest) {
      perPayer.get(p)!.forEach((n, i) => {
        counts[i] = (counts[i] ?? 0) + n;
      });
    }
    series.push({ payer: `Other payers (${rest.length})`, counts });
  }
  return { weeks, series };
}

export const DAYS_LEFT_BUCKETS = [
  { label: 'Past the deadline', test: (d: number | null) => d !== null && d < 0 },
  { label: '0–7 days', test: (d: number | null) => d !== null && d >= 0 && d <= 7 },
  { label: '8–14 days', test: (d: number | null) => d !== null && d >= 8 && d <= 14 },
  { label: '15–30 days', test: (d: number | null) => d !== null && d >= 15 && d <= 30 },
  { label: '31–60 days', test: (d: number | null) => d !== null && d >= 31 && d <= 60 },
  { label: '61–90 days', test: (d: number | null) => d !== null && d >= 61 && d <= 90 },
  { label: 'Over 90 days', test: (d: number | null) => d !== null && d > 90 },
  { label: 'No deadline', test: (d: number | null) => d === null },
] as const;

/** Dollars at risk by days left to act, in whole cents. */
export function atRiskByDaysLeft(rows: readonly WorklistRow[]): Bar[] {
  const sums = DAYS_LEFT_BUCKETS.map(() => 0);
  for (const row of rows) {
    const i = DAYS_LEFT_BUCKETS.findIndex((b) => b.test(row.daysLeft));
    if (i >= 0) sums[i] = (sums[i] ?? 0) + row.record.atRisk;
  }
  return DAYS_LEFT_BUCKETS.map((b, i) => ({ label: b.label, value: Math.round((sums[i] ?? 0) * 100) / 100 }));
}
