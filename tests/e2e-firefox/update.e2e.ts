import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { notesOfClaim } from '../../scripts/lib/in-page';
import {
  FIREFOX_BUILD_DIR,
  type FirefoxSession,
  launchFirefoxWithAddon,
} from '../../scripts/lib/launch-firefox';
import { LATEST_SCHEMA_VERSION } from '../../utils/db';
import { fixture, text, value } from './helpers';

// An update in real Firefox: a previous release (its database schema stopped at v1) is installed, the
// biller copies a note and changes settings, then the current build is installed over it while
// Firefox runs — as an update from addons.mozilla.org arrives. The data must be there, upgraded.
const root = resolve(import.meta.dirname, '..', '..');
const previousOut = join(root, 'tests', 'e2e-firefox', '.tmp', 'previous');
const shell = fixture('availity-shell-claim-detail');
let server: FixtureServer;
let session: FirefoxSession;

beforeAll(async () => {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, WXT_SCHEMA_UPTO: '1', WXT_OUT_DIR: previousOut },
  });
  server = await startFixtureServer();
  session = await launchFirefoxWithAddon(server, { extensionDir: join(previousOut, 'firefox-mv2') });
}, 180_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(previousOut, { recursive: true, force: true });
});

const databaseVersion = (page: Page) =>
  page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'claimlens')?.version);

test('notes and settings written by the previous release are intact after the update', async () => {
  const portal = await session.openPortal(shell.url);
  const panel = await session.openSidePanelFor(portal);
  // The claim is read from the app frame, which loads after the shell: copy once it is shown.
  await expect.poll(() => text(panel, '[data-testid=claim-number]'), { timeout: 20_000 }).toBe('7000000001');
  await panel.bringToFront();
  await panel.click('[data-testid=copy-note]');
  await expect.poll(() => text(panel, '[data-testid=note-status]')).toMatch(/[Cc]opied/);
  const note = await value(panel, '[data-testid=note-preview]');
  await panel.evaluate(() =>
    (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set({
      'settings:notes': { initials: 'JD', templates: {} },
      'settings:display': { inlineFlags: false },
    }),
  );
  expect(await databaseVersion(panel)).toBe(10); // Dexie version 1
  await panel.close();

  // The update: the current build over the running previous one (same add-on id and address).
  await session.install(FIREFOX_BUILD_DIR);
  const options = await session.openExtensionPage('/options.html');
  // Dexie version n is IndexedDB version 10n.
  await expect.poll(() => databaseVersion(options), { timeout: 15_000 }).toBe(LATEST_SCHEMA_VERSION * 10);
  const found = await options.evaluate(notesOfClaim, '7000000001');
  expect(found).toEqual({
    version: LATEST_SCHEMA_VERSION * 10,
    notes: [note],
    stores: [
      'datasets',
      'denials',
      'dismissals',
      'notes',
      'proofPages',
      'proofs',
      'ruleRecords',
      'worklistChunks',
      'worklistMeta',
      'worklistQueue',
    ],
  });
  const settings = await options.evaluate(() =>
    (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.get([
      'settings:notes',
      'settings:display',
    ]),
  );
  expect(settings).toEqual({
    'settings:notes': { initials: 'JD', templates: {} },
    'settings:display': { inlineFlags: false },
  });
  expect(session.foreignHosts()).toEqual([]);
});
