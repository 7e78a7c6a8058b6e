import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { FirefoxSession } from '../../scripts/lib/launch-firefox';
import { type PanelReport, readPanel } from '../../scripts/lib/panel';
import { expectedInPanel, FIXTURE_PAGES, type FixturePage } from '../fixtures/pages.ts';

/** Shared by the Firefox e2e files (not a test file itself). */
export const fixture = (id: string) => {
  const page = FIXTURE_PAGES.find((p) => p.id === id);
  if (!page) throw new Error(`no fixture page ${id}`);
  return page;
};

export const text = (page: Page, selector: string) =>
  page.$eval(selector, (e) => e.textContent ?? '').catch(() => null);

/** What a form field holds (the note is an editable textarea). */
export const value = (page: Page, selector: string) =>
  page.$eval(selector, (e) => (e as HTMLTextAreaElement).value).catch(() => null);

/** Drops `files` on the options page's file input, as a biller picks them (shared with the demo). */
export { importThroughFirefoxOptions as importInOptions } from '../../scripts/lib/demo-data';

/**
 * Opens a fixture portal page and the sidebar's page for its tab, and waits until the panel shows the
 * page's kind and claims; returns what it shows. The page's reading can land after the panel first
 * draws this kind (a shell's frame is read late): it reads until the claims shown settle.
 */
export async function readIntoSidebar(session: FirefoxSession, page: FixturePage): Promise<PanelReport> {
  const { kind, claimNumbers } = expectedInPanel(page);
  const portal = await session.openPortal(page.url);
  const panel = await session.openSidePanelFor(portal);
  try {
    await panel.waitForSelector(`main[data-state="read"][data-kind="${kind}"]`, { timeout: 20_000 });
    await expect
      .poll(async () => [...(await readPanel(panel)).claimNumbers].sort(), { timeout: 20_000 })
      .toEqual([...claimNumbers].sort());
    const shown = await readPanel(panel);
    expect(shown.kind).toBe(kind);
    return shown;
  } finally {
    await panel.close();
    await portal.close();
  }
}
