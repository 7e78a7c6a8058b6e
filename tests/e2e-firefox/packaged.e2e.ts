import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type FirefoxSession, launchFirefoxWithAddon } from '../../scripts/lib/launch-firefox';
import { artifacts, packageVersion, ROOT } from '../../scripts/lib/release/artifacts';
import { unzipTo } from '../../scripts/lib/release/zip';
import { fixture, readIntoSidebar } from './helpers';

/**
 * What ships is what was tested: the Firefox release zip (`npm run package`, the file uploaded to
 * addons.mozilla.org) installed as an add-on file into a fresh Firefox profile — as about:addons'
 * "Install Add-on From File" does, not as a temporary add-on from a folder — reads a portal page into
 * the sidebar's page. Unsigned: Firefox ESR installs it with xpinstall.signatures.required off (the
 * store signs the uploaded file). The zip is unpacked only to read its manifest (add-on id, minimum
 * Firefox version).
 */
const version = packageVersion();
const zip = artifacts(version).firefox;
const manifestDir = mkdtempSync(join(tmpdir(), 'claimlens-ff-packaged-manifest-'));
const profile = mkdtempSync(join(tmpdir(), 'claimlens-ff-packaged-'));
let server: FixtureServer;
let session: FirefoxSession;

beforeAll(async () => {
  if (!existsSync(zip))
    throw new Error(`No release package at ${relative(ROOT, zip)}: run npm run package first.`);
  unzipTo(readFileSync(zip), manifestDir);
  server = await startFixtureServer();
  session = await launchFirefoxWithAddon(server, {
    extensionDir: manifestDir,
    profileDir: profile,
    addon: 'permanent',
    archive: zip,
  });
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
  for (const dir of [manifestDir, profile]) rmSync(dir, { recursive: true, force: true });
});

test("Firefox runs the package's version, installed from the zip", async () => {
  const page = await session.openExtensionPage('/sidepanel.html');
  const manifest = await page.evaluate(() =>
    (globalThis as unknown as { browser: typeof chrome }).browser.runtime.getManifest(),
  );
  expect(manifest.version).toBe(version);
  expect(manifest.manifest_version).toBe(2);
  await page.close();
});

test('a denied Availity claim (in the shell frame) is read into the sidebar page with its findings', async () => {
  const shown = await readIntoSidebar(session, fixture('availity-shell-claim-detail'));
  expect(shown.findings.map((f) => f.rule)).toContain('timely-filing');
});

test('egress watch: every host asked for was a portal fixture host', () => {
  expect(session.foreignHosts()).toEqual([]);
});
