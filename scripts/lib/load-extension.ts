import type { BrowserContext, Worker } from 'playwright-core';
import {
  describeBrowser,
  type IdentifiedBrowser,
  type Loading,
  type LoadingRequest,
} from './browser-identity';

/**
 * The two ways the built extension gets into a Chromium-family browser that Playwright started:
 * - `switches`: `--load-extension` (+ `--disable-extensions-except`) on the command line. Chromium and
 *   Chrome for Testing honour them; Google Chrome 137+ ignores them.
 * - `devtools`: `Extensions.loadUnpacked` sent to the browser target over the DevTools protocol. The
 *   browser must be started with `--enable-unsafe-extension-debugging` and the client must be connected
 *   over `--remote-debugging-pipe` — which is how Playwright drives Chromium. This is what puppeteer's
 *   `enableExtensions` + `browser.installExtension(path)` do; it works in branded Chrome too.
 */
export const switchesFor = (extensionDir: string) => [
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
];
export const DEVTOOLS_LOADING_SWITCHES = ['--enable-unsafe-extension-debugging'];

export const argsFor = (loading: Loading, extensionDir: string) =>
  loading === 'switches' ? switchesFor(extensionDir) : DEVTOOLS_LOADING_SWITCHES;

/** The browser has no `Extensions.loadUnpacked` (too old, or not reachable this way). */
export class DevtoolsLoadingMissing extends Error {}

/** The browser has the command and said no (a policy, a broken manifest, a wrong path…). */
export class ExtensionRefused extends Error {}

/** "'Extensions.loadUnpacked' wasn't found" (older browsers), "Method not available." (flag missing). */
export const meansMissing = (message: string) => /wasn't found|not found|Method not available/i.test(message);

/** Loads `extensionDir` over the DevTools protocol; resolves with the extension id the browser gave it. */
export async function loadOverDevtools(context: BrowserContext, extensionDir: string): Promise<string> {
  const browser = context.browser();
  if (!browser) throw new DevtoolsLoadingMissing('no browser-level DevTools session');
  const cdp = await browser.newBrowserCDPSession();
  try {
    // Experimental domain: not in Playwright's protocol types.
    const send = cdp.send.bind(cdp) as unknown as (method: string, params: object) => Promise<{ id: string }>;
    const { id } = await send('Extensions.loadUnpacked', { path: extensionDir });
    return id;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(
      /^.*?Protocol error[^:]*:\s*/,
      '',
    );
    throw meansMissing(message) ? new DevtoolsLoadingMissing(message) : new ExtensionRefused(message);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The extension's service worker once it runs (of extension `id` when known), or null after `timeoutMs`. */
export async function extensionWorker(
  context: BrowserContext,
  id: string | null,
  timeoutMs: number,
): Promise<Worker | null> {
  const ours = (w: Worker) => {
    const url = new URL(w.url());
    return url.protocol === 'chrome-extension:' && (id === null || url.host === id);
  };
  const running = context.serviceWorkers().find(ours);
  if (running) return running;
  return context
    .waitForEvent('serviceworker', { predicate: ours, timeout: timeoutMs })
    .catch(() => context.serviceWorkers().find(ours) ?? null);
}

export const LOADING_WORDS: Record<Loading, string> = {
  devtools: 'over the DevTools protocol (Extensions.loadUnpacked)',
  switches: 'with --load-extension',
};

/** Why a browser that started is of no use: said in words that tell the user what to do next. */
export function notLoadedMessage(browser: IdentifiedBrowser, loading: Loading, detail: string): string {
  const who = describeBrowser(browser);
  const manual = 'Or load it by hand: see "Load the extension yourself" in the README.';
  if (loading === 'devtools') {
    return [
      `${who} did not load ClaimLens ${LOADING_WORDS.devtools}: ${detail}`,
      'An administrator policy can forbid developer extensions; Chromium or Chrome for Testing are not managed.',
      manual,
    ].join('\n');
  }
  return [
    `${who} started, but ClaimLens did not load ${LOADING_WORDS.switches}: ${detail}`,
    'Google Chrome 137+ ignores --load-extension, and policies can block it: use Chromium or Chrome for Testing,',
    'or load over the DevTools protocol (CLAIMLENS_LOADING=devtools, the demo’s default).',
    manual,
  ].join('\n');
}

/** The loading asked for through CLAIMLENS_LOADING, else `fallback`; a wrong value is an error. */
export function loadingFromEnv(env: NodeJS.ProcessEnv, fallback: LoadingRequest): LoadingRequest {
  const value = env.CLAIMLENS_LOADING;
  if (!value) return fallback;
  if (value === 'auto' || value === 'devtools' || value === 'switches') return value;
  throw new Error(`CLAIMLENS_LOADING must be auto, devtools or switches (it is "${value}").`);
}
