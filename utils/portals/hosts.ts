/**
 * The supported portals and their hosts, in one place (listed in docs/supported-pages.md).
 * Hosts marked `confirmed: false` are best knowledge; correcting one is one line here.
 * Users can add other hosts at run time (optional permission), kept in settings.
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

export interface PortalHost {
  host: string;
  portal: Exclude<PortalId, 'generic'>;
  label: string;
  confirmed: boolean;
}

export const PORTAL_HOSTS: readonly PortalHost[] = [
  { host: 'essentials.availity.com', portal: 'availity', label: 'Availity', confirmed: true },
  { host: 'apps.availity.com', portal: 'availity', label: 'Availity', confirmed: true },
  { host: 'provider-apps.linkhealth.com', portal: 'uhc', label: 'UnitedHealthcare', confirmed: true },
  { host: 'www.uhcprovider.com', portal: 'uhc', label: 'UnitedHealthcare', confirmed: true },
  { host: 'secure.uhcprovider.com', portal: 'uhc', label: 'UnitedHealthcare', confirmed: false },
  { host: 'cignaforhcp.cigna.com', portal: 'cigna', label: 'Cigna for HCP', confirmed: false },
  { host: 'www.officeally.com', portal: 'office-ally', label: 'Office Ally', confirmed: false },
  { host: 'pm.officeally.com', portal: 'office-ally', label: 'Office Ally', confirmed: false },
  {
    host: 'www.noridianmedicareportal.com',
    portal: 'noridian',
    label: 'Noridian Medicare Portal',
    confirmed: false,
  },
  { host: 'www.mycgsportal.com', portal: 'cgs', label: 'myCGS', confirmed: false },
  {
    host: 'www.onlineproviderservices.com',
    portal: 'palmetto',
    label: 'Palmetto GBA eServices',
    confirmed: false,
  },
  { host: 'www.ngsconnex.com', portal: 'ngs', label: 'NGSConnex', confirmed: false },
  { host: 'www.novitasphere.com', portal: 'novitas', label: 'Novitasphere', confirmed: false },
  { host: 'www.epaces.emedny.org', portal: 'epaces', label: 'NY ePACES', confirmed: false },
];

/** `matches` / host permission patterns for the supported portals (HTTPS only). */
export const portalMatchPatterns: string[] = PORTAL_HOSTS.map((h) => `https://${h.host}/*`);

/** The built-in portal for a URL, or null. User-added hosts are checked separately. */
export function portalForUrl(url: string): PortalHost | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  return PORTAL_HOSTS.find((h) => h.host === parsed.hostname) ?? null;
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
