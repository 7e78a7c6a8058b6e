import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';
import { readPanel } from '../../scripts/lib/panel';
import { expectedInPanel, FIXTURE_PAGES } from '../fixtures/pages.ts';

// Every fixture portal page, served on its real hostname (shells load their app in an iframe),
// read by the content script and shown in the side panel: the kind and the claims it expects.
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

const topLevel = FIXTURE_PAGES.filter((p) => !p.frameOf);

test.each(topLevel.map((p) => [p.id, p] as const))(
  '%s is read and shown in the side panel',
  async (_id, page) => {
    const { kind, claimNumbers } = expectedInPanel(page);

    const portal = await session.openPortal(page.url);
    const panel = await session.openSidePanelFor(portal);
    await expect.poll(async () => (await readPanel(panel)).kind, { timeout: 15_000 }).toBe(kind);
    const shown = await readPanel(panel);
    // Lists show the claims needing attention first (components/SidePanel.test.tsx): every claim, once.
    expect([...shown.claimNumbers].sort()).toEqual([...claimNumbers].sort());
    await panel.close();
    await portal.close();
  },
);

test('no extension context requested any host but the fixture server', () => {
  expect(session.foreignRequests()).toEqual([]);
});
