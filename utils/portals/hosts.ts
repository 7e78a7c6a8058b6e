import type { PortalId } from '../model/portal-id';

/**
 * The supported portals and their hosts, in one place (docs/supported-pages.md lists them).
 * Hosts marked `confirmed: false` are best knowledge; correcting one is one line here.
 * Users can add other hosts at run time (optional permission), kept in settings.
 */

export interface PortalHost {
  host: string;
  portal: Exclude<PortalId, 'generic'>;
  label: string;
  confirmed: boolean;
}

type BuiltIn = Exclude<PortalId, 'generic'>;

/**
 * Host → portal, and whether the host is confirmed by a public source (1) or best knowledge (0).
 * The content script needs only this; the portals' names are below, for the pages that show them.
 */
const HOSTS: readonly (readonly [string, BuiltIn, 0 | 1])[] = [
  ['essentials.availity.com', 'availity', 1],
  ['apps.availity.com', 'availity', 1],
  ['provider-apps.linkhealth.com', 'uhc', 1],
  ['www.uhcprovider.com', 'uhc', 1],
  ['secure.uhcprovider.com', 'uhc', 0],
  ['cignaforhcp.cigna.com', 'cigna', 0],
  ['www.officeally.com', 'office-ally', 0],
  ['pm.officeally.com', 'office-ally', 0],
  ['www.noridianmedicareportal.com', 'noridian', 0],
  ['www.mycgsportal.com', 'cgs', 0],
  ['www.onlineproviderservices.com', 'palmetto', 0],
  ['www.ngsconnex.com', 'ngs', 0],
  ['www.novitasphere.com', 'novitas', 0],
  ['www.epaces.emedny.org', 'epaces', 0],
];

const LABELS: Record<BuiltIn, string> = {
  availity: 'Availity',
  uhc: 'UnitedHealthcare',
  cigna: 'Cigna for HCP',
  'office-ally': 'Office Ally',
  noridian: 'Noridian Medicare Portal',
  cgs: 'myCGS',
  palmetto: 'Palmetto GBA eServices',
  ngs: 'NGSConnex',
  novitas: 'Novitasphere',
  epaces: 'NY ePACES',
};

const withLabels = (): PortalHost[] =>
  HOSTS.map(([host, portal, confirmed]) => ({
    host,
    portal,
    label: LABELS[portal],
    confirmed: confirmed === 1,
  }));

/** Every built-in host with its portal's name (pure: left out of bundles that do not show names). */
export const PORTAL_HOSTS: readonly PortalHost[] = /* @__PURE__ */ withLabels();

/** `matches` / host permission patterns for the supported portals (HTTPS only). */
export const portalMatchPatterns: string[] = HOSTS.map(([host]) => `https://${host}/*`);

/** The built-in portal for a URL, or null. User-added hosts are checked separately. */
export function portalForUrl(url: string): { host: string; portal: BuiltIn } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  const hit = HOSTS.find(([host]) => host === parsed.hostname);
  return hit ? { host: hit[0], portal: hit[1] } : null;
}

/** True when the URL is on a built-in portal or on one of the user-added hosts. */
export function isPortalUrl(url: string, userHosts: readonly string[] = []): boolean {
  if (portalForUrl(url)) return true;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && userHosts.includes(parsed.hostname);
  } catch {
    return false;
  }
}
