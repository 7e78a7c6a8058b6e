import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';
import { FIXTURE_PAGES } from '../fixtures/pages.ts';

// The vertical slice: an Availity claim (inside the shell's iframe, painted late) read by the
// content script on the real hostname, kept by the background for the tab, shown in the side panel.
let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(server);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test('the side panel shows the claim and lines read from the Availity app frame', async () => {
  const shell = FIXTURE_PAGES.find((p) => p.id === 'availity-shell-claim-detail')!;
  const portal = await session.openPortal(shell.url);
  const panel = await session.openSidePanelFor(portal);

  await expect
    .poll(() => panel.locator('[data-testid=claim-number]').allTextContents(), { timeout: 10_000 })
    .toEqual(['7000000001']);
  expect(await panel.locator('[data-testid=line-code]').allTextContents()).toEqual(['20611', '20610']);
  expect(await panel.locator('[data-testid=line-modifiers]').allTextContents()).toEqual(['RT', 'RT']);
  expect(await panel.locator('[data-testid=kind]').textContent()).toBe('Claim detail');
  expect(server.seen.some((u) => u.startsWith('https://essentials.availity.com/static/web/post/cs/'))).toBe(
    true,
  );
});

test('no extension context requested any host but the fixture server', () => {
  expect(session.requests.length).toBeGreaterThan(0);
  expect(session.foreignRequests()).toEqual([]);
});

test('the request watcher sees what the service worker fetches (so the check above can fail)', async () => {
  await session.worker.evaluate(() => fetch('https://www.cms.gov/watcher-self-test').catch(() => undefined));
  await expect
    .poll(() => session.foreignRequests(), { timeout: 5_000 })
    .toContain('https://www.cms.gov/watcher-self-test');
  expect(session.foreignRequests(['www.cms.gov'])).toEqual([]);
});
