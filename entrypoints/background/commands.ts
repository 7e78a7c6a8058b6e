import { browser } from 'wxt/browser';
import { COPY_REQUEST_KEY, copyRequest } from '../../utils/copy-request';
import { loggedOnce } from '../../utils/log';

interface Openers {
  chrome?: { sidePanel?: { open(options: { tabId: number }): Promise<void> } };
}

/**
 * Opens the panel for the tab with the browser's own call, made at once: both browsers allow it only
 * straight from the user's action (here the shortcut), before anything is awaited.
 */
function openPanelNow(tabId: number): void {
  const chromePanel = (globalThis as Openers).chrome?.sidePanel;
  if (chromePanel) {
    void chromePanel.open({ tabId }).catch(loggedOnce('shortcut: could not open the side panel'));
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  void sidebar?.open().catch(loggedOnce('shortcut: could not open the sidebar'));
}

/**
 * The copy-note shortcut (Alt+Shift+N unless the biller changed it) works with the panel closed:
 * the panel is opened for the tab straight from the shortcut's handler (Chrome and Firefox only
 * allow that from a user action, before any await), and a copy request is left for it; the panel
 * copies its note as soon as it is ready (entrypoints/sidepanel/main.tsx). With the panel open,
 * the same request reaches it at once.
 */
export function listenForCopyShortcut(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'copy-note' || tab?.id === undefined) return;
    openPanelNow(tab.id);
    void browser.storage.session
      .set({ [COPY_REQUEST_KEY]: copyRequest(tab.id) })
      .catch(loggedOnce('shortcut: could not leave the copy request for the panel'));
  });
}
