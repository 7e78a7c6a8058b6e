import type { PortalAdapter } from './adapter';
import { onPortal, snapshotFor } from './adapter';

/**
 * Navigation shells whose app runs in an iframe (Availity `iframe#newBodyFrame`, Office Ally
 * `#Iframe9`). The content script reads the app in the iframe's own frame; the shell itself has nothing
 * to read, which is not a problem (kind "unknown", no problems, no generic fallback).
 */
const shell = (
  id: string,
  portal: 'availity' | 'office-ally',
  frame: string,
  path: RegExp,
): PortalAdapter => ({
  id,
  portal,
  kind: 'unknown',
  matchesUrl: (url) => onPortal(url, portal) && path.test(url.pathname),
  matchesPage: (doc) => doc.querySelector(`iframe${frame}`) !== null,
  read(_doc, url) {
    return { ok: true, snapshot: snapshotFor(this, url) };
  },
});

export const availityShell = shell(
  'availity/shell',
  'availity',
  '#newBodyFrame',
  /\/navigation\/|\/public\/apps\/home\//,
);
export const officeAllyShell = shell('office-ally/shell', 'office-ally', '#Iframe9', /secure_oa\.asp/i);
