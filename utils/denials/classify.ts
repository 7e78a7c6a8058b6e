import { claimKey } from '../model/claim-key';
import type { Adjustment, Claim, PageSnapshot, ServiceLine } from '../model/snapshot';
import { guidanceOnClaim } from '../rules/denial/denial';
import type { Guidance } from '../rules/denial/table';
import type { DenialCause } from '../rules/denial/types';
import type { RecordedAdjustment, RecordedLine } from './model';
import { payerOnPortal } from './payer';

/**
 * What one page (or one 835 claim) says about one claim, for the worklist: denied, partly denied,
 * rejected, paid — or nothing the worklist cares about. Which adjustment is a denial comes from the
 * denial guidance table (utils/rules/denial): a row at level "error" is one (CO-97, CO-16, CO-29…);
 * contractual write-offs (CO-45), patient share (PR-1/2/3) and payment notes are not. A reason code
 * the table does not know counts as a denial unless it is patient responsibility.
 */
export type Outcome = 'denied' | 'rejected' | 'paid' | 'reversed' | 'other';

export interface ClaimReading {
  claimNumber: string;
  id: string;
  payer: string | null;
  claimType: Claim['claimType'];
  dosFrom: string | null;
  dosTo: string | null;
  receivedDate: string | null;
  decisionDate: string | null;
  primaryEobDate: string | null;
  statusCategory: string | null;
  billed: number | null;
  paid: number | null;
  outcome: Outcome;
  /** The page showed the claim's service lines (a claims list row does not). */
  hasLines: boolean;
  lines: RecordedLine[];
  /** Lines paid without a denial, as code + modifiers (to learn what fixed a denial). */
  paidLines: { code: string; modifiers: string[] }[];
  claimAdjustments: RecordedAdjustment[];
  claimRemarks: string[];
  cause: DenialCause;
  route: string | null;
  appeal: Guidance['appeal'] | null;
  codes: string[];
  atRisk: number;
  /** An 835 reversal came first: a denial after it reopens a claim marked paid. */
  reopens: boolean;
}

/** 277 categories of a claim the payer returned before adjudication. */
const REJECTED = new Set(['A3', 'A6', 'A7', 'A8']);

const money = (n: number) => Math.round(Math.max(0, n) * 100) / 100;

interface Judged {
  adjustment: Adjustment;
  guidance: Guidance | null;
  denial: boolean;
}

function judge(page: PageSnapshot, claim: Claim, line: ServiceLine | null, a: Adjustment): Judged {
  const guidance = guidanceOnClaim(page, claim, line, 'carc', a.reason, a.group);
  const denial = guidance ? guidance.level === 'error' : a.group !== 'PR';
  return { adjustment: a, guidance, denial };
}

/** The adjustment that matters most: the largest denied amount, then the first. */
function main(judged: readonly Judged[]): Judged | undefined {
  return [...judged]
    .filter((j) => j.denial)
    .sort((a, b) => (b.adjustment.amount ?? 0) - (a.adjustment.amount ?? 0))[0];
}

const codeLabel = (a: Adjustment) => `${a.group ? `${a.group}-` : ''}${a.reason}`;

function deniedAmount(line: ServiceLine, judged: readonly Judged[], wholeClaimDenied: boolean): number {
  const denied = judged.filter((j) => j.denial);
  if (denied.length > 0 && denied.every((j) => j.adjustment.amount !== null))
    return money(denied.reduce((sum, j) => sum + (j.adjustment.amount ?? 0), 0));
  // No amounts on the page: what the payer did not pay, less the patient's share.
  const share = judged
    .filter((j) => j.adjustment.group === 'PR')
    .reduce((sum, j) => sum + (j.adjustment.amount ?? 0), 0);
  if (line.charge === null) return 0;
  return denied.length > 0 || wholeClaimDenied ? money(line.charge - (line.paid ?? 0) - share) : 0;
}

function isDeniedStatus(claim: Claim): boolean {
  return claim.status?.category === 'F2' || /\bdeni/i.test(claim.status?.text ?? '');
}

function isPaidStatus(claim: Claim): boolean {
  const category = claim.status?.category ?? '';
  return category === 'F1' || (claim.paid ?? 0) > 0 || /\bpaid\b|\bpayment\b/i.test(claim.status?.text ?? '');
}

function recordedAdjustments(adjustments: readonly Adjustment[]): RecordedAdjustment[] {
  return adjustments.slice(0, 30).map((a) => ({ group: a.group, reason: a.reason, amount: a.amount }));
}

