import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURE_PAGES } from '../tests/fixtures/pages.ts';
import { badgesOn } from './lib/badges';
import { describeBrowser } from './lib/browser-identity';
import { parseDemoArgs } from './lib/demo-args';
import { importThroughOptions, sampleCmsFiles } from './lib/demo-data';
import { runFirefoxDemo } from './lib/demo-firefox';
import { discoverChromium } from './lib/find-browser';
import { findFirefox } from './lib/find-firefox';
import { startFixtureServer } from './lib/fixture-server';
import { launchWithExtension } from './lib/launch';
import { measureLayout, PANEL_SIZE } from './lib/layout';
import { LOADING_WORDS, loadingFromEnv } from './lib/load-extension';
import { readPanel } from './lib/panel';
import { STORE_SHOTS, storeScreenshot } from './lib/store-screenshots';
import { teachScreenshot } from './lib/teach-shot';

/**
 * `npm run demo`: build the extension, serve the bundled demo portal pages on their real hostnames,
 * and open a browser with ClaimLens loaded on them: the first of Chromium, Chrome for Testing, Google
 * Chrome and Edge (or `--browser chrome|chromium|edge|firefox`). It says which browser and version it
 * picked and how ClaimLens gets in — over the DevTools protocol, which Google Chrome 137+ needs, else
 * with --load-extension — and, when no browser can take it, what to install; never an empty browser.
 * `npm run demo -- --headless --json`: the same without a window; prints what the side panel showed
 * for each demo page as one JSON object, with the panel's `layout` measured at 400×800 (the side
 * panel's usual size), and writes screenshots under demo-output/: `<page>.png` is the first screen
 * as the biller sees it, `<page>-full.png` the whole panel.
 * `npm run demo -- --store-screenshots`: the store listing's 1280×800 screenshots in store/screenshots/,
 * and the README's teach-mode one in docs/screenshots/teach-a-page.png.
 */
const parsed = parseDemoArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(2);
}
const { headless, json, build, browser: choice, storeScreenshots } = parsed.args;
const root = resolve(import.meta.dirname, '..');
const say = (text: string) => {
  if (!json) console.log(text);
};
/** The browser chosen and how: always said (on stderr with --json, which keeps stdout one JSON object). */
const tell = (text: string) => (json ? console.error(text) : console.log(text));

