import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';
import { readPanel } from '../../scripts/lib/panel';
import { localIsoDate } from '../../utils/notes/format';
import { teachPage } from '../fixtures/teach/page';

/**
 * "Teach this page" in the production build (`npm run build`), on a page of a built-in portal host
 * that neither an adapter nor the generic reader reads right (tests/fixtures/teach/page.ts). The test
 * drives what a biller does: Pick in the side panel, a click on the page (and the keyboard-only way for
 * one field), Save; then the same page with twice the rows, export / delete / import in the options
 * page, a redesign (renamed classes, reordered and added columns) and a real structural change.
 * Nothing here stubs an extension API.
 */
const URL_ = 'https://cignaforhcp.cigna.com/app/claims/encounter/7000000401';
let server: FixtureServer;
let session: ExtensionSession;
let tab: Page;
let panel: Page;
const dir = mkdtempSync(join(tmpdir(), 'claimlens-teach-'));
const today = localIsoDate();

const serve = (html: string) => server.route(URL_, html, 'text/html; charset=utf-8');

beforeAll(async () => {
  server = await startFixtureServer();
  serve(teachPage());
  session = await launchWithExtension(server);
  tab = await session.openPortal(URL_);
  panel = await session.openSidePanelFor(tab);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const text = (testId: string) => panel.getByTestId(testId).textContent();
const lineCodes = () => panel.locator('[data-testid="line-code"]').allTextContents();

/** Pick in the panel, then click the element on the page (once teach mode is armed there). */
async function teach(part: string, selector: string, expected: string) {
  await panel.getByTestId(`pick-${part}`).click();
  await expect.poll(() => panel.getByTestId(`pick-${part}`).getAttribute('aria-pressed')).toBe('true');
  // The page is armed when hovering draws the outline (its own element, removed when teaching ends).
  await expect
    .poll(async () => {
      await tab.hover('h1'); // a mouseover needs the pointer to move onto the element
      await tab.hover(selector);
      return tab.evaluate(() => document.querySelector('claimlens-teach') !== null);
    })
    .toBe(true);
  await tab.click(selector);
  await expect.poll(() => text(`reads-${part}`), { timeout: 10_000 }).toBe(expected);
}

test('before teaching, the page is not read right (generic reader)', async () => {
  const shown = await readPanel(panel, 20_000);
  expect(shown.claimNumbers).not.toContain('TRK7000000401');
  expect(await panel.getByTestId('teach-start').textContent()).toBe('Teach this page');
});

test('Escape leaves teach mode and the portal page is exactly as it was', async () => {
  const before = await tab.evaluate(() => document.documentElement.outerHTML);
  await panel.getByTestId('teach-start').click();
  await panel.getByTestId('teach').waitFor();
  await panel.getByTestId('pick-header-claimNumber').click();
  await expect
    .poll(async () => {
      await tab.hover('#elsewhere');
      return tab.evaluate(() => document.querySelector('claimlens-teach') !== null);
    })
    .toBe(true);
  // While picking, the page's own link does not navigate: the click is the biller's pick.
  await tab.click('#elsewhere');
  expect(await tab.evaluate(() => location.hash)).toBe('');
  await tab.keyboard.press('Escape');
  await panel.getByTestId('teach').waitFor({ state: 'detached' });
  await expect.poll(() => tab.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  // No listener left behind: the link works again.
  await tab.click('#elsewhere');
  expect(await tab.evaluate(() => location.hash)).toBe('#elsewhere');
  // Escape in the panel leaves too.
  await panel.getByTestId('teach-start').click();
  await panel.getByTestId('teach').waitFor();
  await panel.keyboard.press('Escape');
  await panel.getByTestId('teach').waitFor({ state: 'detached' });
});

test('teach by clicking (one field by keyboard only): the panel reads live, and findings appear', async () => {
  await panel.getByTestId('teach-start').click();
  await panel.getByTestId('teach').waitFor();
  await panel.locator('input[name="teach-kind"][value="claim-detail"]').check();
  await teach('header-claimNumber', 'text=TRK7000000401', 'TRK7000000401');
  await teach('header-status', 'text=Denied', 'Denied');

  // Keyboard only: focus Pick, step through the page's text with ↓ until the payer, Enter uses it.
  await panel.getByTestId('pick-header-payer').focus();
  await panel.keyboard.press('Enter');
  await expect.poll(() => panel.getByTestId('pick-header-payer').getAttribute('aria-pressed')).toBe('true');
  let highlighted = '';
  for (let i = 0; i < 40 && !highlighted.includes('Summit Mutual'); i++) {
    await panel.keyboard.press('ArrowDown');
    await expect.poll(() => text('teach-highlighted')).not.toBe(highlighted);
    highlighted = (await text('teach-highlighted')) ?? '';
  }
  expect(highlighted).toBe('Highlighted on the page: “Summit Mutual”');
  await panel.keyboard.press('Enter');
  await expect.poll(() => text('reads-header-payer')).toBe('Summit Mutual');

  await teach('rows', 'tbody tr:nth-child(1) td:nth-child(1)', '2 service lines');
  await teach('line-code', 'tbody tr:nth-child(1) td:nth-child(1)', '20611, 20610');
  await teach('line-units', 'tbody tr:nth-child(1) td:nth-child(2)', '1, 1');
  await teach('line-dosFrom', 'tbody tr:nth-child(1) td:nth-child(3)', '2024-06-14, 2024-06-14');
  await teach('line-charge', 'tbody tr:nth-child(1) td:nth-child(4)', '$240.00, $230.00');
  await teach('line-codes', 'tbody tr:nth-child(1) td:nth-child(6)', 'CO-97, CO-97');
  await panel.getByTestId('teach-save').click();
  await panel.getByTestId('teach').waitFor({ state: 'detached' });
  expect(await text('status-message')).toBe(
    'Saved: ClaimLens now reads this page of cignaforhcp.cigna.com the way you taught it.',
  );
  const shown = await readPanel(panel, 15_000);
  expect(shown.kind).toBe('claim-detail');
  expect(shown.claimNumbers).toEqual(['TRK7000000401']);
  expect(await lineCodes()).toEqual(['20611', '20610']);
  expect(shown.findings.length).toBeGreaterThan(0);
}, 180_000);

test('the same page with twice the rows: every row is read', async () => {
  serve(teachPage({ rows: 4 }));
  await tab.reload();
  await expect.poll(lineCodes, { timeout: 15_000 }).toEqual(['20611', '20610', '97110', '97140']);
});

test('export, delete, import: the page reads again; a hostile file is refused and changes nothing', async () => {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html#taught-pages`);
  const row = options.locator('[data-recipe="cignaforhcp.cigna.com/app/claims/encounter/*#claim-detail"]');
  await expect
    .poll(() => row.locator('td').allTextContents())
    .toEqual([
      'cignaforhcp.cigna.com/app/claims/encounter/*',
      'Claim detail',
      today,
      today,
      expect.stringContaining('Re-teach'),
    ]);
  const download = options.waitForEvent('download');
  await options.getByTestId('export-recipes').click();
  const file = join(dir, 'taught.json');
  await (await download).saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8')).recipes).toHaveLength(1);

  await options.getByTestId('delete-recipe').click();
  await options.getByTestId('no-taught-pages').waitFor();
  await tab.reload();
  await expect
    .poll(async () => (await readPanel(panel, 15_000)).claimNumbers, { timeout: 20_000 })
    .not.toContain('TRK7000000401');

  await options.getByTestId('recipe-file').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ format: 'claimlens-recipes', version: 1, recipes: [{ script: 'alert(1)' }] }),
    ),
  });
  await expect
    .poll(() => options.getByTestId('recipe-import-result').textContent())
    .toMatch(/^This recipe file was refused, nothing changed: /);
  await options.getByTestId('no-taught-pages').waitFor();

  await options.getByTestId('recipe-file').setInputFiles(file);
  await expect
    .poll(() => options.getByTestId('recipe-import-result').textContent())
    .toBe('Imported 1 taught page.');
  await options.close();
  await tab.reload();
  await expect.poll(lineCodes, { timeout: 15_000 }).toEqual(['20611', '20610', '97110', '97140']);
  expect((await readPanel(panel)).claimNumbers).toEqual(['TRK7000000401']);
});

