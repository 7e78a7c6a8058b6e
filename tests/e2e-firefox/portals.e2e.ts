import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type FirefoxSession, launchFirefoxWithAddon } from '../../scripts/lib/launch-firefox';
import { FIXTURE_PAGES } from '../fixtures/pages.ts';
import { readIntoSidebar } from './helpers';

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
    await readIntoSidebar(session, page);
  },
);

test('egress watch: every host asked for was a portal fixture host', () => {
  expect(session.foreignHosts()).toEqual([]);
});
