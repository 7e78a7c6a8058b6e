import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';
import { BIG_RESULTS_URL, claimStatus2000 } from '../../scripts/lib/load-pages';

// Per-tab state lives in session storage, which holds 10 MB for all tabs together. When a page's
// reading does not fit, the side panel must say so (not show an older reading), and once there is
// room again, Re-read brings the page back.
let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(BIG_RESULTS_URL, claimStatus2000(), 'text/html');
  session = await launchWithExtension(server);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test('a 2,000-claim page that does not fit in session storage is reported, and Re-read recovers it', async () => {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  // Other tabs' readings have filled session storage to ~9.4 of its 10 MB.
  await options.evaluate(() => chrome.storage.session.set({ filler: 'x'.repeat(9_400_000) }));

  const portal = await session.openPortal(BIG_RESULTS_URL);
  const panel = await session.openSidePanelFor(portal);
  await expect
    .poll(() => panel.getByTestId('problem').textContent(), { timeout: 15_000 })
    .toMatch(/^ClaimLens could not keep what it read on this page \(.+\)\. Close portal tabs/);
  expect(await panel.locator('[data-claim-number]').count()).toBe(0);

  // Room again, and Re-read pressed in the same breath: the content script's own resends (1 s, 3 s,
  // 9 s after a failed write) could otherwise land first on a slow machine and take the button away.
  await panel.getByTestId('reread').waitFor();
  await panel.evaluate(async () => {
    await chrome.storage.session.remove('filler');
    (document.querySelector('[data-testid=reread]') as HTMLButtonElement).click();
  });
  // 2,000 paid claims: nothing to do, one collapsed group (its first rows drawn, the rest on request).
  const group = panel.locator('.claim-group .group-toggle');
  await group.waitFor({ timeout: 15_000 });
  await expect(group.textContent()).resolves.toBe('Nothing to do (2000)');
  await group.click();
  await expect(panel.getByTestId('show-all-claims').textContent()).resolves.toBe('Show all 2000');
  expect(await panel.getByTestId('problem').count()).toBe(0);
});

test('no extension context requested any host but the fixture server', () => {
  expect(session.foreignRequests()).toEqual([]);
});
