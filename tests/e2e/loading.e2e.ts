import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { identifyBrowser } from '../../scripts/lib/browser-identity';
import { discoverChromium, realHost } from '../../scripts/lib/find-browser';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';
import { readPanel } from '../../scripts/lib/panel';
import { expectedInPanel, FIXTURE_PAGES } from '../fixtures/pages.ts';
import { makeFakeBrandedChrome } from './fake-chrome';

// The two ways ClaimLens gets into a Chromium-family browser (scripts/lib/load-extension.ts). The rest
// of the suite loads it with --load-extension; this file loads it over the DevTools protocol
// (Extensions.loadUnpacked), the only way Google Chrome 137+ still allows — in Debian's Chromium, and
// in that Chromium made to behave as branded Chrome 137+ does (tests/e2e/fake-chrome.ts).
const ROOT = resolve(import.meta.dirname, '..', '..');
let server: FixtureServer;
let chrome: { path: string; version: string };

beforeAll(async () => {
  server = await startFixtureServer();
  chrome = makeFakeBrandedChrome(resolve(import.meta.dirname, '.tmp', 'branded-chrome'));
});

afterAll(async () => {
  await server?.close();
});

const page = FIXTURE_PAGES.find((p) => p.demo && !p.frameOf)!;

/** The side panel reads a portal page: the extension is in, with its content script and panel. */
async function expectPanelReads(session: ExtensionSession) {
  const portal = await session.openPortal(page.url);
  const panel = await session.openSidePanelFor(portal);
  const { kind, claimNumbers } = expectedInPanel(page);
  await expect.poll(async () => (await readPanel(panel)).kind, { timeout: 15_000 }).toBe(kind);
  expect([...(await readPanel(panel)).claimNumbers].sort()).toEqual([...claimNumbers].sort());
  expect(session.foreignRequests()).toEqual([]);
}

test("Debian's Chromium, loaded over the DevTools protocol: the side panel reads a portal page", async () => {
  const session = await launchWithExtension(server, { loading: 'devtools' });
  try {
    expect(session.loadedWith).toBe('devtools');
    expect(session.browser).toMatchObject({ kind: 'chromium' });
    await expectPanelReads(session);
  } finally {
    await session.close();
  }
});

test('Google Chrome 137+ (emulated) really ignores --load-extension: the launcher says so, no empty browser', async () => {
  // Past discovery (which refuses this plan for Chrome 137+): here the browser itself must refuse.
  const browser = identifyBrowser(chrome.path, `Google Chrome ${chrome.version}`);
  const forced = { ok: true as const, browser, first: 'switches' as const, fallback: null, how: '' };
  const started = launchWithExtension(server, { found: forced, extensionTimeoutMs: 5_000 });
  await expect(started).rejects.toThrow(
    /Google Chrome .* started, but ClaimLens did not load with --load-extension/,
  );
  await expect(started).rejects.toThrow(/Chromium or Chrome for Testing/);
});

test('Google Chrome 137+ (emulated) through CHROME_PATH: discovery plans the DevTools protocol and it works', async () => {
  const found = discoverChromium({}, { ...realHost(), env: { CHROME_PATH: chrome.path } });
  expect(found).toMatchObject({
    ok: true,
    browser: { kind: 'chrome', name: 'Google Chrome', version: chrome.version },
    first: 'devtools',
    fallback: null,
  });
  if (!found.ok) return;
  const session = await launchWithExtension(server, { found });
  try {
    expect(session.loadedWith).toBe('devtools');
    await expectPanelReads(session);
  } finally {
    await session.close();
  }
});

/** Runs `npm run demo -- …args` (without npm, which adds nothing); resolves with its outputs. */
function demo(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

test('npm run demo -- --browser chrome on Google Chrome 137+ (emulated): says which and how, panels show findings', async () => {
  const run = await demo(['--browser', 'chrome', '--headless', '--json', '--no-build'], {
    CHROME_PATH: chrome.path,
  });
  expect(run.stderr).toContain(`Browser: Google Chrome ${chrome.version} at ${chrome.path}`);
  expect(run.stderr).toMatch(
    /loaded over the DevTools protocol \(Extensions\.loadUnpacked\): Google Chrome \d+ ignores --load-extension/,
  );
  expect(run.code).toBe(0);
  const out = JSON.parse(run.stdout) as {
    browser: { name: string; loadedWith: string };
    pages: { kind: string; findings: unknown[] }[];
  };
  expect(out.browser).toMatchObject({ name: 'Google Chrome', loadedWith: 'devtools' });
  // Every demo page read as the kind it is, and the rules ran on them (the sample CMS data imported).
  const demoPages = FIXTURE_PAGES.filter((p) => p.demo);
  expect(out.pages.map((p) => p.kind)).toEqual(demoPages.map((p) => expectedInPanel(p).kind));
  expect(out.pages.filter((p) => p.findings.length > 0).length).toBeGreaterThan(demoPages.length / 2);
}, 180_000);

test('npm run demo asked for --load-extension with only Google Chrome 137+: what to use instead, no browser', async () => {
  const run = await demo(['--headless', '--no-build'], {
    CHROME_PATH: chrome.path,
    CLAIMLENS_LOADING: 'switches',
  });
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/^No browser here can load ClaimLens that way:/);
  expect(run.stderr).toContain(`Google Chrome ${chrome.version} at ${chrome.path}`);
  expect(run.stderr).toContain('ignores --load-extension');
  expect(run.stderr).toContain('npx @puppeteer/browsers install chrome@stable');
  expect(run.stdout).toBe('');
});
