import type { PageSnapshot } from '../model/snapshot';
import { emptySnapshot } from './adapter';
import { portalForUrl } from './hosts';
import { ADAPTERS } from './registry';

/**
 * Read one page into a PageSnapshot: the adapter whose URL and page predicates match, else an
 * "unknown" snapshot that says why. Never throws: a reader that fails is reported in read.problems.
 */
export function readPage(doc: Document, href: string): PageSnapshot {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return unknown(href, 'generic', ['the page address could not be read']);
  }
  const portal = portalForUrl(href)?.portal ?? 'generic';
  const problems: string[] = [];
  for (const adapter of ADAPTERS) {
    if (!adapter.matchesUrl(url) || !adapter.matchesPage(doc)) continue;
    try {
      const outcome = adapter.read(doc, url);
      if (outcome.ok) return outcome.snapshot;
      problems.push(...outcome.problems.map((p) => `${adapter.id}: ${p}`));
    } catch (error) {
      problems.push(
        `${adapter.id}: reader failed (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  const snapshot = unknown(url.href, portal, problems);
  snapshot.ok = problems.length === 0;
  return snapshot;
}

function unknown(href: string, portal: PageSnapshot['portal'], problems: string[]): PageSnapshot {
  const snapshot = emptySnapshot(href, portal, 'unknown', 'none');
  snapshot.read.problems = problems;
  snapshot.ok = problems.length === 0;
  return snapshot;
}
