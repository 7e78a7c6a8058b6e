import type { Eligibility } from './eligibility';
import type { Claim, PageKind, PageSnapshot, PortalId, ServiceLine, UnreadField } from './snapshot';

/**
 * Empty claims, service lines, snapshots and eligibility answers: what a reader starts from and fills
 * in. Every field is present and says "not read" (null, []), so a reader that finds nothing gives a
 * value the background's schema accepts. Plain objects, no zod: the content script builds them.
 */

export function emptyClaim(): Claim {
  return {
    claimNumber: null,
    payer: null,
    claimType: null,
    status: null,
    receivedDate: null,
    finalizedDate: null,
    checkNumber: null,
    checkDate: null,
    primaryEobDate: null,
    serviceDates: null,
    billed: null,
    allowed: null,
    paid: null,
    patientResponsibility: null,
    priorAuthorization: null,
    diagnoses: [],
    serviceLines: [],
    adjustments: [],
    remarks: [],
    unread: [],
  };
}

/** Names a part of the claim the reader looked for and did not find on the page (once). */
export function markUnread(claim: Claim, field: UnreadField, notFound = true): void {
  if (notFound && !claim.unread.includes(field)) claim.unread.push(field);
}

export function emptyLine(line: number): ServiceLine {
  return {
    line,
    dosFrom: null,
    dosTo: null,
    pos: null,
    code: null,
    modifiers: [],
    units: null,
    diagnosisPointers: [],
    charge: null,
    allowed: null,
    paid: null,
    adjustments: [],
    remarks: [],
  };
}

export function emptySnapshot(url: string, portal: PortalId, kind: PageKind, adapter: string): PageSnapshot {
  return {
    ok: true,
    url: url.slice(0, 4096),
    portal,
    kind,
    claims: [],
    eligibility: null,
    patient: null,
    read: { adapter, fallbacks: [], problems: [], unsure: [], kindConfidence: null },
  };
}

export function emptyEligibility(): Eligibility {
  return {
    coverage: 'unknown',
    payer: null,
    planName: null,
    planType: null,
    dateOfService: null,
    planBegin: null,
    planEnd: null,
    eligibilityBegin: null,
    eligibilityEnd: null,
    partA: null,
    partB: null,
    medicareAdvantage: [],
    msp: [],
    hospice: [],
    homeHealth: [],
    otherPayers: [],
    qmb: null,
    deductible: [],
    outOfPocket: [],
    copays: [],
    coinsurance: [],
    priorAuthRequired: null,
  };
}