test('Re-teach in the options page opens the site; on a page of that kind the side panel is teaching it', async () => {
  const HOME = 'https://cignaforhcp.cigna.com/';
  server.route(
    HOME,
    `<!DOCTYPE html><html lang="en"><head><title>Portal home</title></head><body><h1>Home</h1><a id="open" href="${URL_}">Encounter 7000000401</a></body></html>`,
    'text/html; charset=utf-8',
  );
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html#taught-pages`);
  const opened = session.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(HOME) });
  await options
    .locator('[data-recipe="cignaforhcp.cigna.com/app/claims/encounter/*#claim-detail"] button', {
      hasText: 'Re-teach',
    })
    .click();
  // A taught pattern is a kind of page, not one ClaimLens could open: the site's start page opens.
  const site = await opened;
  await expect
    .poll(() => options.getByTestId('recipe-import-result').textContent())
    .toBe(
      'Opened cignaforhcp.cigna.com in a new tab. Go to a page of /app/claims/encounter/* there (sign in first if asked): the side panel starts teaching it when you arrive.',
    );
  const sitePanel = await session.openSidePanelFor(site);
  await sitePanel.locator('main[data-state]').waitFor();
  expect(await sitePanel.getByTestId('teach').count()).toBe(0); // not a page the recipe names
  await site.click('#open');
  await sitePanel.getByTestId('teach').waitFor({ timeout: 15_000 });
  expect(await sitePanel.locator('input[name="teach-kind"][value="claim-detail"]').isChecked()).toBe(true);
  await sitePanel.keyboard.press('Escape');
  await sitePanel.getByTestId('teach').waitFor({ state: 'detached' });
  await Promise.all([sitePanel.close(), site.close(), options.close()]);
});

test('a redesign (renamed classes, reordered and added columns) still reads', async () => {
  serve(teachPage({ redesign: true, rows: 3 }));
  await tab.reload();
  await expect.poll(lineCodes, { timeout: 15_000 }).toEqual(['20611', '20610', '97110']);
  expect((await readPanel(panel)).claimNumbers).toEqual(['TRK7000000401']);
});

test('a real structural change is reported as "changed since taught", with re-teach offered', async () => {
  serve(teachPage({ broken: true }));
  await tab.reload();
  await panel.locator('main[data-state="unreadable"]').waitFor({ timeout: 15_000 });
  expect(await panel.getByTestId('unreadable').textContent()).toContain(
    `This page changed since it was taught on ${today}: re-teach it.`,
  );
  expect(await text('teach-start')).toBe('Re-teach this page');
  expect(await lineCodes()).toEqual([]);
  expect(session.foreignRequests()).toEqual([]);
});
