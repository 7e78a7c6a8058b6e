import type { Claim, PageSnapshot, PortalId } from '../model/snapshot';

/**
 * The payer a portal belongs to, for pages that do not name one. A payer's own portal only shows
 * that payer's claims (Cigna for HCP is Cigna; a MAC portal is original Medicare; ePACES is NY
 * Medicaid), so per-payer switches, filing limits and packs still apply there. Clearinghouse portals
 * (Availity, Office Ally) and the generic reader serve many payers: no payer is inferred for them.
 */
const PAYER_OF_PORTAL: Partial<Record<PortalId, string>> = {
  cigna: 'Cigna',
  uhc: 'UnitedHealthcare',
  noridian: 'Medicare',
  cgs: 'Medicare',
  palmetto: 'Medicare',
  ngs: 'Medicare',
  novitas: 'Medicare',
  epaces: 'NY Medicaid',
};

export function portalPayer(portal: PortalId): string | null {
  return PAYER_OF_PORTAL[portal] ?? null;
}

/** The payer a claim is checked and noted under: the page's name for it, else the portal's payer. */
export function payerOfClaim(claim: Pick<Claim, 'payer'>, portal: PortalId): string | null {
  const named = claim.payer?.trim();
  return named ? named : portalPayer(portal);
}

/** True when the claim's payer comes from the portal rather than the page. */
export function payerFromPortal(claim: Pick<Claim, 'payer'>, portal: PortalId): boolean {
  return !claim.payer?.trim() && portalPayer(portal) !== null;
}

/**
 * The snapshot with each claim's (and the eligibility's) payer filled in from the portal where the
 * page named none. Returns the same object when nothing changes, so callers can memoise on it.
 */
export function withPortalPayer(snapshot: PageSnapshot): PageSnapshot {
  const payer = portalPayer(snapshot.portal);
  if (!payer) return snapshot;
  const claimsNeed = snapshot.claims.some((c) => !c.payer?.trim());
  const eligNeeds = snapshot.eligibility !== null && !snapshot.eligibility.payer?.trim();
  if (!claimsNeed && !eligNeeds) return snapshot;
  return {
    ...snapshot,
    claims: claimsNeed
      ? snapshot.claims.map((c) => (c.payer?.trim() ? c : { ...c, payer }))
      : snapshot.claims,
    eligibility:
      eligNeeds && snapshot.eligibility ? { ...snapshot.eligibility, payer } : snapshot.eligibility,
  };
}
