import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type FirefoxSession, launchFirefoxWithAddon } from '../../scripts/lib/launch-firefox';
import { readPanel } from '../../scripts/lib/panel';
import { expectedInPanel, FIXTURE_PAGES } from '../fixtures/pages.ts';

// Every fixture portal page on its real hostname in Firefox (shells load their app in an iframe): the
// add-on's content-script matches, every reader and the sidebar's page, as in the Chromium suite.
let server: FixtureServer;
let session: FirefoxSession;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchFirefoxWithAddon(server);
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const topLevel = FIXTURE_PAGES.filter((p) => !p.frameOf);

test.each(topLevel.map((p) => [p.id, p] as const))(
  '%s is read and shown in the sidebar page',
  async (_id, page) => {
    const { kind, claimNumbers } = expectedInPanel(page);

    const portal = await session.openPortal(page.url);
    const panel = await session.openSidePanelFor(portal);
    await panel.waitForSelector(`main[data-state="read"][data-kind="${kind}"]`, { timeout: 20_000 });
    // The page's reading can land after the panel first draws this kind (a shell's frame is read late):
    // read until the claims shown settle on the expected ones.
    await expect
      .poll(async () => [...(await readPanel(panel)).claimNumbers].sort(), { timeout: 20_000 })
      .toEqual([...claimNumbers].sort());
    expect((await readPanel(panel)).kind).toBe(kind);
    await panel.close();
    await portal.close();
  },
);

test('egress watch: every host asked for was a portal fixture host', () => {
  expect(session.foreignHosts()).toEqual([]);
});
