import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIXTURE_PAGES } from '../tests/fixtures/pages.ts';
import { importThroughOptions, sampleCmsFiles } from './lib/demo-data';
import { findBrowser } from './lib/find-browser';
import { startFixtureServer } from './lib/fixture-server';
import { launchWithExtension } from './lib/launch';
import { measureLayout, PANEL_SIZE } from './lib/layout';
import { readPanel } from './lib/panel';

/**
 * `npm run demo`: build the extension, serve the bundled demo portal pages on their real hostnames,
 * and open Chromium with ClaimLens loaded on them.
 * `npm run demo -- --headless --json`: the same without a window; prints what the side panel showed
 * for each demo page as one JSON object, with the panel's `layout` measured at 400×800 (the side
 * panel's usual size), and writes screenshots under demo-output/: `<page>.png` is the first screen
 * as the biller sees it, `<page>-full.png` the whole panel.
 */
const args = new Set(process.argv.slice(2));
const headless = args.has('--headless');
const json = args.has('--json');
const root = resolve(import.meta.dirname, '..');
const say = (text: string) => {
  if (!json) console.log(text);
};

async function main(): Promise<number> {
  const browser = findBrowser();
  if (!browser.ok) {
    console.error(browser.message);
    return 1;
  }
  if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error(
      'No display to open a browser window on. Run `npm run demo -- --headless --json`, or use xvfb-run.',
    );
    return 1;
  }
  if (!args.has('--no-build')) {
    say('Building the extension…');
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: json ? 'ignore' : 'inherit' });
  }
  const server = await startFixtureServer();
  const session = await launchWithExtension(server, { headless });
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
    await server.close();
    return 0;
  }
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
    pages.push({
      url: page.url,
      kind: report.kind,
      claims: report.claimNumbers,
      findings: report.findings,
      note: note ?? '',
      layout,
      screenshot,
    });
    say(`${page.url}: ${report.kind}, ${report.findings.length} findings — ${screenshot}`);
  }
  const foreign = session.foreignRequests();
  await session.close();
  await server.close();
  if (json) console.log(JSON.stringify({ pages }));
  if (foreign.length > 0) {
    console.error(`The extension requested hosts other than the demo server: ${foreign.join(', ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
