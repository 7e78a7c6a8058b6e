import { browser } from 'wxt/browser';
import { getDb } from '../../utils/db';
import { markDenialsChanged, watchDenialChanges } from '../../utils/denials/changes';
import { readPage } from '../../utils/denials/classify';
import { createMemorySource } from '../../utils/denials/memory';
import { portalLink } from '../../utils/denials/portal-link';
import { recordReadings } from '../../utils/denials/store';
import type { PageSnapshot } from '../../utils/model/snapshot';
import { localIsoDate } from '../../utils/notes/format';

/**
 * Wiring for the denial worklist (utils/denials): record what status, detail and remittance pages show,
 * keep the denial memory for the `history` check, and open the worklist from the toolbar button's
 * context menu. Recording runs after the tab's check, in order, so it never delays the side panel.
 */
export const WORKLIST_PATH = '/worklist.html';

export function openWorklist(): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(WORKLIST_PATH) });
}

export function denialWiring(onMemoryChanged: () => Promise<void>) {
  const db = getDb();
  const memory = createMemorySource(db);
  let queue: Promise<unknown> = Promise.resolve();

  watchDenialChanges(() => {
    memory.forget();
    void onMemoryChanged();
  });

  return {
    memory,
    /** Records the denials and payments a page shows (one transaction); tells the other contexts. */
    record(snapshot: PageSnapshot, frameUrl: string): Promise<void> {
      const readings = readPage(snapshot);
      if (readings.length === 0) return Promise.resolve();
      const at = {
        today: localIsoDate(),
        nowIso: new Date().toISOString(),
        portal: snapshot.portal,
        kind: snapshot.kind,
        link: portalLink(frameUrl),
      };
      const work = queue.then(async () => {
        const counts = await recordReadings(
          db,
          readings.map((reading) => ({ reading, at })),
        );
        if (counts.added + counts.updated + counts.paid > 0) await markDenialsChanged();
      });
      queue = work.catch((error: unknown) => console.warn('ClaimLens could not record denials', error));
      return work;
    },
  };
}

const MENU_ID = 'claimlens-open-worklist';

/**
 * Chrome opens the side panel on a click of the toolbar button, so the worklist is offered where users
 * look next: the button's right-click menu (and the side panel's header link). Firefox the same.
 */
export function worklistMenu(): void {
  const menus = (browser as unknown as { contextMenus?: typeof browser.contextMenus }).contextMenus;
  if (!menus) return;
  const contexts = (import.meta.env.FIREFOX ? ['browser_action'] : ['action']) as ['action'];
  browser.runtime.onInstalled.addListener(() => {
    void menus
      .removeAll()
      .then(() =>
        menus.create(
          { id: MENU_ID, title: 'Open the denial worklist', contexts },
          () => void browser.runtime.lastError,
        ),
      );
  });
  menus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID) void openWorklist();
  });
}