async function main(): Promise<number> {
  if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error(
      'No display to open a browser window on. Run `npm run demo -- --headless --json`, or use xvfb-run.',
    );
    return 1;
  }
  if (choice === 'firefox') return runFirefoxDemo({ root, headless, json, build, say, tell });
  const found = discoverChromium({ want: choice, loading: loadingFromEnv(process.env, 'auto') });
  if (!found.ok) {
    const orFirefox =
      !choice && findFirefox().ok ? '\nOr use Firefox: npm run demo -- --browser firefox' : '';
    console.error(`${found.message}${orFirefox}`);
    return 1;
  }
  tell(`Browser: ${describeBrowser(found.browser)}`);
  tell(`ClaimLens will be loaded ${found.how}.`);
  if (build) {
    say('Building the extension…');
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: json ? 'ignore' : 'inherit' });
  }
  const server = await startFixtureServer();
  const session = await launchWithExtension(server, { headless, found }).catch(async (error) => {
    await server.close();
    throw error;
  });
  say(`ClaimLens is in ${session.browser.name}, loaded ${LOADING_WORDS[session.loadedWith]}.`);
  const demoPages = FIXTURE_PAGES.filter((p) => p.demo);
  // The embedded default: the sample slices of the real CMS tables, imported as a biller would.
  // (Load this quarter's full files from the options page for real work.)
  say('Loading the sample CMS rule data through the options page…');
  await importThroughOptions(session, sampleCmsFiles());
  if (!headless) {
    for (const page of demoPages) await session.openPortal(page.url);
    say(`ClaimLens is loaded. Demo pages open on their real hostnames (served locally):`);
    for (const page of demoPages) say(`  ${page.url}  — ${page.description}`);
    say(
      'Click the ClaimLens toolbar button to open the side panel. Close the browser or press Ctrl+C to stop.',
    );
    await new Promise<void>((done) => session.context.on('close', () => done()));
    await session.close().catch(() => undefined); // the temporary profile
    await server.close();
    return 0;
  }
  if (storeScreenshots) return writeStoreScreenshots(session, server);
  const outDir = join(root, 'demo-output');
  mkdirSync(outDir, { recursive: true });
  const pages = [];
  for (const page of demoPages) {
    const portal = await session.openPortal(page.url);
    const panel = await session.openSidePanelFor(portal);
    await panel.setViewportSize(PANEL_SIZE);
    const report = await readPanel(panel).catch(() => ({ kind: 'unknown', claimNumbers: [], findings: [] }));
    const note = await panel
      .locator('[data-testid=note-preview]')
      .first()
      .inputValue({ timeout: 500 })
      .catch(() => null);
    const layout = await measureLayout(panel);
    const screenshot = join(outDir, `${page.id}.png`);
    await panel.screenshot({ path: screenshot });
    await panel.screenshot({ path: join(outDir, `${page.id}-full.png`), fullPage: true });
    // Claim-entry pages: the badges drawn beside the lines (line:severity), and the page with them.
    const entry =
      page.kind === 'claim-entry' ? await entryBadges(portal, join(outDir, `${page.id}-page.png`)) : {};
    pages.push({
      url: page.url,
      kind: report.kind,
      claims: report.claimNumbers,
      findings: report.findings,
      note: note ?? '',
      layout,
      screenshot,
      ...entry,
    });
    say(`${page.url}: ${report.kind}, ${report.findings.length} findings — ${screenshot}`);
  }
  const foreign = session.foreignRequests();
  await session.close();
  await server.close();
  const { name, version } = session.browser;
  if (json)
    console.log(JSON.stringify({ browser: { name, version, loadedWith: session.loadedWith }, pages }));
  if (foreign.length > 0) {
    console.error(`The extension requested hosts other than the demo server: ${foreign.join(', ')}`);
    return 1;
  }
  return 0;
}

/** `--store-screenshots`: the listing's 1280×800 screenshots into store/screenshots/ (committed). */
async function writeStoreScreenshots(
  session: Awaited<ReturnType<typeof launchWithExtension>>,
  server: Awaited<ReturnType<typeof startFixtureServer>>,
): Promise<number> {
  const dir = join(root, 'store', 'screenshots');
  mkdirSync(dir, { recursive: true });
  for (const shot of STORE_SHOTS) {
    const page = FIXTURE_PAGES.find((p) => p.id === shot.id);
    if (!page) throw new Error(`no demo page ${shot.id}`);
    const portal = await session.openPortal(page.url);
    const panel = await session.openSidePanelFor(portal);
    await storeScreenshot(session, portal, panel, join(dir, shot.file));
    console.log(`store/screenshots/${shot.file}  ${shot.caption}`);
    await panel.close();
    await portal.close();
  }
  // Not a store image: the README's "Teach a page" screenshot, made the same way.
  await teachScreenshot(session, server, join(root, 'docs', 'screenshots', 'teach-a-page.png'));
  console.log('docs/screenshots/teach-a-page.png  Teaching ClaimLens a page it could not read');
  const foreign = session.foreignRequests();
  await session.close();
  await server.close();
  if (foreign.length > 0) {
    console.error(`The extension requested hosts other than the demo server: ${foreign.join(', ')}`);
    return 1;
  }
  return 0;
}

/** The inline badges on a claim-entry page once they settle, and a screenshot of the page showing them. */
async function entryBadges(
  portal: Page,
  path: string,
): Promise<{ badges: string[]; pageScreenshot: string }> {
  // The badges are in a closed shadow root: read as assistive technology sees them.
  const read = async () => (await badgesOn(portal)).map((b) => `${b.line}:${b.severity}`);
  let badges = await read();
  for (let i = 0; i < 20 && badges.length === 0; i++) {
    await portal.waitForTimeout(250);
    badges = await read();
  }
  await portal.bringToFront();
  await portal.screenshot({ path, fullPage: true });
  return { badges, pageScreenshot: path };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
