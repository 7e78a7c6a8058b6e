import type { PortalId } from '../model/snapshot';
import { isMedicare } from './context';

/**
 * Which family of payer a claim belongs to, because the way a processed claim is fixed differs:
 * original Medicare Part B reopens or redetermines (no frequency-7 claims), Medicare Advantage plans,
 * Medicaid programs and commercial payers take corrected claims under their own manuals.
 * `unknown` when neither the payer's name nor the portal says (then advice names both routes).
 */
export type PayerFamily = 'medicare' | 'medicare-advantage' | 'medicaid' | 'commercial' | 'unknown';

export const PAYER_FAMILIES: readonly PayerFamily[] = [
  'medicare',
  'medicare-advantage',
  'medicaid',
  'commercial',
  'unknown',
];

/** Medicare contractor portals: every claim on them is original Medicare. */
const MAC_PORTALS: ReadonlySet<PortalId> = new Set(['noridian', 'cgs', 'palmetto', 'ngs', 'novitas']);
/** State Medicaid portals. */
const MEDICAID_PORTALS: ReadonlySet<PortalId> = new Set(['epaces']);

const ADVANTAGE =
  /advantage|medicare\s*(replacement|complete)|medicare.{0,3}medicaid\s+plan|\bmapd\b|\bd-?snp\b/i;
const MEDICAID =
  /medicaid|medi-cal|masshealth|tenncare|soonercare|badgercare|medical assistance|\bepaces\b|\bchip\b/i;

export function payerFamily(payer: string | null, portal: PortalId | null = null): PayerFamily {
  const name = payer?.trim() ?? '';
  if (name) {
    // "Medicare … MA" is an Advantage plan; "BCBS MA" (a state) is not Medicare at all.
    if (ADVANTAGE.test(name) || (/medicare/i.test(name) && /\bma\b/i.test(name))) return 'medicare-advantage';
    if (isMedicare(name)) return 'medicare';
    if (MEDICAID.test(name)) return 'medicaid';
  }
  if (portal && MAC_PORTALS.has(portal)) return 'medicare';
  if (portal && MEDICAID_PORTALS.has(portal)) return 'medicaid';
  return name ? 'commercial' : 'unknown';
}
