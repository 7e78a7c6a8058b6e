import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId: number }): Promise<void>;
}

/** Opens the side panel (Chrome) or sidebar (Firefox) for a tab; quietly does nothing where not allowed. */
export async function openSidePanel(tabId: number): Promise<void> {
  const chromePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (chromePanel) {
    await chromePanel.open({ tabId }).catch(() => undefined);
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  await sidebar?.open().catch(() => undefined);
}
