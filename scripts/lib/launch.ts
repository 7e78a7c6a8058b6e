import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { findBrowser } from './find-browser';
import { type FixtureServer, hostsToMap } from './fixture-server';

// Requests made by the extension's service worker are reported only with this switch (Chromium).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export const CHROME_BUILD_DIR = resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');

/** Real portal hostnames → the local server; every other name fails to resolve. */
function resolverRules(server: FixtureServer): string {
  return hostsToMap(server)
    .map((h) => `MAP ${h}:443 127.0.0.1:${server.port}`)
    .concat('MAP * ~NOTFOUND')
    .join(',');
}

const QUIET_ARGS = [
  '--ignore-certificate-errors',
  '--disable-gpu',
  '--disable-quic',
  '--disable-sync',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
];

/** Chromium without the extension, for measuring pages on their own (benchmarks). */
export async function launchPlain(server: FixtureServer): Promise<Browser> {
  const browser = findBrowser();
  if (!browser.ok) throw new Error(browser.message);
  return chromium.launch({
    executablePath: browser.path,
    headless: true,
    args: [`--host-resolver-rules=${resolverRules(server)}`, ...QUIET_ARGS],
  });
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request made by any page, extension page or the service worker. */
  requests: string[];
  /** Requests to hosts other than the fixture server's (and those allowed). */
  foreignRequests(allowedHosts?: string[]): string[];
  openPortal(url: string): Promise<Page>;
  /** Opens sidepanel.html in a tab, bound to the tab showing `portalPage`. */
  openSidePanelFor(portalPage: Page): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export async function launchWithExtension(
  server: FixtureServer,
  opts: { headless?: boolean; extensionDir?: string; profileDir?: string } = {},
): Promise<ExtensionSession> {
  const browser = findBrowser();
  if (!browser.ok) throw new Error(browser.message);
  const extensionDir = opts.extensionDir ?? CHROME_BUILD_DIR;
  const profile = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'claimlens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browser.path,
    headless: opts.headless ?? true,
    ignoreHTTPSErrors: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${resolverRules(server)}`,
      ...QUIET_ARGS,
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const id = await worker.evaluate(async (u: string) => {
      // The newest tab showing that address (tests open the same page more than once).
      const ids = (await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? -1);
      return ids.length ? Math.max(...ids) : -1;
    }, url);
    if (id < 0) throw new Error(`no tab found for ${url}`);
    return id;
  };

  return {
    context,
    extensionId,
    worker,
    requests,
    foreignRequests(allowed = []) {
      const ok = new Set([...server.hosts, ...allowed]);
      return requests.filter((u) => {
        const { protocol, hostname } = new URL(u);
        if (protocol === 'chrome-extension:' || protocol === 'data:' || protocol === 'blob:') return false;
        return !ok.has(hostname);
      });
    },
    async openPortal(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openSidePanelFor(portalPage) {
      const tabId = await tabIdOf(portalPage);
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      return panel;
    },
    tabIdOf,
    async close() {
      await context.close();
      if (!opts.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}
