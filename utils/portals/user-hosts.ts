import { z } from 'zod';
import { portalForUrl } from './hosts';

/**
 * Portals the user adds themselves ("Read this site"): a plain host name, HTTPS only. One host, never
 * a wildcard, so the optional permission asked for is exactly that site.
 */
export const UserHost = z
  .string()
  .max(253)
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'a host name like portal.example.org',
  );

export const userHostPattern = (host: string): string => `https://${host}/*`;

/** The host of a page the user may add, or null with the reason it cannot be added. */
export function hostToAdd(pageUrl: string | undefined): { host: string } | { host: null; reason: string } {
  if (!pageUrl)
    return {
      host: null,
      reason: 'ClaimLens cannot see this page’s address (click the toolbar button on it first).',
    };
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return { host: null, reason: 'This page has no web address ClaimLens can read.' };
  }
  if (url.protocol !== 'https:')
    return { host: null, reason: 'Only secure (https) portal pages can be read.' };
  if (portalForUrl(pageUrl)) return { host: null, reason: 'This portal is already supported.' };
  const parsed = UserHost.safeParse(url.hostname);
  return parsed.success
    ? { host: parsed.data }
    : { host: null, reason: 'This address is not a portal host name.' };
}
