/**
 * The portals ClaimLens knows, by id: the ones with their own hosts (utils/portals/hosts.ts) and
 * `generic` for any other page. Plain data, no zod: the content script uses it.
 */
export const PORTAL_IDS = [
  'availity',
  'uhc',
  'cigna',
  'office-ally',
  'noridian',
  'cgs',
  'palmetto',
  'ngs',
  'novitas',
  'epaces',
  'generic',
] as const;
export type PortalId = (typeof PORTAL_IDS)[number];
