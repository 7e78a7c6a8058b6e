import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';
import { readPanel } from '../../scripts/lib/panel';
import { artifacts, packageVersion, ROOT } from '../../scripts/lib/release/artifacts';
import { unzipTo } from '../../scripts/lib/release/zip';
import { expectedInPanel, FIXTURE_PAGES } from '../fixtures/pages.ts';

/**
 * What ships is what was tested: the Chrome/Edge release zip (`npm run package`, the file uploaded to
 * the Chrome Web Store and Edge Add-ons), unzipped into a temporary folder as a store install
 * unpacks it, loaded into a fresh Chromium profile, reads a portal page into the side panel. Nothing
 * here comes from .output/chrome-mv3.
 */
const version = packageVersion();
const zip = artifacts(version).chrome;
const unpacked = mkdtempSync(join(tmpdir(), 'claimlens-packaged-'));
let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  if (!existsSync(zip))
    throw new Error(`No release package at ${relative(ROOT, zip)}: run npm run package first.`);
  unzipTo(readFileSync(zip), unpacked);
  server = await startFixtureServer();
  session = await launchWithExtension(server, { extensionDir: unpacked });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(unpacked, { recursive: true, force: true });
});

test("the browser runs the package's version, from the unzipped package", async () => {
  const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.version).toBe(version);
  expect(manifest.manifest_version).toBe(3);
  expect(session.worker.url()).toBe(`chrome-extension://${session.extensionId}/background.js`);
});

test('a denied Availity claim (in the shell frame) is read into the side panel with its findings', async () => {
  const page = FIXTURE_PAGES.find((p) => p.id === 'availity-shell-claim-detail');
  if (!page) throw new Error('fixture page missing');
  const { kind, claimNumbers } = expectedInPanel(page);
  const portal = await session.openPortal(page.url);
  const panel = await session.openSidePanelFor(portal);
  await expect.poll(async () => (await readPanel(panel)).kind, { timeout: 20_000 }).toBe(kind);
  const shown = await readPanel(panel);
  expect([...shown.claimNumbers].sort()).toEqual([...claimNumbers].sort());
  // The bundled data and the checks ship in the package: the filing limit is passed on this claim.
  expect(shown.findings.map((f) => f.rule)).toContain('timely-filing');
  await panel.close();
  await portal.close();
});

test('no extension context requested any host but the fixture server', () => {
  expect(session.foreignRequests()).toEqual([]);
});
