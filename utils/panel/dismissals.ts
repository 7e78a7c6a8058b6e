import { claimKey } from '../model/claim-key';
import type { Finding } from '../model/finding';

/** A finding the biller dismissed with a reason, as the `dismissals` table keeps it. */
export interface DismissalRecord {
  /** dismissalId(…): the claim key, the rule and the lines (and a denial's code). */
  id: string;
  claimNumber: string;
  rule: string;
  lines: number[];
  reason: string;
  dismissedAt: string;
}

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
 * agree), the rule and the lines, and for a denial explanation its code. The same finding on a
 * re-read of the page matches again.
 */
export function dismissalId(
  claimNumber: string,
  finding: Pick<Finding, 'rule' | 'lines'> & Partial<Pick<Finding, 'message'>>,
): string {
  const base = `${claimKey(claimNumber)}|${finding.rule}|${finding.lines.join(',')}`;
  // One line can carry several codes (CO-97 and CO-45): each explanation is dismissed on its own.
  const code = finding.rule === 'denial' ? denialCode(finding.message ?? '') : null;
  return code ? `${base}|${code}` : base;
}

/** The code a denial explanation is about: "CO-97", "remark N130", "status F2". */
function denialCode(message: string): string | null {
  const m = /\b([A-Z]{2}-[A-Z0-9]{1,3}|remark [A-Z0-9]{2,5}|status [A-Z]\d{1,2})\b/.exec(
    message.slice(0, 200),
  );
  return m?.[1] ?? null;
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
