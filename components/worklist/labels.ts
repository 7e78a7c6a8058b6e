import type { DueWhat } from '../../utils/denials/deadline';
import type { WorklistRow } from '../../utils/denials/worklist';

export const DUE_LABEL: Record<DueWhat, string> = {
  correct: 'Correct and resend by',
  appeal: 'Appeal by',
  redetermination: 'Redetermination by',
  reopening: 'Reopening by',
  act: 'Act by',
};

/** "12 days left", "due today", "3 days past", "no deadline". */
export function daysText(row: Pick<WorklistRow, 'daysLeft'>): string {
  const d = row.daysLeft;
  if (d === null) return 'no deadline';
  if (d === 0) return 'due today';
  if (d > 0) return `${d} day${d === 1 ? '' : 's'} left`;
  return `${-d} day${d === -1 ? '' : 's'} past`;
}

export function urgencyClass(d: number | null): string {
  if (d === null) return 'due-none';
  if (d < 0) return 'due-past';
  if (d <= 7) return 'due-soon';
  if (d <= 30) return 'due-near';
  return 'due-far';
}
