import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { notesOfClaim } from '../../scripts/lib/in-page';
import { CHROME_BUILD_DIR, launchWithExtension } from '../../scripts/lib/launch';
import { LATEST_SCHEMA_VERSION } from '../../utils/db';
import { FIXTURE_PAGES } from '../fixtures/pages.ts';

// An update over real data: a previous release (the schema stopped at v1) is installed, the biller
// copies a note and changes settings, then the current build is loaded over it in the same profile
// and folder (same extension id). The data must be there, upgraded.
const root = resolve(import.meta.dirname, '..', '..');
const previousOut = join(root, 'tests', 'e2e', '.tmp', 'previous');
const extensionDir = mkdtempSync(join(tmpdir(), 'claimlens-ext-'));
const profileDir = mkdtempSync(join(tmpdir(), 'claimlens-profile-'));
const shell = FIXTURE_PAGES.find((p) => p.id === 'availity-shell-claim-detail')!;
let server: FixtureServer;

beforeAll(() => {
  execFileSync('npx', ['wxt', 'build'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, WXT_SCHEMA_UPTO: '1', WXT_OUT_DIR: previousOut },
  });
  cpSync(join(previousOut, 'chrome-mv3'), extensionDir, { recursive: true });
  return startFixtureServer().then((s) => {
    server = s;
  });
}, 180_000);

afterAll(async () => {
  await server?.close();
  for (const dir of [extensionDir, profileDir, previousOut]) rmSync(dir, { recursive: true, force: true });
});

const databaseVersion = (page: Page) =>
  page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'claimlens')?.version);

test('notes and settings written by the previous release are intact after the update', async () => {
  const before = await launchWithExtension(server, { extensionDir, profileDir });
  const panel = await before.openSidePanelFor(await before.openPortal(shell.url));
  // The claim is read from the app frame, which loads after the shell: copy once it is shown.
  await expect
    .poll(() => panel.getByTestId('claim-number').first().textContent(), { timeout: 15_000 })
    .toBe('7000000001');
  await panel.getByTestId('copy-note').click();
  await expect.poll(() => panel.getByTestId('note-status').textContent()).toMatch(/[Cc]opied/);
  const note = await panel.getByTestId('note-preview').inputValue();
  await panel.evaluate(() =>
    chrome.storage.local.set({
      'settings:notes': { initials: 'JD', templates: {} },
      'settings:display': { inlineFlags: false },
    }),
  );
  expect(await databaseVersion(panel)).toBe(10); // Dexie version 1
  await before.close();

  // The update: the new build's files replace the old ones in the same folder.
  rmSync(extensionDir, { recursive: true, force: true });
  cpSync(CHROME_BUILD_DIR, extensionDir, { recursive: true });
  const after = await launchWithExtension(server, { extensionDir, profileDir });
  expect(after.extensionId).toBe(before.extensionId);
  const options = await after.context.newPage();
  await options.goto(`chrome-extension://${after.extensionId}/options.html`);
  const found = await options.evaluate(notesOfClaim, '7000000001');
  expect(found.version).toBe(LATEST_SCHEMA_VERSION * 10); // Dexie version n is IndexedDB version 10n
  expect(found.stores).toContain('denials');
  expect(found.stores).toContain('worklistChunks');
  expect(found.stores).toContain('worklistQueue');
  expect(found.stores).toContain('proofs');
  expect(found.stores).toContain('proofPages');
  expect(found.notes).toEqual([note]);
  const settings = await options.evaluate(() =>
    chrome.storage.local.get(['settings:notes', 'settings:display']),
  );
  expect(settings).toEqual({
    'settings:notes': { initials: 'JD', templates: {} },
    'settings:display': { inlineFlags: false },
  });
  // The upgraded database takes the new release's data: an 835 file joins the denial worklist.
  const worklist = await after.context.newPage();
  await worklist.goto(`chrome-extension://${after.extensionId}/worklist.html`);
  await worklist.waitForSelector('main[data-ready]');
  await worklist
    .getByTestId('era-files')
    .setInputFiles(join(root, 'tests', 'fixtures', 'era', 'uhc-90837.835'));
  await expect.poll(() => worklist.locator('tr[data-claim]').count(), { timeout: 15_000 }).toBe(3);
  await after.close();
});
