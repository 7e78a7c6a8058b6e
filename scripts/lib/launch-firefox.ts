import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync } from 'fflate';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type EgressProxy, startEgressProxy } from './egress-proxy';
import { findFirefox, firefoxVersionProblem, firefoxVersionText } from './find-firefox';
import { type FixtureServer, hostsToMap } from './fixture-server';

/**
 * Real Firefox with the built add-on (.output/firefox-mv2), driven by puppeteer-core over WebDriver
 * BiDi — the Firefox twin of launch.ts. Portal pages load on their real hostnames through a logging
 * CONNECT proxy that tunnels them to the fixture server and refuses every other host; since every
 * connection of every context goes through it, its log is the egress watch.
 */
export const FIREFOX_BUILD_DIR = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv2');

/** The driver's own connection (for BiDi commands puppeteer does not wrap). */
const connectionOf = (browser: Browser) =>
  (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } })
    .connection;

/** Any fixed uuid: pinned so the add-on's pages have a known address (moz-extension://<uuid>/). */
const ADDON_UUID = '6b1f3c0e-9d42-4c57-8a1e-2f0c9b7d5a31';

interface GeckoManifest {
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
}

function geckoSettings(extensionDir: string): { id: string; minVersion: string } {
  const manifestPath = resolve(extensionDir, 'manifest.json');
  let manifest: GeckoManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as GeckoManifest;
  } catch {
    throw new Error(`No Firefox build at ${extensionDir}: run npm run build:firefox first.`);
  }
  const gecko = manifest.browser_specific_settings?.gecko;
  if (!gecko?.id) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id`);
  return { id: gecko.id, minVersion: gecko.strict_min_version ?? '0' };
}

/** Finds Firefox and checks it can run the add-on; throws one clear line when it cannot. */
export function firefoxFor(extensionDir: string): string {
  const found = findFirefox();
  if (!found.ok) throw new Error(found.message);
  const problem = firefoxVersionProblem(
    found.path,
    firefoxVersionText(found.path),
    geckoSettings(extensionDir).minVersion,
  );
  if (problem) throw new Error(problem);
  return found.path;
}

export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://<uuid> — the origin of the add-on's pages. */
  origin: string;
  /** Every host name any context asked for, in order (the egress proxy's log). */
  asked: string[];
  /** Hosts asked for that are neither the fixture portals nor `allowed`. */
  foreignHosts(allowed?: string[]): string[];
  openPortal(url: string): Promise<Page>;
  /** Opens one of the add-on's pages (e.g. "/options.html") in a tab and waits for it to load. */
  openExtensionPage(path: string): Promise<Page>;
  /** Opens sidepanel.html in a tab, bound to the tab showing `portalPage` (the sidebar's document). */
  openSidePanelFor(portalPage: Page): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  /** Installs the build in `dir` as a temporary add-on: over an installed one, this is an update. */
  install(dir: string): Promise<void>;
  close(): Promise<void>;
}

const until = async <T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000) => {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

/** Waits until `page` shows `url` fully loaded (Firefox sends no BiDi load events for extension pages). */
export async function waitForDocument(page: Page, url: string): Promise<void> {
  await until(`${url} to load`, async () => {
    const [href, state] = await page.evaluate(() => [location.href, document.readyState]);
    return href === url && state === 'complete' ? true : undefined;
  });
}

/**
 * How the add-on is there: `temporary` (installed for this run, as web-ext does; gone at the next
 * start), `permanent` (installed into `profileDir` as a biller's installed add-on is, so it survives a
 * browser restart; unsigned, which Firefox ESR allows with xpinstall.signatures.required off; packed
 * as `<profileDir>.xpi`, which the caller removes), or
 * `installed` (already in `profileDir`: a restart of that browser, nothing installed).
 */
export type AddonInstall = 'temporary' | 'permanent' | 'installed';

/** The build packed as an .xpi (a zip of the build directory), for a permanent install. */
function packXpi(extensionDir: string, xpi: string): string {
  const files: Record<string, Uint8Array> = {};
  for (const entry of readdirSync(extensionDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files[relative(extensionDir, full).split(sep).join('/')] = readFileSync(full);
  }
  writeFileSync(xpi, zipSync(files));
  return xpi;
}

export async function launchFirefoxWithAddon(
  server: FixtureServer,
  opts: {
    extensionDir?: string;
    headless?: boolean;
    profileDir?: string;
    addon?: AddonInstall;
    /** A `permanent` add-on from this package (a release zip) instead of one packed from extensionDir. */
    archive?: string;
  } = {},
): Promise<FirefoxSession> {
  const addon = opts.addon ?? 'temporary';
  if (addon !== 'temporary' && !opts.profileDir) throw new Error(`a ${addon} add-on needs a profileDir`);
  const extensionDir = opts.extensionDir ?? FIREFOX_BUILD_DIR;
  const executablePath = firefoxFor(extensionDir);
  const gecko = geckoSettings(extensionDir);
  const mapped = new Set(hostsToMap(server));
  const proxy: EgressProxy = await startEgressProxy((host) => (mapped.has(host) ? server.port : null));
  const debug = !!process.env.CLAIMLENS_E2E_DEBUG;
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: opts.headless ?? true,
      // The fixture server's certificate is self-signed, made at test time.
      acceptInsecureCerts: true,
      // Without it Firefox refuses to let the driver navigate to moz-extension:// pages.
      args: ['--remote-allow-system-access', ...(opts.profileDir ? ['--profile', opts.profileDir] : [])],
      dumpio: debug,
      env: {
        ...process.env,
        // Keep Firefox itself from calling Mozilla's services (the egress watch would see it).
        MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
        MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1',
      },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [gecko.id]: ADDON_UUID }),
        // Every connection goes through the egress proxy: nothing bypasses it, no DNS of its own.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.share_proxy_settings': true,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.trr.mode': 5,
        'network.dns.disablePrefetch': true,
        'network.prefetch-next': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        // The driver points Firefox's settings service at a placeholder host; a data: URL asks no host.
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
        // Lets a test read the clipboard back (the note the panel copied) without a paste prompt.
        'dom.events.testing.asyncClipboard': true,
        'devtools.console.stdout.content': debug,
        'devtools.console.stdout.chrome': debug,
        // An unsigned add-on installed for good (addon: 'permanent'): Firefox ESR honours this.
        ...(addon === 'temporary' ? {} : { 'xpinstall.signatures.required': false }),
      },
    });
  } catch (error) {
    await proxy.close();
    throw error;
  }
  const origin = `moz-extension://${ADDON_UUID}`;
  if (addon === 'temporary') await browser.installExtension(extensionDir);
  else if (addon === 'permanent')
    await connectionOf(browser).send('webExtension.install', {
      extensionData: {
        type: 'archivePath',
        path: opts.archive ?? packXpi(extensionDir, `${opts.profileDir}.xpi`),
      },
      'moz:permanent': true,
    });

  let helper: Page | null = null;
  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    const url = `${origin}${path}`;
    // No load event ever comes for an extension page: the navigation's promise only settles at close.
    page.goto(url, { timeout: 0 }).catch(() => undefined);
    await waitForDocument(page, url);
    return page;
  };
  const tabIdOf = async (page: Page): Promise<number> => {
    helper ??= await openExtensionPage('/sidepanel.html');
    const url = page.url();
    const id = await helper.evaluate(async (u: string) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      // The newest tab showing that address (tests open the same page more than once).
      const ids = (await api.tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? -1);
      return ids.length ? Math.max(...ids) : -1;
    }, url);
    if (id < 0) throw new Error(`no tab found for ${url}`);
    return id;
  };

  return {
    browser,
    origin,
    asked: proxy.asked,
    foreignHosts(allowed = []) {
      const ok = new Set([...server.hosts, ...allowed]);
      return [...new Set(proxy.asked.filter((h) => !ok.has(h)))];
    },
    async openPortal(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return page;
    },
    openExtensionPage,
    async openSidePanelFor(portalPage) {
      const tabId = await tabIdOf(portalPage);
      return openExtensionPage(`/sidepanel.html?tabId=${tabId}`);
    },
    tabIdOf,
    async install(dir) {
      await browser.installExtension(dir);
      helper = null; // the previous build's pages closed with it
    },
    async close() {
      await browser.close().catch(() => undefined);
      await proxy.close();
    },
  };
}
