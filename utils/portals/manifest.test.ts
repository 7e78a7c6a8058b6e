import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES } from '../../tests/fixtures/pages';
import { portalForUrl } from './hosts';
import { expectedPath, FIXTURE_DIR, fixtureHtml } from './testing/load';

/**
 * The manifest the e2e tests and the demo serve from: unique host + path (the server ignores query and
 * hash), real portal hosts over HTTPS, shells whose iframe loads exactly the framed page, and made-up
 * data only.
 */
describe('fixtures manifest', () => {
  it('has unique ids and unique host + path per page, on the real portal hosts over HTTPS', () => {
    const ids = FIXTURE_PAGES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const paths = FIXTURE_PAGES.map((p) => p.url.replace(/[?#].*$/, ''));
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of FIXTURE_PAGES) {
      expect(p.url.startsWith('https://'), p.id).toBe(true);
      expect(portalForUrl(p.url)?.portal, p.id).toBe(p.portal);
      expect(existsSync(path.join(FIXTURE_DIR, p.file)), p.file).toBe(true);
      expect(existsSync(expectedPath(p)), p.file).toBe(true);
    }
  });

  it("loads each framed page from its shell's iframe at exactly the page's URL", () => {
    for (const p of FIXTURE_PAGES.filter((f) => f.frameOf)) {
      const shell = FIXTURE_PAGES.find((f) => f.id === p.frameOf);
      expect(shell, p.id).toBeDefined();
      const srcs = [...fixtureHtml(shell!).matchAll(/<iframe[^>]*\ssrc="([^"]+)"/g)].map((m) =>
        m[1]!.replace(/&amp;/g, '&'),
      );
      expect(srcs, p.id).toContain(p.url);
    }
  });

  it('holds no SSN-, MBI- or NPI-shaped values', () => {
    const mbi =
      /\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}\b/;
    for (const p of FIXTURE_PAGES) {
      const html = fixtureHtml(p);
      expect(html, p.file).not.toMatch(/\b\d{3}-\d{2}-\d{4}\b/);
      expect(html, p.file).not.toMatch(mbi);
      // Real NPIs start with 1 or 2; fixture NPIs are all zeros and claim numbers start with 7.
      expect(html, p.file).not.toMatch(/\b[12]\d{9}\b/);
    }
  });
});
