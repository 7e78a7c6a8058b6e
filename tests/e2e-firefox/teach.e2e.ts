import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hideSidebar, sidebarState, sidebarText } from '../../scripts/lib/firefox-chrome';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type FirefoxSession, launchFirefoxWithAddon } from '../../scripts/lib/launch-firefox';
import { readPanel } from '../../scripts/lib/panel';
import { localIsoDate } from '../../utils/notes/format';
import { claimListPage } from '../fixtures/teach/claim-list';
import { teachPage } from '../fixtures/teach/page';
import { text } from './helpers';

/**
 * "Teach this page" in real Firefox, the production MV2 build installed as an add-on, on the page
 * neither an adapter nor the generic reader reads right (tests/fixtures/teach/page.ts, the Chromium
 * suite's page): Pick in the sidebar's page, a click on the portal page, Save; then the page read
 * again after a reload, with twice the rows; a real structural change reported as "changed since
 * taught"; and no request to any host but the portal. Nothing here stubs an extension API.
 */
const URL_ = 'https://cignaforhcp.cigna.com/app/claims/encounter/7000000401';
let server: FixtureServer;
let session: FirefoxSession;
let tab: Page;
let panel: Page;
const today = localIsoDate();

const serve = (html: string) => server.route(URL_, html, 'text/html; charset=utf-8');
const lineCodes = () =>
  panel.$$eval('[data-testid="line-code"]', (els) => els.map((e) => e.textContent ?? ''));
const pressed = (part: string) =>
  panel.$eval(`[data-testid="pick-${part}"]`, (e) => e.getAttribute('aria-pressed')).catch(() => null);

