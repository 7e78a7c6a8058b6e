import type { PortalAdapter } from './adapter';
import { availityClaimDetail } from './availity/claim-detail';
import { availityClaimEntry } from './availity/claim-entry';
import { availityClaimStatus } from './availity/claim-status';
import { availityEligibility } from './availity/eligibility';
import { availityRemittance } from './availity/remittance';
import { macClaimDetail } from './mac/claim-detail';
import { macClaimStatus } from './mac/claim-status';
import { macEligibility } from './mac/eligibility';
import { officeAllyClaimEntry } from './office-ally/claim-entry';
import { availityShell, officeAllyShell } from './shell';
import { uhcClaimDetail } from './uhc/claim-detail';
import { uhcClaimEntry } from './uhc/claim-entry';

/**
 * Every portal adapter, in the order they are tried (more specific page shapes first: the claim-status
 * app shows results or detail in one frame). docs/supported-pages.md lists these; a meta-test keeps them
 * in step with the fixtures manifest.
 */
export const ADAPTERS: readonly PortalAdapter[] = [
  availityShell,
  officeAllyShell,
  availityClaimDetail,
  availityClaimStatus,
  availityEligibility,
  availityClaimEntry,
  availityRemittance,
  officeAllyClaimEntry,
  macEligibility,
  macClaimDetail,
  macClaimStatus,
  uhcClaimEntry,
  uhcClaimDetail,
];

/** The adapter a snapshot names (`snapshot.read.adapter`), e.g. to place inline flags on its form. */
export function adapterById(id: string): PortalAdapter | undefined {
  return ADAPTERS.find((a) => a.id === id);
}
