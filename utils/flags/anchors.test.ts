import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES } from '../../tests/fixtures/pages';
import { readPage } from '../portals/read';
import { ADAPTERS, adapterById } from '../portals/registry';
import { fixtureHtml, loadPage } from '../portals/testing/load';
import { lineAnchor } from './anchors';

/** Each claim-entry adapter places its own inline flags: no string-keyed map where a typo is silent. */
describe('inline flag anchors', () => {
  it('every claim-entry adapter has its own lineAnchor', () => {
    const entry = ADAPTERS.filter((a) => a.kind === 'claim-entry');
    expect(entry.length).toBeGreaterThan(0);
    for (const a of entry) expect(a.lineAnchor, `${a.id} has no lineAnchor`).toBeTypeOf('function');
  });

  for (const page of FIXTURE_PAGES.filter((p) => p.kind === 'claim-entry' && adapterById(p.adapter))) {
    it(`${page.id}: every service line read has its field found by the adapter's ids`, async () => {
      const window = await loadPage(fixtureHtml(page), page.url);
      const doc = window.document as unknown as Document;
      const snapshot = readPage(doc, page.url);
      const adapter = adapterById(snapshot.read.adapter);
      expect(adapter?.id).toBe(page.adapter);
      const lines = snapshot.claims.flatMap((c) => c.serviceLines);
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) {
        const own = adapter?.lineAnchor?.(doc, l.line);
        expect(own, `line ${l.line}`).toBeTruthy();
        expect(lineAnchor(doc, adapter, l.line, l.code)).toBe(own);
      }
      await window.happyDOM.close();
    });
  }

  it('a page no adapter places: the first field holding the line’s code', async () => {
    const window = await loadPage(
      '<form><input value="99213"><input value=" 20610 "></form>',
      'https://portal.example.org/',
      false,
    );
    const doc = window.document as unknown as Document;
    expect(lineAnchor(doc, adapterById('generic'), 2, '20610')).toBe(doc.querySelectorAll('input')[1]);
    expect(lineAnchor(doc, undefined, 2, null)).toBeNull();
    await window.happyDOM.close();
  });
});