beforeAll(async () => {
  server = await startFixtureServer();
  serve(teachPage());
  session = await launchFirefoxWithAddon(server);
  tab = await session.openPortal(URL_);
  panel = await session.openSidePanelFor(tab);
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/**
 * A real click on a panel button. The page's sticky note bar covers the bottom of a short window:
 * the button is scrolled to the middle first, as a biller would scroll to it (puppeteer clicks where
 * the element is, whatever covers it).
 */
async function press(selector: string) {
  await panel.bringToFront();
  await panel.$eval(selector, (e) => e.scrollIntoView({ block: 'center' }));
  await panel.click(selector);
}

/** Pick in the panel, then click the element on the page (once teach mode is armed there). */
async function teach(part: string, selector: string, expected: string) {
  await press(`[data-testid="pick-${part}"]`);
  await expect.poll(() => pressed(part)).toBe('true');
  // The biller sees both at once (the sidebar beside the page); here they are two tabs, and Firefox
  // holds back a tab that is not in front.
  await tab.bringToFront();
  // The page is armed when hovering draws the outline (its own element, removed when teaching ends).
  await expect
    .poll(
      async () => {
        await tab.hover('h1'); // a mouseover needs the pointer to move onto the element
        await tab.hover(selector);
        return tab.evaluate(() => document.querySelector('claimlens-teach') !== null);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  await tab.click(selector);
  await expect.poll(() => text(panel, `[data-testid="reads-${part}"]`), { timeout: 15_000 }).toBe(expected);
}

test('before teaching, the page is not read right, and "Teach this page" is offered', async () => {
  const shown = await readPanel(panel, 20_000);
  expect(shown.claimNumbers).not.toContain('TRK7000000401');
  expect(await text(panel, '[data-testid=teach-start]')).toBe('Teach this page');
});

test('Escape on the page leaves teach mode, and the portal page is exactly as it was', async () => {
  const before = await tab.evaluate(() => document.documentElement.outerHTML);
  await press('[data-testid=teach-start]');
  await panel.waitForSelector('[data-testid=teach]', { timeout: 10_000 });
  await press('[data-testid="pick-header-claimNumber"]');
  await tab.bringToFront();
  await expect
    .poll(async () => {
      await tab.hover('h1');
      await tab.hover('#elsewhere');
      return tab.evaluate(() => document.querySelector('claimlens-teach') !== null);
    })
    .toBe(true);
  await tab.keyboard.press('Escape');
  await panel.waitForSelector('[data-testid=teach]', { hidden: true, timeout: 10_000 });
  await expect.poll(() => tab.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  // No listener left behind: the page's own link works again.
  await tab.click('#elsewhere');
  expect(await tab.evaluate(() => location.hash)).toBe('#elsewhere');
});

test('teach by clicking in Firefox: the sidebar reads live, Save, and the page is read as taught', async () => {
  await press('[data-testid=teach-start]');
  await panel.waitForSelector('[data-testid=teach]', { timeout: 10_000 });
  await panel.click('input[name="teach-kind"][value="claim-detail"]');
  await teach('header-claimNumber', '.x9f-p:nth-child(1) .x9f-v', 'TRK7000000401');
  await teach('header-status', '.x9f-p:nth-child(2) .x9f-v', 'Denied');
  await teach('rows', 'tbody tr:nth-child(1) td:nth-child(1)', '2 service lines');
  await teach('line-code', 'tbody tr:nth-child(1) td:nth-child(1)', '20611, 20610');
  await teach('line-units', 'tbody tr:nth-child(1) td:nth-child(2)', '1, 1');
  await teach('line-dosFrom', 'tbody tr:nth-child(1) td:nth-child(3)', '2024-06-14, 2024-06-14');
  await teach('line-charge', 'tbody tr:nth-child(1) td:nth-child(4)', '$240.00, $230.00');
  await press('[data-testid=teach-save]');
  await panel.waitForSelector('[data-testid=teach]', { hidden: true, timeout: 10_000 });
  expect(await text(panel, '[data-testid=status-message]')).toBe(
    'Saved: ClaimLens now reads this page of cignaforhcp.cigna.com the way you taught it.',
  );
  // Leaving teach mode left nothing of it on the page.
  expect(await tab.evaluate(() => document.querySelector('claimlens-teach'))).toBeNull();
  const shown = await readPanel(panel, 15_000);
  expect(shown.kind).toBe('claim-detail');
  expect(shown.claimNumbers).toEqual(['TRK7000000401']);
  expect(await lineCodes()).toEqual(['20611', '20610']);
  expect(shown.findings.length).toBeGreaterThan(0);
}, 180_000);

test('after a reload with twice the rows, the recipe reads every row', async () => {
  serve(teachPage({ rows: 4 }));
  await tab.reload();
  await expect.poll(lineCodes, { timeout: 20_000 }).toEqual(['20611', '20610', '97110', '97140']);
  expect((await readPanel(panel, 15_000)).claimNumbers).toEqual(['TRK7000000401']);
});

test('the options page lists the taught page with today as taught and last read', async () => {
  const options = await session.openExtensionPage('/options.html#taught-pages');
  const row = '[data-recipe="cignaforhcp.cigna.com/app/claims/encounter/*#claim-detail"]';
  await expect
    .poll(() => options.$$eval(`${row} td`, (tds) => tds.slice(0, 4).map((t) => t.textContent)), {
      timeout: 10_000,
    })
    .toEqual(['cignaforhcp.cigna.com/app/claims/encounter/*', 'Claim detail', today, today]);
  await options.close();
});

test("Re-teach in the options page opens Firefox's sidebar and the site; on a page of that kind the sidebar is teaching it", async () => {
  const HOME = 'https://cignaforhcp.cigna.com/';
  server.route(
    HOME,
    `<!DOCTYPE html><html lang="en"><head><title>Portal home</title></head><body><h1>Home</h1><a id="open" href="${URL_}">Encounter 7000000401</a></body></html>`,
    'text/html; charset=utf-8',
  );
  await hideSidebar(session.browser);
  expect((await sidebarState(session.browser)).open).toBe(false);
  const options = await session.openExtensionPage('/options.html#taught-pages');
  const button = '[data-recipe="cignaforhcp.cigna.com/app/claims/encounter/*#claim-detail"] button';
  await options.waitForSelector(button, { timeout: 10_000 });
  await options.$eval(button, (e) => e.scrollIntoView({ block: 'center' }));
  await options.click(button); // Re-teach: a click Firefox sees, so the sidebar may open
  await expect
    .poll(() => text(options, '[data-testid=recipe-import-result]'), { timeout: 10_000 })
    .toBe(
      'Opened cignaforhcp.cigna.com in a new tab. Go to a page of /app/claims/encounter/* there (sign in first if asked): the side panel starts teaching it when you arrive.',
    );
  expect(await sidebarState(session.browser)).toEqual({
    open: true,
    url: `${session.origin}/sidepanel.html`,
  });
  let site: Page | undefined;
  await expect
    .poll(async () => {
      site = (await session.browser.pages()).find((p) => p.url() === HOME);
      return site !== undefined;
    })
    .toBe(true);
  await site!.bringToFront();
  await site!.click('#open');
  // The sidebar, following the tab in front, is teaching the page (the words its accessibility tree shows).
  await expect
    .poll(() => sidebarText(session.browser), { timeout: 20_000 })
    .toContain('Nothing is kept until you save; Escape leaves.');
  await site!.keyboard.press('Escape');
  await expect
    .poll(() => sidebarText(session.browser), { timeout: 10_000 })
    .not.toContain('Leave without saving');
  await site!.close();
  await options.close();
});

test('a real structural change is reported as "changed since taught", with re-teach offered', async () => {
  serve(teachPage({ broken: true }));
  await tab.reload();
  await panel.waitForSelector('main[data-state="unreadable"]', { timeout: 20_000 });
  expect(await text(panel, '[data-testid=unreadable]')).toContain(
    `This page changed since it was taught on ${today}: re-teach it.`,
  );
  expect(await text(panel, '[data-testid=teach-start]')).toBe('Re-teach this page');
  expect(await lineCodes()).toEqual([]);
});

test('a claim-status list is taught by one claim row; every claim is read, and after a reload with more', async () => {
  const LIST = 'https://cignaforhcp.cigna.com/app/claims/search/results';
  server.route(LIST, claimListPage(), 'text/html; charset=utf-8');
  await tab.goto(LIST);
  await expect.poll(() => text(panel, '[data-testid=teach-start]'), { timeout: 20_000 }).not.toBeNull();
  expect((await readPanel(panel, 15_000)).claimNumbers).not.toContain('TRK7000000501'); // not read before
  await press('[data-testid=teach-start]');
  await panel.waitForSelector('[data-testid=teach]', { timeout: 10_000 });
  await panel.click('input[name="teach-kind"][value="claim-status"]');
  await teach('rows', 'tbody tr:nth-child(1) td:nth-child(1)', '3 claims');
  await teach(
    'line-claimNumber',
    'tbody tr:nth-child(1) td:nth-child(1)',
    'TRK7000000501, TRK7000000502, TRK7000000503',
  );
  await teach('line-status', 'tbody tr:nth-child(1) td:nth-child(2)', 'Denied, Paid, In process');
  await teach('line-charge', 'tbody tr:nth-child(1) td:nth-child(4)', '$300.00, $325.00, $350.00');
  await press('[data-testid=teach-save]');
  await panel.waitForSelector('[data-testid=teach]', { hidden: true, timeout: 10_000 });
  const claims = async () => [...(await readPanel(panel, 15_000)).claimNumbers].sort();
  await expect.poll(claims, { timeout: 20_000 }).toEqual(['TRK7000000501', 'TRK7000000502', 'TRK7000000503']);
  expect((await readPanel(panel)).kind).toBe('claim-status');
  server.route(LIST, claimListPage({ rows: 6, redesign: true }), 'text/html; charset=utf-8');
  await tab.reload();
  await expect.poll(async () => (await claims()).length, { timeout: 20_000 }).toBe(6);
}, 120_000);

test('no context asked for any host but the fixture portals', () => {
  expect(session.foreignHosts()).toEqual([]);
});
