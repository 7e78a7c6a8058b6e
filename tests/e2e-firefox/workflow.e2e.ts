import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sampleCmsFiles } from '../../scripts/lib/demo-data';
import { sidebarState, sidebarText } from '../../scripts/lib/firefox-chrome';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type FirefoxSession, launchFirefoxWithAddon } from '../../scripts/lib/launch-firefox';
import { readPanel } from '../../scripts/lib/panel';
import { fixture, importInOptions, text, value } from './helpers';

// A biller's day in real Firefox (the production MV2 build, installed as an add-on): the Availity
// claim in its app frame read into the sidebar's page, CMS files imported in the options page, the
// panel already open re-checked by that import (and by a delete), Firefox's own sidebar following the
// tab in front, the note copied, and no request from any context to any host but the portals.
let server: FixtureServer;
let session: FirefoxSession;
let openPanel: Page;
const shell = fixture('availity-shell-claim-detail');
const ptpFinding = async (panel: Page) =>
  (await readPanel(panel)).findings.filter((f) => f.rule === 'ptp').map((f) => `${f.severity}:${f.lines}`);

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchFirefoxWithAddon(server);
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test('the Availity claim in its app frame is read; before any import the NCCI check says "could not check"', async () => {
  const portal = await session.openPortal(shell.url);
  openPanel = await session.openSidePanelFor(portal);
  await expect
    .poll(() => text(openPanel, '[data-testid=claim-number]'), { timeout: 20_000 })
    .toBe('7000000001');
  const shown = await readPanel(openPanel);
  expect(shown.kind).toBe('claim-detail');
  expect(shown.findings.map((f) => `${f.rule}:${f.severity}`)).toContain('ptp:could-not-check');
});

test('CMS files picked in the options page are imported into IndexedDB and listed with their vintage', async () => {
  const statuses = await importInOptions(session, sampleCmsFiles());
  expect(statuses.length).toBeGreaterThanOrEqual(5);
  expect(statuses.every((s) => s === 'imported')).toBe(true);
  const options = await session.openExtensionPage('/options.html');
  await expect
    .poll(() => text(options, 'tr[data-dataset=ptp]'), { timeout: 10_000 })
    .toContain('NCCI PTP practitioner v30.1');
  await options.close();
});

test('the panel that was already open is re-checked by the import, without a reload', async () => {
  await expect.poll(() => ptpFinding(openPanel), { timeout: 15_000 }).toEqual(['error:1,2']);
});

test("Firefox's own sidebar follows the tab in front: the Availity claim, then an Office Ally form", async () => {
  // Firefox opened the sidebar when the add-on was installed; it serves whichever tab is in front.
  expect(await sidebarState(session.browser)).toEqual({
    open: true,
    url: `${session.origin}/sidepanel.html`,
  });
  const availity = await session.openPortal(shell.url);
  await availity.bringToFront();
  // Words the panel shows (its accessibility tree): the claim, and a finding on its bundled line.
  await expect
    .poll(() => sidebarText(session.browser), { timeout: 20_000 })
    .toMatch(/7000000001.*Line 2 · 20610/);
  const officeAlly = await session.openPortal(fixture('office-ally-shell-entry').url);
  await officeAlly.bringToFront();
  await expect.poll(() => sidebarText(session.browser), { timeout: 20_000 }).toMatch(/Office Ally/);
  expect(await sidebarText(session.browser)).not.toContain('7000000001');
  await officeAlly.close();
  await availity.close();
});

test('the denied claim shows the NCCI pair and CO-97 explained; the copied note is the one shown', async () => {
  const portal = await session.openPortal(shell.url);
  const panel = await session.openSidePanelFor(portal);
  await expect.poll(() => ptpFinding(panel), { timeout: 20_000 }).toEqual(['error:1,2']);
  // The CO-97 card carries the NCCI pair behind it and one next step; the summary line names it.
  await expect(text(panel, 'li.item[data-finding-rule=denial][data-lines="2"]')).resolves.toMatch(/59|XS/);
  await expect(text(panel, '[data-testid=summary]')).resolves.toContain('CO-97');

  await panel.bringToFront();
  await panel.click('[data-testid=copy-note]');
  await expect.poll(() => text(panel, '[data-testid=note-status]')).toMatch(/[Cc]opied/);
  await portal.bringToFront();
  const clipboard = await portal.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toContain('claim 7000000001');
  expect(clipboard).toContain('CO-97');
  expect(clipboard).toBe(await value(panel, '[data-testid=note-preview]'));
  await panel.close();
  await portal.close();
});

test('deleting the NCCI data set re-checks the open panel: the pair is "could not check" again', async () => {
  const panel = await session.openSidePanelFor(await session.openPortal(shell.url));
  await expect.poll(() => ptpFinding(panel), { timeout: 20_000 }).toEqual(['error:1,2']);
  const options = await session.openExtensionPage('/options.html');
  const remove = await options.waitForSelector('tr[data-dataset=ptp] button[aria-label^="Delete"]');
  await remove?.click();
  // Deleting asks first.
  const yes = await options.waitForSelector('tr[data-dataset=ptp] [data-testid=confirm-delete-yes]');
  await yes?.click();
  await expect.poll(() => options.$$('tr[data-dataset=ptp]').then((rows) => rows.length)).toBe(0);
  await options.close();
  await expect.poll(() => ptpFinding(panel), { timeout: 15_000 }).toEqual(['could-not-check:']);
});

test('egress watch: no context (pages, background, options, import worker) asked for any other host', () => {
  expect(session.asked).toContain('essentials.availity.com');
  expect(session.foreignHosts()).toEqual([]);
});
