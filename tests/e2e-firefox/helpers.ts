import type { Page } from 'puppeteer-core';
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

/** Drops `files` on the options page's file input, as a biller picks them (shared with the demo). */
export { importThroughFirefoxOptions as importInOptions } from '../../scripts/lib/demo-data';
