import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickToolbarButton, evaluateInChrome } from '../../scripts/lib/firefox-chrome';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import {
  type FirefoxSession,
  launchFirefoxWithAddon,
  waitForDocument,
} from '../../scripts/lib/launch-firefox';
import { readPanel } from '../../scripts/lib/panel';
import { portalForUrl } from '../../utils/portals/hosts';
import { text } from './helpers';

/**
 * "Read this site" in real Firefox, the production MV2 build installed into a profile as a biller's
 * add-on is (not a temporary one: it must survive a browser restart), on a host no adapter knows:
 *
 *  1. the panel cannot see the tab's address until the toolbar button is clicked on it (activeTab);
 *  2. the click is the toolbar button's own command, run in Firefox's window (firefox-chrome.ts);
 *  3. the user's grant of the host is made where a biller can make it without a prompt (the add-on's
 *     Permissions tab in about:addons, ExtensionPermissions.add), because a permission prompt cannot
 *     be clicked over WebDriver BiDi; the panel's own click still runs our real code:
 *     permissions.request (granted: the user allowed the site), registration (scripting), reading;
 *  4. another page of the site is read by the registered script, and after Firefox is closed and
 *     started again with the same profile the site is still read, with no further grant.
 * Nothing here stubs an extension API.
 */
const ADDON_ID = 'claimlens@example.org';
const HOST = 'provider.summit-health.example';
const DETAIL = `https://${HOST}/claims/detail?claim=7000000301`;
const STATUS = `https://${HOST}/claims/status`;
const page = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'user-portal', name));

let server: FixtureServer;
let session: FirefoxSession;
const profile = mkdtempSync(join(tmpdir(), 'claimlens-ff-user-portal-'));
const asked: string[][] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(DETAIL, page('claim-detail.html'), 'text/html; charset=utf-8');
  server.route(STATUS, page('claim-status.html'), 'text/html; charset=utf-8');
  session = await launchFirefoxWithAddon(server, { profileDir: profile, addon: 'permanent' });
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(`${profile}.xpi`, { force: true });
});

/** Opens a tab through the add-on (the panel needs its id; the address is hidden from tabs.query). */
async function openTab(s: FirefoxSession, url: string): Promise<{ tab: Page; tabId: number }> {
  const helper = await s.openExtensionPage('/options.html');
  const tabId = await helper.evaluate(
    async (u: string) =>
      (await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.create({ url: u })).id ?? -1,
    url,
  );
  await helper.close();
  let tab: Page | undefined;
  for (let i = 0; i < 100 && !tab; i++) {
    tab = (await s.browser.pages()).find((p) => p.url() === url);
    if (!tab) await new Promise((r) => setTimeout(r, 100));
  }
  if (!tab) throw new Error(`no tab showing ${url}`);
  await waitForDocument(tab, url);
  return { tab, tabId };
}

const openPanel = (s: FirefoxSession, tabId: number) => s.openExtensionPage(`/sidepanel.html?tabId=${tabId}`);

test('the host is not a portal ClaimLens knows', () => {
  expect(portalForUrl(DETAIL)).toBeNull();
});

test('before the toolbar click the panel cannot see the address, and says what to do', async () => {
  const { tab, tabId } = await openTab(session, DETAIL);
  const panel = await openPanel(session, tabId);
  await expect
    .poll(() => text(panel, '[data-testid=empty-reason]'), { timeout: 10_000 })
    .toContain('click the toolbar button on it first');
  expect(await panel.$('[data-testid=read-this-site]')).toBeNull();
  await panel.close();
  await tab.close();
});

test('toolbar click, grant, "Read this site": the open page is read and shown', async () => {
  const { tab, tabId } = await openTab(session, DETAIL);
  const panel = await openPanel(session, tabId);
  await tab.bringToFront();
  await clickToolbarButton(session.browser, ADDON_ID);
  await panel.waitForSelector('[data-testid=read-this-site]', { timeout: 10_000 });
  expect(await text(panel, '[data-testid=host-name]')).toBe(HOST);

  // The biller allows the site (about:addons → ClaimLens → Permissions): the step a prompt would take.
  await evaluateInChrome<null>(
    session.browser,
    `(async () => {
      const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const policy = WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)});
      await ExtensionPermissions.add(${JSON.stringify(ADDON_ID)}, { permissions: [], origins: [${JSON.stringify(`https://${HOST}/*`)}] }, policy.extension);
      return 'null';
    })()`,
  );

  await panel.bringToFront();
  await panel.click('[data-testid=read-this-site]');
  await expect
    .poll(() => text(panel, '[data-testid=status-message]'), { timeout: 10_000 })
    .toBe(`ClaimLens now reads ${HOST}.`);
  const shown = await readPanel(panel, 15_000);
  expect(shown.kind).toBe('claim-detail');
  expect(shown.claimNumbers).toEqual(['7000000301']);
  expect(await text(panel, '[data-testid=portal]')).toBe('Generic reader');
  const registered = await panel.evaluate(async () =>
    (
      await (
        globalThis as unknown as { browser: typeof chrome }
      ).browser.scripting.getRegisteredContentScripts()
    ).map((x) => [x.id, x.matches]),
  );
  expect(registered).toEqual([['claimlens-user-portals', [`https://${HOST}/*`]]]);
  await panel.close();
  await tab.close();
});

test('another page of the site is read by the registered content script', async () => {
  const { tab, tabId } = await openTab(session, STATUS);
  const panel = await openPanel(session, tabId);
  const shown = await readPanel(panel, 15_000);
  expect(shown.kind).toBe('claim-status');
  expect([...shown.claimNumbers].sort()).toEqual(['7000000302', '7000000303']);
  await panel.close();
  await tab.close();
});

test('after Firefox is closed and started again with the same profile, the site is still read', async () => {
  asked.push(session.foreignHosts());
  await session.close();
  session = await launchFirefoxWithAddon(server, { profileDir: profile, addon: 'installed' });
  const { tab, tabId } = await openTab(session, DETAIL);
  const panel = await openPanel(session, tabId);
  const shown = await readPanel(panel, 20_000);
  expect(shown.kind).toBe('claim-detail');
  expect(shown.claimNumbers).toEqual(['7000000301']);
  await panel.close();
  await tab.close();
}, 120_000);

test('no context asked for any host but the fixture portals', () => {
  asked.push(session.foreignHosts());
  expect(asked).toEqual([[], []]);
});
