import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';
import { readPanel } from '../../scripts/lib/panel';
import { portalForUrl } from '../../utils/portals/hosts';

/**
 * "Read this site" in the production build (`npm run build`, as shipped), on a host no adapter knows,
 * served on a real-looking hostname by the fixture server (host-resolver rules, like every e2e test):
 *
 *  1. the side panel cannot see the tab's address until the toolbar button is clicked on it (activeTab);
 *  2. the click is made with CDP `Extensions.triggerAction`, which runs the extension's toolbar action
 *     on that tab as a user's click does (our action.onClicked opens the panel and activeTab is granted);
 *  3. the panel then offers "Read this site"; the user's grant of the host is made where a biller can
 *     make it without a dialog, on chrome://extensions (the developerPrivate.addHostPermission call
 *     behind the extension's site-access settings), because a permission prompt cannot be clicked in
 *     headless Chromium. The panel's own click still runs our real code: permissions.request (which
 *     Chrome answers "granted" at once, the user having granted that site), then registration of the
 *     content script (scripting) and reading the open tab;
 *  4. another page of the site is read by the registered script, and after a browser restart with the
 *     same profile the site is still read, with no further grant.
 * Nothing here stubs an extension API.
 */
const HOST = 'provider.summit-health.example';
const DETAIL = `https://${HOST}/claims/detail?claim=7000000301`;
const STATUS = `https://${HOST}/claims/status`;
const page = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'user-portal', name));

let server: FixtureServer;
let session: ExtensionSession;
const profile = mkdtempSync(join(tmpdir(), 'claimlens-user-portal-'));
const sessions: ExtensionSession[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(DETAIL, page('claim-detail.html'), 'text/html; charset=utf-8');
  server.route(STATUS, page('claim-status.html'), 'text/html; charset=utf-8');
  session = await launchWithExtension(server, { profileDir: profile });
  sessions.push(session);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** Opens a tab through the extension (the panel needs its id; the address is hidden from tabs.query). */
async function openTab(s: ExtensionSession, url: string): Promise<{ tab: Page; tabId: number }> {
  const opened = s.context.waitForEvent('page');
  const tabId = await s.worker.evaluate(async (u) => (await chrome.tabs.create({ url: u })).id ?? -1, url);
  const tab = await opened;
  await tab.waitForLoadState();
  return { tab, tabId };
}

const openPanel = async (s: ExtensionSession, tabId: number) => {
  const panel = await s.context.newPage();
  await panel.goto(`chrome-extension://${s.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
};

/** The toolbar button clicked on that tab, as Chrome runs it for a user (on the tab in front). */
async function clickToolbarButton(s: ExtensionSession, tab: Page, url: string): Promise<void> {
  await tab.bringToFront();
  const browser = s.context.browser();
  if (!browser) throw new Error('no browser handle for CDP');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const target = targetInfos.find((t) => t.url === url);
  if (!target) throw new Error(`no tab target for ${url}`);
  await cdp.send('Extensions.triggerAction', { id: s.extensionId, targetId: target.targetId });
  await cdp.detach();
}

test('the host is not a portal ClaimLens knows', () => {
  expect(portalForUrl(DETAIL)).toBeNull();
});

test('before the toolbar click the panel cannot see the address, and says what to do', async () => {
  const { tab, tabId } = await openTab(session, DETAIL);
  const panel = await openPanel(session, tabId);
  await expect
    .poll(() => panel.getByTestId('empty-reason').textContent(), { timeout: 10_000 })
    .toContain('click the toolbar button on it first');
  expect(await panel.getByTestId('read-this-site').count()).toBe(0);
  await panel.close();
  await tab.close();
});

test('toolbar click, grant, "Read this site": the open page is read and shown', async () => {
  const { tab, tabId } = await openTab(session, DETAIL);
  const panel = await openPanel(session, tabId);
  await clickToolbarButton(session, tab, DETAIL);
  await panel.getByTestId('read-this-site').waitFor({ timeout: 10_000 });
  expect(await panel.getByTestId('host-name').textContent()).toBe(HOST);

  // The biller allows the site (chrome://extensions, site access): the one step a prompt would take.
  const settings = await session.context.newPage();
  await settings.goto(`chrome://extensions/?id=${session.extensionId}`);
  await settings.evaluate(
    ([id, pattern]) =>
      (
        globalThis as unknown as {
          chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };
        }
      ).chrome.developerPrivate.addHostPermission(id as string, pattern as string),
    [session.extensionId, `https://${HOST}/*`],
  );
  await settings.close();

  await panel.getByTestId('read-this-site').click();
  await expect
    .poll(() => panel.getByTestId('status-message').textContent(), { timeout: 10_000 })
    .toBe(`ClaimLens now reads ${HOST}.`);
  const shown = await readPanel(panel, 15_000);
  expect(shown.kind).toBe('claim-detail');
  expect(shown.claimNumbers).toEqual(['7000000301']);
  expect(await panel.getByTestId('portal').textContent()).toBe('Generic reader');
  const registered = await session.worker.evaluate(() =>
    chrome.scripting.getRegisteredContentScripts().then((s) => s.map((x) => [x.id, x.matches])),
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

test('after a browser restart with the same profile, the site is still read', async () => {
  expect(session.foreignRequests()).toEqual([]);
  await session.close();
  session = await launchWithExtension(server, { profileDir: profile });
  sessions.push(session);
  const { tab, tabId } = await openTab(session, DETAIL);
  const panel = await openPanel(session, tabId);
  const shown = await readPanel(panel, 20_000);
  expect(shown.kind).toBe('claim-detail');
  expect(shown.claimNumbers).toEqual(['7000000301']);
  await panel.close();
  await tab.close();
});

test('no extension context requested any host but the fixture server', () => {
  for (const s of sessions) expect(s.foreignRequests()).toEqual([]);
});
