import { emptySnapshot } from '../model/empty';
import type { PageKind, PageSnapshot, PortalId } from '../model/snapshot';
import { portalForUrl } from './hosts';

/**
 * A portal adapter reads one kind of page of one portal. Detection is two pure predicates: the URL
 * (example URLs in catalog.ts, tested to match only their own URL family) and the page's shape.
 * Adapters run in the content script: plain DOM code, no zod, no browser APIs, never throwing.
 */
export interface PortalAdapter {
  /** "availity/claim-detail" */
  id: string;
  portal: PortalId;
  /** Other portals the same reader serves (the MAC portals share one page style). */
  alsoFor?: readonly PortalId[];
  kind: PageKind;
  matchesUrl(url: URL): boolean;
  /** The page has the shape this adapter reads (checked after the URL matched; absent = any page). */
  matchesPage?(doc: Document): boolean;
  read(doc: Document, url: URL): ReadOutcome;
  /**
   * Claim-entry forms: the field where service line `line` (as the snapshot numbers it) sits, for its
   * inline flag, by the portal's own ids. Absent or null: the flag goes beside the first field whose
   * value is the line's code (utils/flags/anchors.ts).
   */
  lineAnchor?(doc: Document, line: number): Element | null;
}

export type ReadOutcome = { ok: true; snapshot: PageSnapshot } | { ok: false; problems: string[] };

/** A snapshot for this adapter, its portal taken from the host when the host is a known portal. */
export function snapshotFor(adapter: PortalAdapter, url: URL): PageSnapshot {
  return emptySnapshot(url.href, portalForUrl(url.href)?.portal ?? adapter.portal, adapter.kind, adapter.id);
}

/** The URL's host belongs to one of these portals (hosts.ts is the one list of hosts). */
export const onPortal = (url: URL, ...portals: PortalId[]): boolean => {
  const p = portalForUrl(url.href)?.portal;
  return p !== undefined && portals.includes(p);
};
