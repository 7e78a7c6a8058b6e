/**
 * The content script's `browser`: the browser's own extension API instead of webextension-polyfill.
 * The content script uses only runtime.id, runtime.sendMessage (a promise on Chrome MV3 and
 * Firefox) and runtime.onMessage without async replies, which need no polyfill; dropping it keeps
 * the script that runs in every portal frame ~3 KB smaller. Swapped in by wxt.config.ts for the
 * content-script build only; every other context keeps the polyfill.
 */
type Api = typeof import('@wxt-dev/webextension-polyfill/browser').browser;
const g = globalThis as unknown as { browser?: Api; chrome?: Api };
export const browser: Api = (g.browser?.runtime ? g.browser : g.chrome) as Api;
export default browser;
