import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { FIXTURE_PAGES, type FixturePage } from '../../../tests/fixtures/pages';

/** Test-only helpers (never imported by the content script). */
export const FIXTURE_DIR = path.join(import.meta.dirname, '../../../tests/fixtures/pages');

export const fixtureHtml = (page: FixturePage): string =>
  readFileSync(path.join(FIXTURE_DIR, page.file), 'utf8');

export const expectedPath = (page: FixturePage): string =>
  path.join(FIXTURE_DIR, page.file.replace(/\.html$/, '.expected.json'));

export const fixture = (id: string): FixturePage => {
  const page = FIXTURE_PAGES.find((p) => p.id === id);
  if (!page) throw new Error(`no fixture ${id}`);
  return page;
};

/**
 * Load HTML in happy-dom as if served at url, run its inline scripts (late painting), and wait until
 * its timers are done. Iframes are not loaded: each frame is its own fixture.
 */
export async function loadPage(html: string, url: string, scripts = true): Promise<Window> {
  const window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: scripts,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableIframePageLoading: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  window.document.write(html);
  await window.happyDOM.waitUntilComplete();
  return window;
}
