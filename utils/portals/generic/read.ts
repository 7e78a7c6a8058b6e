import type { PageSnapshot } from '../../model/snapshot';
import { emptySnapshot } from '../adapter';

/** Placeholder: replaced below by the label/table heuristics. */
export function readGeneric(_doc: Document, url: URL, portal: PageSnapshot['portal']): PageSnapshot {
  return emptySnapshot(url.href, portal, 'unknown', 'generic');
}
