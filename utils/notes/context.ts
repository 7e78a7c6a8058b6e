import type { Finding } from '../model/finding';
import { severityRank } from '../model/finding';
import type { PageSnapshot, PortalId } from '../model/snapshot';
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
}

/** Findings whose action is the next step on a worked claim (utils/rules/README.md: denial guidance and NCCI pairs). */
const NEXT_STEP_RULES: ReadonlySet<string> = new Set(['denial', 'ptp']);
const MAX_NEXT_STEPS = 2;

function portalLabel(portal: PortalId): string {
  if (portal === 'generic') return 'Portal';
  return PORTAL_HOSTS.find((h) => h.portal === portal)?.label ?? portal;
}

/**
 * The next step(s), most important first: denial and PTP findings when there are any, else the
 * other findings (eligibility pages, claim entry). could-not-check findings say what data is
 * missing, not what to do with the claim, so they never become a next step.
 */
export function nextStepText(findings: readonly Finding[], claimIndex: number | null): string | null {
  const relevant = findings
    .map((f, order) => ({ f, order }))
    .filter(
      ({ f }) =>
        f.severity !== 'could-not-check' &&
        f.action.trim() !== '' &&
        (f.claimIndex === claimIndex || f.claimIndex === null),
    );
  const preferred = relevant.filter(({ f }) => NEXT_STEP_RULES.has(f.rule));
  const chosen = (preferred.length ? preferred : relevant).sort(
    (a, b) => severityRank(a.f.severity) - severityRank(b.f.severity) || a.order - b.order,
  );
  const steps = unique(chosen.map(({ f }) => f.action.trim().replace(/[.\s]+$/, ''))).slice(
    0,
    MAX_NEXT_STEPS,
  );
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
  ctx.nextStep = nextStepText(findings, claim ? index : null);

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
    ctx.denials = denialsText(claim, options.describeCode);
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
