import type { Finding, Severity } from '../../model/finding';
import type { Claim } from '../../model/snapshot';
import {
  addDays,
  type Check,
  type CheckContext,
  claimDates,
  daysBetween,
  finding,
  isMedicare,
} from '../context';
import { payerFamily } from '../payer-family';
import { formatPayerNames, payerNamesMatch } from '../payer-names';

/**
 * timely-filing: days left to file, counted from the date of service (or the primary's EOB date on
 * a secondary claim), by the payer's limit from a payer pack, the user's settings, or the default
 * for an unknown payer. On denied Medicare claims, also the redetermination window.
 */

export interface FilingLimitChoice {
  days: number;
  source: string;
  known: boolean;
}

/** The payer's filing limit; the denial worklist asks too, with the same settings and packs. */
export function filingLimitFor(
  payer: string | null,
  ctx: Pick<CheckContext, 'packs' | 'settings'>,
): FilingLimitChoice {
  const pack = ctx.packs.find((p) => p.filingLimitDays !== null);
  if (pack?.filingLimitDays) {
    return { days: pack.filingLimitDays, source: `Payer pack "${pack.name}" ${pack.version}`, known: true };
  }
  const limit = ctx.settings.filingLimits.find((l) => payerNamesMatch(l.payer, payer));
  if (limit) {
    const name = limit.name || formatPayerNames(limit.payer);
    return {
      days: limit.days,
      source: `Filing limit for ${name} in settings (${limit.days} days)`,
      known: true,
    };
  }
  const days = ctx.settings.unknownPayerFilingDays;
  return { days, source: `ClaimLens default for a payer not in settings (${days} days)`, known: false };
}

function isDenied(claim: Claim): boolean {
  return claim.status?.category === 'F2' || /\bdeni/i.test(claim.status?.text ?? '');
}

/** Rejected front-end (A3/A4/A6–A8) or not found (D0): the payer never received a valid claim. */
const NOT_RECEIVED = new Set(['A3', 'A4', 'A6', 'A7', 'A8', 'D0']);

/**
 * Whether the payer already has the claim: a status or remittance page shows a claim the payer holds,
 * unless its status says it was rejected. A claim being keyed is not filed yet.
 */
function isFiled(claim: Claim, ctx: CheckContext): boolean {
  if (claim.receivedDate) return true;
  const category = claim.status?.category ?? null;
  if (category && NOT_RECEIVED.has(category)) return false;
  return ctx.snapshot.kind !== 'claim-entry';
}

interface Clock {
  deadline: string;
  /** "filing limit (90 days from the date of service 2024-03-01)" */
  what: string;
  source: string;
  /** What to do before the deadline. */
  todo: string;
  /** Say nothing while more than the warning threshold is left. */
  quietWhenFar: boolean;
  extra?: string;
}

function clock(ctx: CheckContext, c: Clock): Finding | null {
  const left = daysBetween(ctx.today, c.deadline);
  let severity: Severity = 'info';
  if (left < 0) severity = 'error';
  else if (left <= ctx.settings.filingWarningDays) severity = 'warning';
  else if (c.quietWhenFar) return null;
  return finding('timely-filing', ctx.claimIndex, {
    severity,
    message:
      left < 0
        ? `The ${c.what} ended on ${c.deadline}, ${-left} days ago.${c.extra ?? ''}`
        : `${left} days left: the ${c.what} ends on ${c.deadline}.${c.extra ?? ''}`,
    action:
      left < 0
        ? 'Only proof of an earlier timely submission (clearinghouse acceptance report) can save this claim.'
        : `${c.todo} before ${c.deadline}.`,
    source: c.source,
  });
}

export const checkTimelyFiling: Check = (claim, _data, ctx) => {
  const dates = claimDates(claim);
  const start = claim.primaryEobDate ?? dates[0];
  if (!start) return [];
  const findings: Finding[] = [];
  const limit = filingLimitFor(claim.payer, ctx);
  const deadline = addDays(start, limit.days);
  const from = claim.primaryEobDate ? `the primary EOB date ${start}` : `the date of service ${start}`;
  const extra = limit.known ? '' : ' Payer not in settings: check your contract for its limit.';
  const what = `filing limit (${limit.days} days from ${from})`;
  const denied = isDenied(claim);
  if (claim.receivedDate && !denied) {
    if (claim.receivedDate > deadline) {
      findings.push(
        finding('timely-filing', ctx.claimIndex, {
          severity: 'error',
          message: `The claim was received on ${claim.receivedDate}, after the ${what} ended on ${deadline}.${extra}`,
          action: isMedicare(claim.payer)
            ? 'Medicare: a timely-filing denial cannot be appealed unless an exception applies.'
            : 'Appeal only with proof the claim was filed on time (clearinghouse acceptance report).',
          source: limit.source,
        }),
      );
    }
  } else if (denied || !isFiled(claim, ctx)) {
    // Not filed yet: say nothing while there is plenty of time. Denied: always show the clock, since a
    // corrected claim must also arrive within the limit. Original Medicare Part B takes no corrected
    // claims: a processed claim is reopened or redetermined, and only a service not yet billed goes on a
    // new claim (Medicare Claims Processing Manual ch. 34).
    const todo = !denied
      ? 'Submit the claim'
      : payerFamily(claim.payer, ctx.snapshot.portal) === 'medicare'
        ? 'Ask the MAC for a reopening (or bill a service not yet billed on a new claim)'
        : 'Send the corrected claim';
    const f = clock(ctx, { deadline, what, source: limit.source, todo, quietWhenFar: !denied, extra });
    if (f) findings.push(f);
  }
  if (denied && isMedicare(claim.payer) && claim.finalizedDate) {
    const days = ctx.settings.redeterminationDays;
    const f = clock(ctx, {
      deadline: addDays(claim.finalizedDate, days),
      what: `Medicare redetermination window (${days} days from the initial determination on ${claim.finalizedDate})`,
      source: 'Medicare redetermination, 42 CFR 405.942',
      todo: 'File the redetermination request (appeal level 1)',
      quietWhenFar: false,
    });
    if (f) findings.push(f);
  }
  return findings;
};
