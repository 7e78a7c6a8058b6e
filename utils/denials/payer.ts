import type { PortalId } from '../model/snapshot';

/**
 * Portals that belong to one payer name it even when their pages do not: every claim on a UHC portal
 * is UnitedHealthcare's, every claim on a Medicare contractor's portal is Medicare's. Availity and
 * Office Ally serve many payers, so there the page must say.
 */
const PORTAL_PAYERS: Partial<Record<PortalId, string>> = {
  uhc: 'UnitedHealthcare',
  cigna: 'Cigna',
  noridian: 'Medicare',
  cgs: 'Medicare',
  palmetto: 'Medicare',
  ngs: 'Medicare',
  novitas: 'Medicare',
  epaces: 'NY Medicaid',
};

/** The claim's payer as the page names it, else the payer its single-payer portal stands for. */
export function payerOnPortal(payer: string | null, portal: PortalId | 'era'): string | null {
  const named = payer?.trim();
  if (named) return named;
  return portal === 'era' ? null : (PORTAL_PAYERS[portal] ?? null);
}
