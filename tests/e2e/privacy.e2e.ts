import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';
import { FIXTURE_PAGES } from '../fixtures/pages.ts';

// "Delete all patient data" on the options page: notes and dismissals on disk, and what ClaimLens
// keeps in memory about open portal tabs (their readings, and which claims' findings were counted).
let server: FixtureServer;
let session: ExtensionSession;
const shell = FIXTURE_PAGES.find((p) => p.id === 'availity-shell-claim-detail')!;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(server);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The keys in session storage that hold page data: per-tab readings and the counted-findings list. */
const pageDataKeys = () =>
  session.worker.evaluate(async () =>
    Object.keys(await chrome.storage.session.get(null))
      .filter((k) => k.startsWith('tab:') || k === 'stats:seen')
      .sort(),
  );

test('"Delete all patient data" also clears what was read on open portal tabs, and says so', async () => {
  const portal = await session.openPortal(shell.url);
  const tabId = await session.tabIdOf(portal);
  await expect.poll(pageDataKeys, { timeout: 15_000 }).toEqual(['stats:seen', `tab:${tabId}`]);

  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByRole('button', { name: 'Delete all patient data…' }).click();
  await options.getByRole('button', { name: 'Yes, delete everything' }).click();
  const section = options.locator('section', {
    has: options.getByRole('heading', { name: 'Delete all patient data' }),
  });
  await expect
    .poll(() => section.locator('[role=status]').textContent(), { timeout: 10_000 })
    .toMatch(/what ClaimLens had read on 1 open portal tab/);
  expect(await pageDataKeys()).toEqual([]);

  // The tab is still open: the side panel no longer shows its claim until the page is read again.
  const panel = await session.openSidePanelFor(portal);
  await panel.waitForTimeout(1500);
  expect(await panel.locator('[data-claim-number]').count()).toBe(0);
  expect(session.foreignRequests()).toEqual([]);
});
