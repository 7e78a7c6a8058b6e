import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, posix, resolve, win32 } from 'node:path';
import {
  type ChromiumKind,
  compareVersions,
  describeBrowser,
  type IdentifiedBrowser,
  identifyBrowser,
  type Loading,
  type LoadingRequest,
  planLoading,
  versionFromSiblings,
} from './browser-identity';

/**
 * Finds a Chromium-family browser the way a user would expect — CHROME_PATH if set, else Chromium,
 * Chrome for Testing, Google Chrome or Microsoft Edge in the usual places for this OS — reads its
 * version and decides how the extension will be loaded into it. Never downloads a browser.
 */
export type BrowserChoice = 'chromium' | 'chrome' | 'edge';

const ACCEPTS: Record<BrowserChoice | 'any', ChromiumKind[]> = {
  chromium: ['chromium'],
  chrome: ['chrome', 'chrome-for-testing'],
  edge: ['edge'],
  any: ['chromium', 'chrome-for-testing', 'chrome', 'edge', 'other'],
};

/** What discovery may touch, injectable so tests run with fake paths and versions. */
export interface Host {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  exists(path: string): boolean;
  listDir(path: string): string[];
  /** `<browser> --version` output (or a bare version read beside it on Windows), or null. */
  readVersion(path: string): string | null;
  home: string;
  /** Where `npx @puppeteer/browsers install chrome@stable` puts Chrome for Testing when run here. */
  projectDir: string;
}

const listDirSafe = (path: string) => {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
};

export function readBrowserVersion(
  path: string,
  platform: NodeJS.Platform = process.platform,
): string | null {
  if (platform === 'win32') return versionFromSiblings(listDirSafe(dirname(path)));
  try {
    const out = execFileSync(path, ['--version'], {
      encoding: 'utf8',
      timeout: 20_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out.trim() || null;
  } catch {
    return null;
  }
}

const versions = new Map<string, string | null>();
const cachedVersion = (path: string) => {
  if (!versions.has(path)) versions.set(path, readBrowserVersion(path));
  return versions.get(path) ?? null;
};

export const realHost = (): Host => ({
  platform: process.platform,
  env: process.env,
  exists: existsSync,
  listDir: listDirSafe,
  readVersion: cachedVersion,
  home: homedir(),
  projectDir: resolve(import.meta.dirname, '..', '..'),
});

/** Chrome for Testing installed by @puppeteer/browsers (here or in puppeteer's cache), newest first. */
function chromeForTesting(host: Host): string[] {
  const join = host.platform === 'win32' ? win32.join : posix.join;
  const executables =
    host.platform === 'darwin'
      ? ['mac-arm64', 'mac-x64'].map((f) =>
          join(
            `chrome-${f}`,
            'Google Chrome for Testing.app',
            'Contents',
            'MacOS',
            'Google Chrome for Testing',
          ),
        )
      : host.platform === 'win32'
        ? ['win64', 'win32'].map((f) => join(`chrome-${f}`, 'chrome.exe'))
        : [join('chrome-linux64', 'chrome')];
  const roots = [join(host.projectDir, 'chrome'), join(host.home, '.cache', 'puppeteer', 'chrome')];
  return roots.flatMap((root) =>
    host
      .listDir(root)
      .filter((d) => /^[a-z0-9_]+-\d+\.\d+\.\d+\.\d+$/.test(d))
      .sort((a, b) => compareVersions(b.split('-')[1]!, a.split('-')[1]!))
      .flatMap((d) => executables.map((e) => join(root, d, e))),
  );
}

/** The usual install locations of each kind, in the order `any` tries them. */
export function browserCandidates(host: Host, want: BrowserChoice | 'any' = 'any'): string[] {
  const { platform, env, home } = host;
  const byKind: Partial<Record<ChromiumKind, string[]>> = {};
  if (platform === 'darwin') {
    const app = (name: string, exe = name) => [
      `/Applications/${name}.app/Contents/MacOS/${exe}`,
      `${home}/Applications/${name}.app/Contents/MacOS/${exe}`,
    ];
    byKind.chromium = app('Chromium');
    byKind.chrome = app('Google Chrome');
    byKind.edge = app('Microsoft Edge');
  } else if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (r): r is string => !!r,
    );
    const under = (...parts: string[]) => roots.map((r) => win32.join(r, ...parts));
    byKind.chromium = under('Chromium', 'Application', 'chrome.exe');
    byKind.chrome = under('Google', 'Chrome', 'Application', 'chrome.exe');
    byKind.edge = under('Microsoft', 'Edge', 'Application', 'msedge.exe');
  } else {
    byKind.chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
    byKind.chrome = [
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/opt/google/chrome/chrome',
      '/usr/bin/google-chrome-beta',
    ];
    byKind.edge = [
      '/usr/bin/microsoft-edge',
      '/usr/bin/microsoft-edge-stable',
      '/opt/microsoft/msedge/msedge',
    ];
  }
  byKind['chrome-for-testing'] = chromeForTesting(host);
  const order: ChromiumKind[] =
    want === 'chrome'
      ? ['chrome', 'chrome-for-testing']
      : ['chromium', 'chrome-for-testing', 'chrome', 'edge'];
  return order.filter((k) => ACCEPTS[want].includes(k)).flatMap((k) => byKind[k] ?? []);
}

