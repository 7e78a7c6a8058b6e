import { browser } from 'wxt/browser';
import { COPY_REQUEST_KEY, copyRequest } from '../../utils/copy-request';
import { openSidePanel } from './side-panel';

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
    void openSidePanel(tab.id);
    void browser.storage.session.set({ [COPY_REQUEST_KEY]: copyRequest(tab.id) }).catch(() => undefined);
  });
}
