import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId: number }): Promise<void>;
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}

const chromeSidePanel = () => (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
const firefoxSidebar = () =>
  (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;

/** The toolbar button opens the side panel (Chrome) or the sidebar (Firefox). */
export function openPanelFromToolbar(): void {
  const panel = chromeSidePanel();
  if (panel) {
    void panel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  (browser.action ?? browser.browserAction)?.onClicked.addListener(() => void firefoxSidebar()?.open());
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
