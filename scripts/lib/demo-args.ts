import type { BrowserChoice } from './find-browser';

/** `npm run demo -- [--browser chrome|chromium|edge|firefox] [--headless] [--json] [--no-build] [--store-screenshots]` */
export interface DemoArgs {
  /** The browser asked for; undefined = the first one found (Chromium, Chrome for Testing, Chrome, Edge). */
  browser?: BrowserChoice | 'firefox';
  headless: boolean;
  json: boolean;
  build: boolean;
  /** Write the 1280×800 store screenshots (portal and side panel side by side) to store/screenshots/. */
  storeScreenshots?: boolean;
}

export const DEMO_USAGE = `usage: npm run demo -- [--browser chrome|chromium|edge|firefox] [--headless] [--json] [--no-build] [--store-screenshots]
  --browser   which browser to open (default: the first of Chromium, Chrome for Testing, Google Chrome, Edge)
  --headless  no window: open each demo page's side panel, screenshot it under demo-output/
  --json      print what each panel showed as one JSON object (implies --headless)
  --no-build  use the build already in .output/
  --store-screenshots  (Chromium) write the 1280×800 store screenshots to store/screenshots/ (implies --headless)`;

const BROWSERS = ['chrome', 'chromium', 'edge', 'firefox'] as const;

export function parseDemoArgs(argv: string[]): { ok: true; args: DemoArgs } | { ok: false; message: string } {
  const args: DemoArgs = { headless: false, json: false, build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--headless') args.headless = true;
    else if (a === '--json') args.json = true;
    else if (a === '--no-build') args.build = false;
    else if (a === '--store-screenshots') args.storeScreenshots = true;
    else if (a === '--browser' || a.startsWith('--browser=')) {
      const value = a === '--browser' ? argv[++i] : a.slice('--browser='.length);
      const known = BROWSERS.find((b) => b === value?.toLowerCase());
      if (!known) {
        return {
          ok: false,
          message: `--browser must be one of ${BROWSERS.join(', ')} (got ${value ?? 'nothing'}).`,
        };
      }
      args.browser = known;
    } else if (a === '--help' || a === '-h') return { ok: false, message: DEMO_USAGE };
    else return { ok: false, message: `unknown option ${a}\n${DEMO_USAGE}` };
  }
  // The JSON is read from the panels without a window.
  if (args.json || args.storeScreenshots) args.headless = true;
  if (args.storeScreenshots && args.browser === 'firefox') {
    return {
      ok: false,
      message: '--store-screenshots uses Chromium (the store screenshots show the Chrome side panel).',
    };
  }
  return { ok: true, args };
}
