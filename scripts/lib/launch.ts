import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { IdentifiedBrowser, Loading, LoadingRequest } from './browser-identity';
import { type BrowserChoice, type Discovery, discoverChromium, findBrowser } from './find-browser';
import { type FixtureServer, hostsToMap } from './fixture-server';
import {
  argsFor,
  DevtoolsLoadingMissing,
  ExtensionRefused,
  extensionWorker,
  loadingFromEnv,
  loadOverDevtools,
  notLoadedMessage,
} from './load-extension';

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
  /** The browser it runs in, and how the extension got there. */
  browser: IdentifiedBrowser;
  loadedWith: Loading;
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

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  profileDir?: string;
  /**
   * How to load the extension. Default: CLAIMLENS_LOADING, else `switches` (--load-extension, which
   * the e2e suite has always used and Chromium and Chrome for Testing honour); the demo asks for `auto`.
   */
  loading?: LoadingRequest;
  /** Only this browser (`npm run demo -- --browser …`). */
  want?: BrowserChoice;
  /** A browser already found and announced (the demo says its choice before building). */
  found?: Extract<Discovery, { ok: true }>;
  /** How long the extension's service worker may take to start before it counts as not loaded. */
  extensionTimeoutMs?: number;
}

export async function launchWithExtension(
  server: FixtureServer,
  opts: LaunchOptions = {},
): Promise<ExtensionSession> {
  const found =
    opts.found ??
    discoverChromium({ want: opts.want, loading: opts.loading ?? loadingFromEnv(process.env, 'switches') });
  if (!found.ok) throw new Error(found.message);
  // Absolute: Extensions.loadUnpacked resolves nothing relative to the caller.
  const extensionDir = resolve(opts.extensionDir ?? CHROME_BUILD_DIR);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionDir}: run npm run build first.`);
  }
  const profile = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'claimlens-profile-'));
  const dropProfile = () => {
    if (!opts.profileDir) rmSync(profile, { recursive: true, force: true });
  };

  const start = async (loading: Loading) => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: found.browser.path,
      headless: opts.headless ?? true,
      ignoreHTTPSErrors: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      viewport: { width: 1280, height: 900 },
      args: [
        ...argsFor(loading, extensionDir),
        `--host-resolver-rules=${resolverRules(server)}`,
        ...QUIET_ARGS,
      ],
    });
    try {
      let id: string | null = null;
      if (loading === 'devtools') {
        id = await loadOverDevtools(context, extensionDir).catch((error: unknown) => {
          if (error instanceof ExtensionRefused) {
            throw new Error(notLoadedMessage(found.browser, 'devtools', error.message));
          }
          throw error;
        });
      }
      const seconds = Math.round((opts.extensionTimeoutMs ?? 15_000) / 1000);
      const worker = await extensionWorker(context, id, seconds * 1000);
      if (!worker) {
        const why = `its service worker did not start within ${seconds} s`;
        throw new Error(notLoadedMessage(found.browser, loading, why));
      }
      return { context, worker };
    } catch (error) {
      // Never leave an empty browser open.
      await context.close().catch(() => undefined);
      throw error;
    }
  };

  let loadedWith = found.first;
  let started: Awaited<ReturnType<typeof start>>;
  try {
    try {
      started = await start(found.first);
    } catch (error) {
      if (!(error instanceof DevtoolsLoadingMissing)) throw error;
      if (!found.fallback) throw new Error(notLoadedMessage(found.browser, 'devtools', error.message));
      loadedWith = found.fallback;
      started = await start(found.fallback);
    }
  } catch (error) {
    dropProfile();
    throw error;
  }
  const { context, worker } = started;
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
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
    browser: found.browser,
    loadedWith,
    requests,
    foreignRequests(allowed = []) {
      const ok = new Set([...server.hosts, ...allowed]);
      return requests.filter((u) => {
        const { protocol, hostname } = new URL(u);
        // chrome:// pages (the extensions page) are served from the browser itself, not the network.
        if (['chrome-extension:', 'chrome:', 'data:', 'blob:'].includes(protocol)) return false;
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
      // Its own window, as a side panel beside the page: both stay visible. A second tab in the
      // portal's window would hide the portal page, and a hidden page runs no animation frames, so
      // every pointer action on it waits seconds for Playwright's checks.
      const url = `chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`;
      const opened = context.waitForEvent('page', (p) => p.url() === url);
      await worker.evaluate((u) => chrome.windows.create({ url: u, width: 420, height: 900 }), url);
      const panel = await opened;
      await panel.waitForLoadState();
      return panel;
    },
    tabIdOf,
    async close() {
      await context.close();
      dropProfile();
    },
  };
}