/** The worklist's reading of one claim on a page; null when the claim has no number to key it by. */
export function readClaim(page: PageSnapshot, claim: Claim): ClaimReading | null {
  const id = claim.claimNumber ? claimKey(claim.claimNumber) : '';
  if (!claim.claimNumber || !id) return null;
  const wholeClaimDenied = isDeniedStatus(claim);
  const claimJudged = claim.adjustments.map((a) => judge(page, claim, null, a));
  const claimDenies = claimJudged.some((j) => j.denial);
  const lines: RecordedLine[] = [];
  const paidLines: ClaimReading['paidLines'] = [];
  const mains: { judged: Judged; atRisk: number }[] = [];
  const codes = new Set<string>();
  for (const line of claim.serviceLines) {
    const judged = line.adjustments.map((a) => judge(page, claim, line, a));
    const top = main(judged);
    const unpaid = (line.paid ?? 0) <= 0;
    const withClaim = (wholeClaimDenied || claimDenies) && unpaid && !judged.some((j) => !j.denial);
    const denied = top !== undefined || withClaim;
    if (!denied) {
      if (line.code && (line.paid ?? 0) > 0) paidLines.push({ code: line.code, modifiers: line.modifiers });
      continue;
    }
    // A line denied only with the claim: a claim-level amount, when there is one, already counts it.
    const atRisk = !top && claimDenies ? 0 : deniedAmount(line, judged, wholeClaimDenied);
    for (const j of judged) if (j.denial) codes.add(codeLabel(j.adjustment));
    for (const r of line.remarks) codes.add(r);
    if (top) mains.push({ judged: top, atRisk });
    lines.push({
      line: line.line,
      dosFrom: line.dosFrom,
      dosTo: line.dosTo,
      code: line.code,
      modifiers: line.modifiers,
      units: line.units,
      charge: line.charge,
      paid: line.paid,
      adjustments: recordedAdjustments(line.adjustments),
      remarks: line.remarks.slice(0, 30),
      reasons: judged.filter((j) => j.denial).map((j) => codeLabel(j.adjustment)),
      cause: top?.guidance?.cause ?? 'other',
      atRisk,
    });
  }
  const claimTop = main(claimJudged);
  for (const j of claimJudged) if (j.denial) codes.add(codeLabel(j.adjustment));
  for (const r of claim.remarks) codes.add(r);
  const claimAtRisk = money(
    claimJudged.filter((j) => j.denial).reduce((s, j) => s + (j.adjustment.amount ?? 0), 0),
  );
  if (claimTop) mains.push({ judged: claimTop, atRisk: claimAtRisk });
  const rejected = REJECTED.has(claim.status?.category ?? '');
  const denied = lines.length > 0 || claimTop !== undefined || wholeClaimDenied;
  const outcome: Outcome = rejected ? 'rejected' : denied ? 'denied' : isPaidStatus(claim) ? 'paid' : 'other';
  // The claim's cause is its largest denial's; a rejection without codes is information missing.
  const lead = [...mains].sort((a, b) => b.atRisk - a.atRisk)[0]?.judged;
  const dates = claim.serviceLines.flatMap((l) => [l.dosFrom, l.dosTo]).filter((d): d is string => !!d);
  if (claim.serviceDates) dates.push(claim.serviceDates.from, claim.serviceDates.to);
  dates.sort();
  const linesAtRisk = lines.reduce((s, l) => s + l.atRisk, 0);
  const unpaidClaim = claim.billed !== null && (claim.paid ?? 0) === 0 ? claim.billed : 0;
  return {
    claimNumber: claim.claimNumber.slice(0, 64),
    id,
    payer: payerOnPortal(claim.payer, page.portal),
    claimType: claim.claimType,
    dosFrom: dates[0] ?? null,
    dosTo: dates.at(-1) ?? null,
    receivedDate: claim.receivedDate,
    decisionDate: claim.finalizedDate ?? claim.checkDate,
    primaryEobDate: claim.primaryEobDate,
    statusCategory: claim.status?.category ?? null,
    billed: claim.billed,
    paid: claim.paid,
    outcome,
    hasLines: claim.serviceLines.length > 0,
    lines,
    paidLines,
    claimAdjustments: recordedAdjustments(claim.adjustments),
    claimRemarks: claim.remarks.slice(0, 30),
    cause: lead?.guidance?.cause ?? (rejected ? 'information-missing' : 'other'),
    route: lead?.guidance?.route ?? null,
    appeal: lead?.guidance?.appeal ?? null,
    codes: [...codes].slice(0, 60),
    atRisk: money(linesAtRisk + claimAtRisk || (denied || rejected ? unpaidClaim : 0)),
    reopens: false,
  };
}

/** Every claim on a status, detail or remittance page that the worklist should hear about. */
export function readPage(page: PageSnapshot): ClaimReading[] {
  if (page.kind !== 'claim-status' && page.kind !== 'claim-detail' && page.kind !== 'remittance') return [];
  const readings: ClaimReading[] = [];
  for (const claim of page.claims) {
    const reading = readClaim(page, claim);
    if (reading && reading.outcome !== 'other') readings.push(reading);
  }
  return readings;
}
