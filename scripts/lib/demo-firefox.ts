import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_PAGES } from '../../tests/fixtures/pages.ts';
import { importThroughFirefoxOptions, sampleCmsFiles } from './demo-data';
import { findFirefox, firefoxVersionText } from './find-firefox';
import { startFixtureServer } from './fixture-server';
import { launchFirefoxWithAddon } from './launch-firefox';
import { readPanel } from './panel';

export interface DemoIo {
  root: string;
  headless: boolean;
  json: boolean;
  build: boolean;
  /** Progress, silent with --json. */
  say(text: string): void;
  /** What was chosen and how: always shown (on stderr with --json, so stdout stays one JSON object). */
  tell(text: string): void;
}

/**
 * `npm run demo -- --browser firefox`: the Firefox build (MV2) installed as a temporary add-on in the
 * installed Firefox, driven by puppeteer-core over WebDriver BiDi as the Firefox e2e suite does. Firefox
 * opens the ClaimLens sidebar on install; --headless --json reads each demo page's panel instead.
 */
export async function runFirefoxDemo(io: DemoIo): Promise<number> {
  const found = findFirefox();
  if (!found.ok) {
    console.error(found.message);
    return 1;
  }
  const version = firefoxVersionText(found.path).trim();
  io.tell(`Browser: ${version} at ${found.path}`);
  io.tell('ClaimLens will be installed as a temporary add-on (the Firefox build), with its sidebar.');
  if (io.build) {
    io.say('Building the Firefox add-on…');
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
      cwd: io.root,
      stdio: io.json ? 'ignore' : 'inherit',
    });
  }
  const server = await startFixtureServer();
  // Refuses, with what to install, a Firefox older than the add-on's strict_min_version.
  const session = await launchFirefoxWithAddon(server, { headless: io.headless }).catch(async (error) => {
    await server.close();
    throw error;
  });
  const demoPages = FIXTURE_PAGES.filter((p) => p.demo);
  io.say('Loading the sample CMS rule data through the options page…');
  await importThroughFirefoxOptions(session, sampleCmsFiles());
  if (!io.headless) {
    for (const page of demoPages) await session.openPortal(page.url);
    io.say('ClaimLens is installed. Demo pages open on their real hostnames (served locally):');
    for (const page of demoPages) io.say(`  ${page.url}  — ${page.description}`);
    io.say(
      'The ClaimLens sidebar follows the tab in front (toolbar button, Alt+Shift+L, or View → Sidebar). ' +
        'Close Firefox or press Ctrl+C to stop.',
    );
    await new Promise<void>((done) => session.browser.once('disconnected', () => done()));
    await session.close();
    await server.close();
    return 0;
  }
  const outDir = join(io.root, 'demo-output');
  mkdirSync(outDir, { recursive: true });
  const pages = [];
  for (const page of demoPages) {
    const panel = await session.openSidePanelFor(await session.openPortal(page.url));
    await panel.setViewport({ width: 420, height: 900 });
    const report = await readPanel(panel).catch(() => ({ kind: 'unknown', claimNumbers: [], findings: [] }));
    const note = await panel.$eval('[data-testid=note-preview]', (e) => e.textContent).catch(() => null);
    const screenshot = join(outDir, `firefox-${page.id}.png`);
    await panel.screenshot({ path: screenshot as `${string}.png`, fullPage: true });
    pages.push({
      url: page.url,
      kind: report.kind,
      claims: report.claimNumbers,
      findings: report.findings,
      note: note ?? '',
      screenshot,
    });
    io.say(`${page.url}: ${report.kind}, ${report.findings.length} findings — ${screenshot}`);
  }
  const foreign = session.foreignHosts();
  await session.close();
  await server.close();
  const browser = {
    name: 'Firefox',
    version: /(\d+[.\d]*\w*)\s*$/.exec(version)?.[1] ?? version,
    loadedWith: 'temporary add-on',
  };
  if (io.json) console.log(JSON.stringify({ browser, pages }));
  if (foreign.length > 0) {
    console.error(`Firefox or the add-on asked for hosts other than the demo server: ${foreign.join(', ')}`);
    return 1;
  }
  return 0;
}
