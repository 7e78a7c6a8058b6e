import type { Eligibility } from '../model/eligibility';
import type { Claim, PageKind, PageSnapshot, PortalId, ServiceLine, UnreadField } from '../model/snapshot';
import { portalForUrl } from './hosts';

/**
 * A portal adapter reads one kind of page of one portal. Detection is two pure predicates: the URL
 * (example URLs in catalog.ts, tested to match only their own URL family) and the page's shape.
 * Adapters run in the content script: plain DOM code, no zod, no browser APIs, never throwing.
 */
export interface PortalAdapter {
  /** "availity/claim-detail" */
  id: string;
  portal: PortalId;
  /** Other portals the same reader serves (the MAC portals share one page style). */
  alsoFor?: readonly PortalId[];
  kind: PageKind;
  matchesUrl(url: URL): boolean;
  /** The page has the shape this adapter reads (checked after the URL matched; absent = any page). */
  matchesPage?(doc: Document): boolean;
  read(doc: Document, url: URL): ReadOutcome;
}

export type ReadOutcome = { ok: true; snapshot: PageSnapshot } | { ok: false; problems: string[] };

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

/** A snapshot for this adapter, its portal taken from the host when the host is a known portal. */
export function snapshotFor(adapter: PortalAdapter, url: URL): PageSnapshot {
  return emptySnapshot(url.href, portalForUrl(url.href)?.portal ?? adapter.portal, adapter.kind, adapter.id);
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

/** The URL's host belongs to one of these portals (hosts.ts is the one list of hosts). */
export const onPortal = (url: URL, ...portals: PortalId[]): boolean => {
  const p = portalForUrl(url.href)?.portal;
  return p !== undefined && portals.includes(p);
};
