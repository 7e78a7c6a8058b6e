import { z } from 'zod';
import { portalLink } from '../denials/portal-link';
import { claimKey } from '../model/claim-key';
import { IsoDate } from '../model/codes';
import { type Claim, PageKind, type PageSnapshot, PortalId } from '../model/snapshot';
import { localIsoDate } from '../notes/format';
import { stripInvisible } from '../notes/page-words';

/**
 * Proof of filing (issue 20): a dated record, kept on this machine only, of what a portal page showed
 * about a claim the payer had received or accepted — the biller's evidence when the payer later says
 * the claim came in late (CO-29). Everything in it is TEXT: what ClaimLens read (claim number, payer,
 * dates of service, the received date, the portal's own status words) and the words the page showed
 * (`pageText`, the page's visible text as the browser lays it out). No HTML is ever kept, so opening a
 * proof can run nothing. Every field is bounded; a proof is at most about 1 MB.
 */
export const MAX_PAGE_TEXT = 400_000;
export const MAX_PROOF_LINES = 100;

export const ProofLine = z.object({
  line: z.number().int().positive(),
  code: z.string().max(16).nullable(),
  modifiers: z.array(z.string().max(4)).max(4),
  dosFrom: IsoDate.nullable(),
  dosTo: IsoDate.nullable(),
  charge: z.number().finite().nullable(),
});

export const ProofRecord = z.object({
  /** `${claimKey}|${keptAt}`: one claim can have several proofs (kept on different days). */
  id: z.string().min(1).max(120),
  claimKey: z.string().min(1).max(64),
  claimNumber: z.string().min(1).max(64),
  payer: z.string().max(200).nullable(),
  portal: PortalId,
  kind: PageKind,
  /** The page's address without patient-identifying parameters (utils/denials/portal-link.ts). */
  address: z.string().max(2048).nullable(),
  /** When it was kept (ISO instant). */
  keptAt: z.iso.datetime({ offset: true }),
  /** The biller's calendar day it was kept on (ISO date, local time). */
  keptOn: IsoDate,
  dosFrom: IsoDate.nullable(),
  dosTo: IsoDate.nullable(),
  /** The received / accepted date the page showed. */
  receivedDate: IsoDate.nullable(),
  /** The portal's own words for the claim's status ("A2 - Accepted", "Received - In Process"). */
  status: z.string().max(500).nullable(),
  /** The X12 277 category when the page showed one (A1 receipt, A2 accepted…). */
  statusCategory: z.string().max(4).nullable(),
  billed: z.number().finite().nullable(),
  lines: z.array(ProofLine).max(MAX_PROOF_LINES),
  /** The page's visible text at that moment; '' when it could not be read (see pageTextNote). */
  pageText: z.string().max(MAX_PAGE_TEXT),
  /** Why the page's text is missing or shortened, in the biller's words; null when it is whole. */
  pageTextNote: z.string().max(300).nullable(),
});
export type ProofRecord = z.infer<typeof ProofRecord>;
export type ProofLine = z.infer<typeof ProofLine>;

/**
 * 277 categories that say the payer has the claim: A0 forwarded, A1 receipt, A2 accepted into
 * adjudication, A5 split; any pending (P), finalized (F) or request-for-information (R) category. A3
 * (returned), A4 (not found), A6–A8 (rejected) and E (errors) are not.
 */
const RECEIVED_CATEGORIES = /^(?:A[0125]|P\d|F\d|F3[FN]|R\d{1,2})$/;
const RECEIVED_WORDS =
  /\b(?:accepted|received|receipt|acknowledg(?:ed|ement)|in process|pending|finali[sz]ed)\b/i;
const REJECTED_WORDS = /\b(?:rejected|not found|returned)\b/i;

/**
 * Whether the page shows the payer received or accepted the claim: where "Keep as proof" is offered
 * first. A rejected or not-found claim is no proof of filing; any other claim page still offers it
 * on demand.
 */
export function showsReceived(claim: Claim): boolean {
  const category = claim.status?.category ?? null;
  if (category) return RECEIVED_CATEGORIES.test(category);
  const words = claim.status?.text ?? '';
  if (REJECTED_WORDS.test(words.slice(0, 500))) return false;
  return claim.receivedDate !== null || RECEIVED_WORDS.test(words.slice(0, 500));
}

/** A claim a proof can be kept for: it has a claim number. */
export function canKeepProof(snapshot: PageSnapshot, claimIndex: number): boolean {
  const number = snapshot.claims[claimIndex]?.claimNumber;
  return !!number && claimKey(stripInvisible(number)) !== '' && snapshot.kind !== 'eligibility';
}

function dates(claim: Claim): { from: string | null; to: string | null } {
  const all = claim.serviceLines
    .flatMap((l) => [l.dosFrom, l.dosTo])
    .filter((d): d is string => d !== null)
    .sort();
  if (all.length > 0) return { from: all[0]!, to: all[all.length - 1]! };
  return { from: claim.serviceDates?.from ?? null, to: claim.serviceDates?.to ?? null };
}

export interface PageText {
  text: string;
  /** Why it is missing or shortened; null when whole. */
  note: string | null;
}

/**
 * The record for one claim of the page, validated. `pageText` comes from the tab (the side panel asks
 * the page for its visible text); longer text is cut at MAX_PAGE_TEXT and says so.
 */
export function buildProof(
  snapshot: PageSnapshot,
  claimIndex: number,
  frameUrl: string,
  page: PageText,
  now: Date = new Date(),
): ProofRecord {
  const claim = snapshot.claims[claimIndex];
  if (!claim || !canKeepProof(snapshot, claimIndex)) throw new Error('This claim shows no claim number.');
  const number = stripInvisible(claim.claimNumber!).trim().slice(0, 64);
  const key = claimKey(number);
  const keptAt = now.toISOString();
  const { from, to } = dates(claim);
  const cut = page.text.length > MAX_PAGE_TEXT;
  const text = stripInvisible(page.text.slice(0, MAX_PAGE_TEXT));
  return ProofRecord.parse({
    id: `${key}|${keptAt}`,
    claimKey: key,
    claimNumber: number,
    payer: claim.payer ? stripInvisible(claim.payer).slice(0, 200) : null,
    portal: snapshot.portal,
    kind: snapshot.kind,
    address: portalLink(frameUrl)?.slice(0, 2048) ?? null,
    keptAt,
    keptOn: localIsoDate(now),
    dosFrom: from,
    dosTo: to,
    receivedDate: claim.receivedDate,
    status: claim.status?.text ? stripInvisible(claim.status.text).slice(0, 500) : null,
    statusCategory: claim.status?.category ?? null,
    billed: claim.billed,
    lines: claim.serviceLines.slice(0, MAX_PROOF_LINES).map((l) => ({
      line: l.line,
      code: l.code,
      modifiers: l.modifiers,
      dosFrom: l.dosFrom,
      dosTo: l.dosTo,
      charge: l.charge,
    })),
    pageText: text,
    pageTextNote: cut
      ? `The page's text was cut at ${MAX_PAGE_TEXT.toLocaleString('en-US')} characters.`
      : (page.note?.slice(0, 300) ?? null),
  });
}
