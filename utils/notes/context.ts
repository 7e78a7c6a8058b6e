import type { Finding } from '../model/finding';
import type { Claim, PageSnapshot, PortalId } from '../model/snapshot';
import { buildItems } from '../panel/items';
import { PORTAL_HOSTS } from '../portals/hosts';
import {
  claimMoney,
  codesText,
  type DescribeCode,
  denialsText,
  patientResponsibility,
  statusText,
  unique,
} from './claim-values';
import {
  coinsuranceText,
  copayText,
  coverageText,
  deductibleText,
  oopText,
  patientShareText,
} from './eligibility-values';
import { formatDate, formatDateRange, scrubFreeText } from './format';
import { emptyContext, type NoteContext } from './placeholders';

export type { DescribeCode } from './claim-values';

export interface NoteContextOptions {
  /** Today as an ISO date (YYYY-MM-DD): the note's {date}. Passed in so notes are testable. */
  today: string;
  /** The biller's initials from the note settings. */
  initials: string;
  /** Short meanings of CARC/RARC codes (from the rule engine's denial guidance). */
  describeCode?: DescribeCode;
  /** Which claim on the page the note is about (default 0). */
  claimIndex?: number;
  /** The visit charge {patientShare} is estimated for; default: the claim's billed amount. */
  expectedCharge?: number;
  /** What the biller did on this touch ("called payer, ref 123"), typed in the panel. */
  actionTaken?: string;
}

const MAX_NEXT_STEPS = 3;

function portalLabel(portal: PortalId): string {
  if (portal === 'generic') return 'Portal';
  return PORTAL_HOSTS.find((h) => h.portal === portal)?.label ?? portal;
}

/** Appeal boilerplate the panel shows beside a step; a note keeps the step itself. */
const BOILERPLATE =
  /\s*(An appeal can succeed with the right records|An appeal is not the right tool|Appeal only if the facts support it(?: \(see the next step\))?)\.?/g;

/** A finding's action as a note clause: no boilerplate, no dangling reference, no final stop. */
export function stepClause(action: string): string {
  return action
    .replace(BOILERPLATE, '')
    .replace(/\s*\(see the next step\)/g, '')
    .trim()
    .replace(/[.\s]+$/, '');
}

/**
 * The next step(s), one per problem, worst first: the panel's items (utils/panel/items.ts), so a
 * denial code and the NCCI pair that explains it give one step, not two overlapping ones. When
 * nothing is wrong, the first informational step (post the payment). could-not-check findings say
 * what data is missing, not what to do with the claim, so they never become a next step.
 */
export function nextStepText(
  findings: readonly Finding[],
  claimIndex: number | null,
  claim: Claim | null = null,
): string | null {
  const mine = findings.filter(
    (f) => f.severity !== 'could-not-check' && (f.claimIndex === claimIndex || f.claimIndex === null),
  );
  const items = buildItems(claim, mine).filter((i) => i.action.trim() !== '');
  const problems = items.filter((i) => i.severity === 'error' || i.severity === 'warning');
  const chosen = problems.length > 0 ? problems : items.slice(0, 1);
  const steps = unique(chosen.map((i) => stepClause(i.action))).slice(0, MAX_NEXT_STEPS);
  return steps.length ? steps.join('; ') : null;
}

/** Everything a note template can show, formatted, from one page snapshot and its findings. */
export function noteContext(
  snapshot: PageSnapshot,
  findings: readonly Finding[],
  options: NoteContextOptions,
): NoteContext {
  const index = options.claimIndex ?? 0;
  const claim = snapshot.claims[index];
  const elig = snapshot.eligibility;
  const ctx = emptyContext();

  ctx.date = formatDate(options.today);
  ctx.portal = portalLabel(snapshot.portal);
  ctx.payer = scrubFreeText(claim?.payer ?? elig?.payer ?? null, 80);
  ctx.initials = options.initials.trim() || null;
  ctx.nextStep = nextStepText(findings, claim ? index : null, claim ?? null);
  ctx.actionTaken = options.actionTaken?.trim().slice(0, 200) || null;

  if (claim) {
    ctx.claimNumber = claim.claimNumber?.trim() || null;
    ctx.dos =
      formatDateRange(claim.serviceLines.flatMap((l) => [l.dosFrom, l.dosTo])) ??
      formatDateRange([claim.serviceDates?.from ?? null, claim.serviceDates?.to ?? null]);
    ctx.status = statusText(claim.status);
    ctx.billed = claimMoney(claim, 'billed');
    ctx.allowed = claimMoney(claim, 'allowed');
    ctx.paid = claimMoney(claim, 'paid');
    ctx.patientResponsibility = patientResponsibility(claim);
    ctx.codes = codesText(claim);
    ctx.denials = denialsText(
      claim,
      findings.filter((f) => f.claimIndex === index),
      options.describeCode,
    );
    ctx.ref = claim.checkNumber?.trim() || null;
  }
  if (elig) {
    ctx.dos ??= formatDate(elig.dateOfService);
    ctx.coverage = coverageText(elig);
    ctx.deductibleRemaining = deductibleText(elig);
    ctx.oopRemaining = oopText(elig);
    ctx.copay = copayText(elig);
    ctx.coinsurance = coinsuranceText(elig);
    const billed = claim ? (claim.billed ?? null) : null;
    ctx.patientShare = patientShareText(elig, options.expectedCharge ?? billed);
  }
  return ctx;
}
