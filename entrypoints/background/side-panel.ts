import { browser } from 'wxt/browser';
import { answerFor, type OpenPanelAnswer, type PanelFacts } from '../../utils/flags/open-panel';
import { loggedOnce, logOnce } from '../../utils/log';
import { TOOLBAR_CLICK_KEY } from '../../utils/tabstate';

interface ChromeSidePanel {
  open(options: { tabId: number } | { windowId: number }): Promise<void>;
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
  isOpen(details: { windowId?: number }): Promise<boolean>;
}

const chromeSidePanel = () => (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
const firefoxSidebar = () => (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;

/** The Firefox command that opens the sidebar (manifest `commands`); the biller may rebind it. */
export const SIDEBAR_COMMAND = '_execute_sidebar_action';

/** What the browser calls the panel, for words the background writes (inline flag texts). */
export const PANEL_NAME: PanelFacts['panel'] = chromeSidePanel() ? 'side panel' : 'sidebar';

/**
 * The toolbar button opens the side panel (Chrome) or the sidebar (Firefox), from the click itself.
 * Chrome's own "open the panel on click" (setPanelBehavior) does not count as invoking the extension
 * on the page, so it would not grant activeTab: the panel could not see the address of a site that is
 * not a portal yet and could not offer "Read this site". Handling the click grants it (Chrome and
 * Firefox), and the panel is told to look at the tab's address again.
 */
export function openPanelFromToolbar(): void {
  const panel = chromeSidePanel();
  const action = browser.action ?? browser.browserAction;
  if (panel)
    void panel
      .setPanelBehavior({ openPanelOnActionClick: false })
      .catch(loggedOnce('toolbar: could not set the side panel behaviour'));
  action?.onClicked.addListener((tab) => {
    // Opened first, before anything asynchronous: both browsers require the user's gesture.
    if (panel && tab.windowId !== undefined)
      void panel.open({ windowId: tab.windowId }).catch(loggedOnce('toolbar: could not open the side panel'));
    // A toolbar click is a user action Firefox saw itself: open() is allowed here.
    else if (!panel) void firefoxSidebar()?.open().catch(loggedOnce('toolbar: could not open the sidebar'));
    if (tab.id !== undefined)
      void browser.storage.session
        .set({ [TOOLBAR_CLICK_KEY]: { tabId: tab.id, at: Date.now() } })
        .catch(loggedOnce('toolbar: could not note the click for the panel'));
  });
}

/**
 * Opens the panel from a click on one of ClaimLens' own pages (the options page's "Re-teach"). Call it
 * first thing in the click handler, before anything asynchronous: Chrome and Firefox both want the
 * user's gesture, and Firefox's lasts only while the handler runs. `windowId`: the window the panel
 * opens in (Chrome; Firefox opens its sidebar in the window of the click).
 */
export function openPanelFromClick(windowId: number | undefined): Promise<boolean> {
  const panel = chromeSidePanel();
  const opening =
    panel && windowId !== undefined
      ? panel.open({ windowId })
      : (firefoxSidebar()?.open() ?? Promise.reject(new Error('no side panel or sidebar API')));
  return opening.then(
    () => true,
    (error: unknown) => {
      logOnce('re-teach: could not open the side panel from the click', error);
      return false;
    },
  );
}

/**
 * A badge was clicked: open the panel for the tab. Chrome does. Firefox refuses `sidebarAction.open()`
 * outside a user action it saw itself (a content script's message is not one), so the answer tells
 * the page how the biller can open it — the shortcut as currently bound, and whether it is already open.
 */
export async function openSidePanel(tabId: number): Promise<OpenPanelAnswer> {
  return answerFor(await panelFacts(tabId));
}

async function panelFacts(tabId: number): Promise<PanelFacts> {
  const chromePanel = chromeSidePanel();
  if (chromePanel) {
    const opened = await chromePanel.open({ tabId }).then(
      () => true,
      () => false,
    );
    return { opened, panel: 'side panel', showing: false, shortcut: null };
  }
  const sidebar = firefoxSidebar();
  const opened = sidebar
    ? await Promise.resolve()
        .then(() => sidebar.open())
        .then(
          () => true,
          () => false,
        )
    : false;
  if (opened) return { opened, panel: 'sidebar', showing: true, shortcut: null };
  const windowId = await browser.tabs.get(tabId).then(
    (t) => t.windowId,
    () => undefined,
  );
  const showing = (await sidebar?.isOpen({ windowId }).catch(() => false)) ?? false;
  const commands = await browser.commands.getAll().catch((error: unknown) => {
    logOnce('badge: could not read the sidebar shortcut (the popover names none)', error);
    return [];
  });
  const shortcut = commands.find((c) => c.name === SIDEBAR_COMMAND)?.shortcut || null;
  return { opened: false, panel: 'sidebar', showing, shortcut };
}
