import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { PageSnapshot } from '../model/snapshot';
import { ADAPTER_INFO } from './catalog';
import { portalForUrl } from './hosts';
import { readPage } from './read';
import { ADAPTERS } from './registry';

/**
 * Each adapter's example URLs match its own URL predicate and no other adapter's, except adapters of
 * the same single-page app that share one predicate on purpose (results and detail of one app are told
 * apart by the page, not the URL).
 */
describe('URL detection', () => {
  for (const a of ADAPTERS) {
    it(`${a.id}: its example URLs are its own`, () => {
      for (const example of ADAPTER_INFO[a.id]!.examples) {
        const url = new URL(example);
        expect(a.matchesUrl(url), example).toBe(true);
        expect([a.portal, ...(a.alsoFor ?? [])], example).toContain(portalForUrl(example)?.portal);
        const others = ADAPTERS.filter((b) => b !== a && b.matchesUrl(url) && b.matchesUrl !== a.matchesUrl);
        expect(
          others.map((b) => b.id),
          example,
        ).toEqual([]);
      }
    });
  }

  it('an empty page at every example URL reads without throwing into a valid snapshot', () => {
    const window = new Window({ url: 'https://example.org/' });
    const doc = window.document as unknown as Document;
    for (const info of Object.values(ADAPTER_INFO))
      for (const example of info.examples) {
        const snapshot = readPage(doc, example);
        expect(PageSnapshot.safeParse(snapshot).success, example).toBe(true);
      }
  });
});
