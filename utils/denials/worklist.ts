import { DENIAL_CAUSES, type DenialCause } from '../rules/denial/types';
import type { RuleSettings } from '../rules/settings';
import { dayNumber } from './days';
import { type Due, daysLeft, deadlineRules, dueDate } from './deadline';
import { OPEN_STATUSES, type WorkStatus } from './model';
import type { WorklistEntry } from './summary';

/**
 * The worklist as the page shows it (pure): each record with its deadline and age, most urgent first,
 * filtered and grouped by cause. Rows are sorted once when loaded; filtering and grouping keep that
 * order, so a filter over 50,000 claims is one pass with no sort.
 *
 * Most urgent first means: deadlines still open, fewest days left first; then deadlines already past,
 * the most recent first (proof of timely filing may still save them); then claims with no deadline.
 * Dollars at risk break ties.
 *
 * A row is one claim. Other reasons to work a claim (a follow-up date, proofs of filing) can join as
 * more fields on the row and more `DueWhat` kinds without changing how rows are filtered or grouped.
 */
export interface WorklistRow {
  /** What the list shows of the claim (summary.ts); the whole record is read when it is opened. */
  record: WorklistEntry;
  due: Due | null;
  daysLeft: number | null;
  /** Days since the payer's decision (or since first seen). */
  ageDays: number;
}

export const AGE_BUCKETS = [
  { id: '0-30', label: '0–30 days', max: 30 },
  { id: '31-60', label: '31–60 days', max: 60 },
  { id: '61-90', label: '61–90 days', max: 90 },
  { id: '91-180', label: '91–180 days', max: 180 },
  { id: '181+', label: 'over 180 days', max: Number.POSITIVE_INFINITY },
] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number]['id'];

export interface WorklistFilters {
  /** A payer key, UNKNOWN_PAYER for claims whose payer was not shown, or '' for all payers. */
  payer: string;
  cause: DenialCause | '';
  /** 'open' = new, working, corrected and appealed (the queue); 'all' = everything recorded. */
  status: WorkStatus | 'open' | 'all';
  age: AgeBucket | '';
  /** The start of a claim number, ignoring spaces, dashes and case. */
  claim: string;
}

export const UNKNOWN_PAYER = '(not shown)';

export const DEFAULT_FILTERS: WorklistFilters = { payer: '', cause: '', status: 'open', age: '', claim: '' };

function urgencyRank(days: number | null): number {
  if (days === null) return 2;
  return days >= 0 ? 0 : 1;
}

export function compareUrgency(a: WorklistRow, b: WorklistRow): number {
  const ra = urgencyRank(a.daysLeft);
  const rb = urgencyRank(b.daysLeft);
  if (ra !== rb) return ra - rb;
  if (a.daysLeft !== null && b.daysLeft !== null && a.daysLeft !== b.daysLeft)
    return ra === 0 ? a.daysLeft - b.daysLeft : b.daysLeft - a.daysLeft;
  const ia = a.record.id;
  const ib = b.record.id;
  return b.record.atRisk - a.record.atRisk || (ia < ib ? -1 : ia > ib ? 1 : 0);
}

export function worklistRows(
  records: readonly WorklistEntry[],
  settings: RuleSettings,
  today: string,
): WorklistRow[] {
  const rules = deadlineRules(settings);
  const todayN = dayNumber(today);
  const rows = records.map((record) => {
    const due = dueDate(record, rules);
    return {
      record,
      due,
      daysLeft: daysLeft(due, today),
      ageDays: Math.max(0, todayN - dayNumber(record.decisionDate ?? record.firstSeen)),
    };
  });
  return rows.sort(compareUrgency);
}

export function ageBucket(days: number): AgeBucket {
  return (AGE_BUCKETS.find((b) => days <= b.max) ?? AGE_BUCKETS[AGE_BUCKETS.length - 1]!).id;
}

const claimPrefix = (text: string) => text.replace(/[^0-9a-z]/gi, '').toUpperCase();

export function filterRows(rows: readonly WorklistRow[], f: WorklistFilters): WorklistRow[] {
  const prefix = claimPrefix(f.claim);
  const age = AGE_BUCKETS.find((b) => b.id === f.age);
  const minAge = age ? (AGE_BUCKETS[AGE_BUCKETS.indexOf(age) - 1]?.max ?? -1) + 1 : 0;
  return rows.filter((row) => {
    const r = row.record;
    if (f.status === 'open' ? !OPEN_STATUSES.has(r.status) : f.status !== 'all' && r.status !== f.status)
      return false;
    if (f.payer && (r.payerKey || UNKNOWN_PAYER) !== f.payer) return false;
    if (f.cause && r.cause !== f.cause) return false;
    if (age && (row.ageDays < minAge || row.ageDays > age.max)) return false;
    if (prefix && !r.id.startsWith(prefix)) return false;
    return true;
  });
}

export interface CauseGroup {
  cause: DenialCause;
  rows: WorklistRow[];
  atRisk: number;
}

/** Groups in the order of their most urgent claim; rows keep their urgency order. */
export function groupByCause(rows: readonly WorklistRow[]): CauseGroup[] {
  const groups = new Map<DenialCause, CauseGroup>();
  for (const row of rows) {
    const cause = row.record.cause;
    let g = groups.get(cause);
    if (!g) {
      g = { cause, rows: [], atRisk: 0 };
      groups.set(cause, g);
    }
    g.rows.push(row);
    g.atRisk += row.record.atRisk;
  }
  return [...groups.values()].map((g) => ({ ...g, atRisk: Math.round(g.atRisk * 100) / 100 }));
}

export interface PayerOption {
  key: string;
  label: string;
  count: number;
}

/** The payers in the worklist for the payer filter, most denials first. */
export function payerOptions(rows: readonly WorklistRow[]): PayerOption[] {
  const byKey = new Map<string, PayerOption>();
  for (const { record } of rows) {
    const key = record.payerKey || UNKNOWN_PAYER;
    const option = byKey.get(key) ?? { key, label: record.payer ?? 'Payer not shown', count: 0 };
    option.count++;
    byKey.set(key, option);
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export const CAUSE_ORDER: readonly DenialCause[] = DENIAL_CAUSES;