export type BrowserLookup = { ok: true; path: string } | { ok: false; message: string };

/** Any Chromium-family browser, for pages without the extension (benchmarks). */
export function findBrowser(host: Host = realHost()): BrowserLookup {
  const chosen = host.env.CHROME_PATH;
  if (chosen) {
    return host.exists(chosen)
      ? { ok: true, path: chosen }
      : { ok: false, message: `CHROME_PATH points at ${chosen}, which does not exist.` };
  }
  const found = browserCandidates(host).find((p) => host.exists(p));
  return found ? { ok: true, path: found } : { ok: false, message: whatToInstall(host.platform, 'any') };
}

export type Discovery =
  | { ok: true; browser: IdentifiedBrowser; first: Loading; fallback: Loading | null; how: string }
  | { ok: false; message: string };

const WANTED: Record<BrowserChoice | 'any', string> = {
  chromium: 'Chromium',
  chrome: 'Google Chrome',
  edge: 'Microsoft Edge',
  any: 'Chrome, Chromium or Edge',
};

/** What to install, per OS and browser asked for; every line is something a user can do now. */
export function whatToInstall(platform: NodeJS.Platform, want: BrowserChoice | 'any'): string {
  const cft =
    'Chrome for Testing: `npx @puppeteer/browsers install chrome@stable` in this folder (found without CHROME_PATH)';
  const chromium =
    platform === 'linux'
      ? 'Chromium: `sudo apt-get install chromium` (Debian/Ubuntu) or your distribution’s package'
      : platform === 'darwin'
        ? 'Chromium: a build from https://www.chromium.org/getting-involved/download-chromium/'
        : 'Chromium: an installer from chromium.org';
  const chrome = 'Google Chrome: https://www.google.com/chrome/';
  const edge =
    platform === 'win32'
      ? 'Microsoft Edge comes with Windows: set CHROME_PATH to msedge.exe if it is not in Program Files'
      : 'Microsoft Edge: https://www.microsoft.com/edge';
  const ways =
    want === 'chromium'
      ? [chromium]
      : want === 'chrome'
        ? [chrome, cft]
        : want === 'edge'
          ? [edge]
          : [chromium, chrome, cft, edge];
  return [
    `No ${WANTED[want]} found. Install one of:`,
    ...ways.map((w) => `  - ${w}`),
    '  or set CHROME_PATH to a Chromium-based browser.',
  ].join('\n');
}

/**
 * The browser to use and how to load the extension into it. With `want`, only that browser; CHROME_PATH
 * is used first when it is one. A browser that cannot load the extension the way asked is passed over,
 * and when none can, the message says why for each and what to install.
 */
export function discoverChromium(
  opts: { want?: BrowserChoice; loading?: LoadingRequest } = {},
  host: Host = realHost(),
): Discovery {
  const want = opts.want ?? 'any';
  const chosen = host.env.CHROME_PATH;
  if (chosen && !host.exists(chosen)) {
    return { ok: false, message: `CHROME_PATH points at ${chosen}, which does not exist.` };
  }
  const candidates =
    chosen && want === 'any' ? [chosen] : [...(chosen ? [chosen] : []), ...browserCandidates(host, want)];
  const passedOver: string[] = [];
  const seen = new Set<string>();
  for (const path of candidates) {
    if (seen.has(path) || !host.exists(path)) continue;
    seen.add(path);
    const browser = identifyBrowser(path, host.readVersion(path));
    if (!ACCEPTS[want].includes(browser.kind)) {
      passedOver.push(`${describeBrowser(browser)} (CHROME_PATH) is not ${WANTED[want]}`);
      continue;
    }
    const plan = planLoading(browser, opts.loading);
    if (plan.ok) return { ok: true, browser, first: plan.first, fallback: plan.fallback, how: plan.why };
    passedOver.push(`${describeBrowser(browser)}: ${plan.why}`);
  }
  if (passedOver.length === 0) return { ok: false, message: whatToInstall(host.platform, want) };
  const switchesHelp =
    opts.loading === 'switches'
      ? [
          '  Use Chromium or Chrome for Testing (`npx @puppeteer/browsers install chrome@stable` in this folder),',
          '  or load over the DevTools protocol instead: CLAIMLENS_LOADING=devtools.',
        ]
      : [whatToInstall(host.platform, want).split('\n').slice(1).join('\n')];
  return {
    ok: false,
    message: [
      `No browser here can load ClaimLens that way:`,
      ...passedOver.map((p) => `  - ${p}`),
      ...switchesHelp,
    ].join('\n'),
  };
}
