import { MAC_PORTALS, presetFromPortal } from '../../utils/rules/jurisdiction';
import { loadJurisdiction, saveJurisdiction } from '../../utils/settings';

/**
 * The first time ClaimLens sees the biller on a Medicare contractor's portal (Noridian, CGS, Palmetto,
 * NGS, Novitas) and no jurisdiction is set, that company's contractors become the jurisdiction, until
 * the biller narrows it on the options page. Never overwrites anything the biller set.
 */
export async function presetJurisdiction(portal: string): Promise<void> {
  if (!(portal in MAC_PORTALS)) return;
  const next = presetFromPortal(await loadJurisdiction(), portal);
  if (next) await saveJurisdiction(next);
}
