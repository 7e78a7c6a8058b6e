import { browser } from 'wxt/browser';
import { TOOLBAR_CLICK_KEY } from '../../utils/tabstate';

interface ChromeSidePanel {
  open(options: { tabId: number } | { windowId: number }): Promise<void>;
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}

const chromeSidePanel = () => (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
const firefoxSidebar = () =>
  (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;

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
  if (panel) void panel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
  action?.onClicked.addListener((tab) => {
    // Opened first, before anything asynchronous: both browsers require the user's gesture.
    if (panel && tab.windowId !== undefined)
      void panel.open({ windowId: tab.windowId }).catch(() => undefined);
    else if (!panel)
      void firefoxSidebar()
        ?.open()
        .catch(() => undefined);
    if (tab.id !== undefined)
      void browser.storage.session.set({ [TOOLBAR_CLICK_KEY]: { tabId: tab.id, at: Date.now() } });
  });
}

/** Opens the side panel (Chrome) or sidebar (Firefox) for a tab; quietly does nothing where not allowed. */
export async function openSidePanel(tabId: number): Promise<void> {
  const chromePanel = chromeSidePanel();
  if (chromePanel) {
    await chromePanel.open({ tabId }).catch(() => undefined);
    return;
  }
  await firefoxSidebar()
    ?.open()
    .catch(() => undefined);
}
