import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES } from '../../tests/fixtures/pages';
import { PageSnapshot } from '../model/snapshot';
import { readPage } from './read';
import { expectedPath, fixture, fixtureHtml, loadPage } from './testing/load';

/**
 * Every fixture page reads into its committed expected snapshot (after the page's own late-painting
 * script has run), the snapshot validates against the zod schema, and reading leaves the page as it was.
 * UPDATE_EXPECTED=1 rewrites the expected files (review the diff before committing).
 */
describe('fixture pages read into their expected snapshots', () => {
  for (const page of FIXTURE_PAGES) {
    it(`${page.id}: ${page.kind}`, async () => {
      const window = await loadPage(fixtureHtml(page), page.url);
      const doc = window.document as unknown as Document;
      const before = doc.documentElement.outerHTML;
      const globals = Object.keys(window).length;
      const snapshot = readPage(doc, page.url);
      expect(doc.documentElement.outerHTML).toBe(before);
      expect(Object.keys(window).length).toBe(globals);
      const parsed = PageSnapshot.safeParse(snapshot);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect(snapshot.portal).toBe(page.portal);
      expect(snapshot.kind).toBe(page.kind);
      expect(snapshot.claims.map((c) => c.claimNumber).filter(Boolean)).toEqual(page.expect.claimNumbers);
      if (page.expect.lineCodes)
        expect(snapshot.claims.flatMap((c) => c.serviceLines.map((l) => l.code))).toEqual(
          page.expect.lineCodes,
        );
      const file = expectedPath(page);
      if (process.env.UPDATE_EXPECTED || !existsSync(file))
        writeFileSync(file, `${JSON.stringify(snapshot, null, 2)}\n`);
      expect(snapshot).toEqual(JSON.parse(readFileSync(file, 'utf8')));
      await window.happyDOM.close();
    });
  }

  it('a click on a claim status row swaps in the claim detail, which reads as claim-detail', async () => {
    const page = fixture('availity-claim-status');
    const window = await loadPage(fixtureHtml(page), page.url);
    const doc = window.document as unknown as Document;
    (doc.querySelector('tr[data-claim="7000000001"] td') as HTMLElement).click();
    const snapshot = readPage(doc, page.url);
    expect(snapshot.kind).toBe('claim-detail');
    const claim = snapshot.claims[0]!;
    expect(claim.claimNumber).toBe('7000000001');
    expect(claim.serviceLines.map((l) => [l.code, l.modifiers.join(' ')])).toEqual([
      ['99213', ''],
      ['20611', 'RT'],
      ['20610', 'RT'],
    ]);
    expect(claim.serviceLines[2]?.adjustments).toEqual([{ group: 'CO', reason: '97', amount: null }]);
    expect(claim.serviceLines[2]?.remarks).toEqual(['M15']);
    expect(snapshot.patient).toEqual({ initials: 'AT', age: 65, sex: null });
    expect(PageSnapshot.safeParse(snapshot).success).toBe(true);
    await window.happyDOM.close();
  });

  it('before the results paint, the claim status page is read as "no results yet", not as broken', async () => {
    const page = fixture('availity-claim-status');
    const window = await loadPage(fixtureHtml(page), page.url, false);
    const snapshot = readPage(window.document as unknown as Document, page.url);
    expect(snapshot).toMatchObject({ ok: true, kind: 'claim-status', claims: [] });
    expect(snapshot.read.problems).toEqual(['no results on the page yet']);
    await window.happyDOM.close();
  });
});
