import type { Browser, Page } from 'puppeteer-core';

/**
 * Firefox's own window (its "chrome"), reached over WebDriver BiDi: with --remote-allow-system-access
 * the driver may evaluate script in browser.xhtml (`'moz:scope': 'chrome'`). The tests use it to see
 * what a biller sees and a page script cannot: the accessibility tree (it reaches into the inline
 * flags' shadow root, open or closed, and into frames), the sidebar, the toolbar button and the
 * add-on's keyboard shortcut.
 */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
const connectionOf = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;

/** Evaluates `expression` (which must yield a JSON string) in the browser window; returns it parsed. */
export async function evaluateInChrome<T>(browser: Browser, expression: string): Promise<T> {
  const bidi = connectionOf(browser);
  const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 }))
    .result as {
    contexts: { context: string; url: string }[];
  };
  const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('Firefox exposed no browser window: is --remote-allow-system-access set?');
  const answer = (
    await bidi.send('script.evaluate', {
      expression,
      target: { context: window.context },
      awaitPromise: true,
    })
  ).result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } };
  if (answer.type !== 'success') throw new Error(`chrome script failed: ${answer.exceptionDetails?.text}`);
  return JSON.parse(String(answer.result?.value)) as T;
}

/** How Firefox names an add-on's toolbar widget and sidebar ("claimlens@example.org" → "claimlens_example_org"). */
export const widgetId = (addonId: string) => addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_');

export interface SidebarState {
  open: boolean;
  /** The document the sidebar shows, when it is an add-on's panel. */
  url: string | null;
}

export const sidebarState = (browser: Browser) =>
  evaluateInChrome<SidebarState>(
    browser,
    `JSON.stringify({
      open: SidebarController.isOpen,
      url: document.getElementById('sidebar')?.contentDocument
        ?.getElementById('webext-panels-browser')?.currentURI?.spec ?? null,
    })`,
  );

/** Every word the sidebar shows, read from its accessibility tree (its page runs in another process). */
export const sidebarText = (browser: Browser) =>
  evaluateInChrome<string>(
    browser,
    `(() => {
      const svc = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
      const panel = document.getElementById('sidebar')?.contentDocument?.getElementById('webext-panels-browser');
      const words = [];
      const walk = (acc, depth) => {
        if (!acc || depth > 80) return;
        if (!acc.firstChild && acc.name) words.push(acc.name);
        for (let c = acc.firstChild; c; c = c.nextSibling) walk(c, depth + 1);
      };
      walk(panel ? svc.getAccessibleFor(panel) : null, 0);
      return JSON.stringify(words.join(' ').replace(/\\s+/g, ' '));
    })()`,
  );

export const hideSidebar = (browser: Browser) =>
  evaluateInChrome<null>(browser, 'SidebarController.hide(); "null"');

/** Clicks the add-on's toolbar button; fails when it is not in the toolbar (nav-bar). */
export function clickToolbarButton(browser: Browser, addonId: string): Promise<string> {
  const id = JSON.stringify(`${widgetId(addonId)}-browser-action`);
  return evaluateInChrome<string>(
    browser,
    `(() => {
      const placement = CustomizableUI.getPlacementOfWidget(${id});
      if (placement?.area !== 'nav-bar') throw new Error('toolbar button not in the toolbar: ' + placement?.area);
      document.getElementById(${id}).querySelector('toolbarbutton').doCommand();
      return JSON.stringify(placement.area);
    })()`,
  );
}

/**
 * Runs the browser's keyboard shortcut `shortcut` ("Alt+Shift+L") as Firefox bound it for the add-on:
 * finds the window's key element with that key and modifiers among the add-on's, and fires it.
 * Returns the command's element id, or throws when the add-on has no such shortcut.
 */
export function pressAddonShortcut(browser: Browser, addonId: string, shortcut: string): Promise<string> {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  const modifiers = parts
    .map((m) => m.toLowerCase().replace('ctrl', 'accel').replace('command', 'accel'))
    .sort();
  return evaluateInChrome<string>(
    browser,
    `(() => {
      const wanted = ${JSON.stringify({ key, modifiers, prefix: `ext-key-id-${widgetId(addonId)}` })};
      const el = [...document.querySelectorAll('key')].find((k) =>
        k.id.startsWith(wanted.prefix) && (k.getAttribute('key') ?? '').toUpperCase() === wanted.key.toUpperCase() &&
        JSON.stringify((k.getAttribute('modifiers') ?? '').split(',').filter(Boolean).sort()) === JSON.stringify(wanted.modifiers));
      if (!el) throw new Error('no shortcut ' + ${JSON.stringify(shortcut)} + ' for the add-on');
      el.doCommand();
      return JSON.stringify(el.id);
    })()`,
  );
}

export interface AccessibleNode {
  role: string;
  name: string;
  /** The text of every node inside it (a dialog's words). */
  text: string;
  /** CSS pixels from the top-left of the tab's viewport (for page.mouse). */
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The accessibility tree of `page` (brought to the front), as assistive tech reads it: nodes of the
 * given roles (Firefox's names: "pushbutton", "dialog"...) whose name starts with `namePrefix`.
 */
export async function accessibleNodes(
  browser: Browser,
  page: Page,
  roles: string[],
  namePrefix: string,
): Promise<AccessibleNode[]> {
  await page.bringToFront();
  return evaluateInChrome<AccessibleNode[]>(
    browser,
    `(() => {
      const svc = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
      const roles = ${JSON.stringify(roles)};
      const prefix = ${JSON.stringify(namePrefix)};
      const bounds = (acc) => { const x = {}, y = {}, w = {}, h = {}; acc.getBounds(x, y, w, h); return [x.value, y.value, w.value, h.value]; };
      const top = svc.getAccessibleFor(gBrowser.selectedBrowser);
      const doc = top?.firstChild;
      if (!doc) return '[]';
      const [dx, dy] = bounds(doc);
      const textOf = (acc, depth) => {
        if (depth > 20) return '';
        if (!acc.firstChild) return acc.name ?? '';
        const parts = [];
        for (let c = acc.firstChild; c; c = c.nextSibling) parts.push(textOf(c, depth + 1));
        return parts.join(' ');
      };
      const found = [];
      const walk = (acc, depth) => {
        if (depth > 80) return;
        const role = svc.getStringRole(acc.role);
        if (roles.includes(role) && (acc.name ?? '').startsWith(prefix)) {
          const [x, y, width, height] = bounds(acc);
          found.push({ role, name: acc.name, text: textOf(acc, 0).replace(/\\s+/g, ' ').trim(), x: x - dx, y: y - dy, width, height });
        }
        for (let c = acc.firstChild; c; c = c.nextSibling) walk(c, depth + 1);
      };
      walk(doc, 0);
      return JSON.stringify(found);
    })()`,
  );
}
