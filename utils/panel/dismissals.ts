import type { Finding } from '../model/finding';
import { claimKey, type DismissalRecord } from '../ruledata/db';

/** The reasons offered when dismissing; "Other" asks for the biller's own words. */
export const DISMISS_REASONS = [
  'Documented distinct service',
  'Payer does not apply this edit',
  'False alarm',
  'Other',
] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

/**
 * The id a dismissal is stored and matched by: the claim (normalised, so "7000-0001" and "70000001"
 * agree), the rule and the lines. The same finding on a re-read of the page matches again.
 */
export function dismissalId(claimNumber: string, finding: Pick<Finding, 'rule' | 'lines'>): string {
  return `${claimKey(claimNumber)}|${finding.rule}|${finding.lines.join(',')}`;
}

/** The words stored with a dismissal: the chosen reason, with the biller's details when given. */
export function dismissalReason(reason: DismissReason, details: string): string | null {
  const text = details.trim().replace(/\s+/g, ' ');
  if (reason === 'Other') return text === '' ? null : text;
  return text === '' ? reason : `${reason}: ${text}`;
}

export interface DismissedFinding {
  finding: Finding;
  record: DismissalRecord;
}

/**
 * Splits one claim's findings into those still shown and those the biller dismissed.
 * could-not-check findings are never dismissed: they say the check did not run, not that it fired.
 */
export function partitionDismissed(
  claimNumber: string | null,
  findings: readonly Finding[],
  dismissals: readonly DismissalRecord[],
): { active: Finding[]; dismissed: DismissedFinding[] } {
  if (claimNumber === null || dismissals.length === 0) return { active: [...findings], dismissed: [] };
  const byId = new Map(dismissals.map((d) => [d.id, d]));
  const active: Finding[] = [];
  const dismissed: DismissedFinding[] = [];
  for (const f of findings) {
    const record = f.severity === 'could-not-check' ? undefined : byId.get(dismissalId(claimNumber, f));
    if (record) dismissed.push({ finding: f, record });
    else active.push(f);
  }
  return { active, dismissed };
}
