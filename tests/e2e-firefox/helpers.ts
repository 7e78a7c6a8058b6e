import type { ElementHandle, Page } from 'puppeteer-core';
import type { FirefoxSession } from '../../scripts/lib/launch-firefox';
import { FIXTURE_PAGES } from '../fixtures/pages.ts';

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

/** Drops `files` on the options page's file input, as a biller picks them; resolves with each set's status. */
export async function importInOptions(session: FirefoxSession, files: string[]): Promise<string[]> {
  const options = await session.openExtensionPage('/options.html');
  const input = (await options.waitForSelector(
    '[data-testid=rule-files]',
  )) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(...files);
  await options.waitForSelector('[data-testid=import-reports] li[data-status]', { timeout: 60_000 });
  const statuses = await options.$$eval('[data-testid=import-reports] li[data-status]', (els) =>
    els.map((e) => e.getAttribute('data-status') ?? ''),
  );
  await options.close();
  return statuses;
}
