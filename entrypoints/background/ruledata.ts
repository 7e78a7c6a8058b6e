import { browser } from 'wxt/browser';
import { getDb } from '../../utils/db';
import { logOnce } from '../../utils/log';
import { loadBundledData } from '../../utils/ruledata/bundled';
import { cleanOrphans } from '../../utils/ruledata/import';
import { createRuleStore } from '../../utils/ruledata/store';
import type { RuleStore } from '../../utils/ruledata/types';
import { IMPORT_NOTICE_KEY } from './keys';

/**
 * The rule data in IndexedDB. When the browser starts or the extension is installed/updated (never on
 * a mere service-worker wake-up, when an import may be running in the options page), records of an
 * import that never finished are removed — the data sets in use were never touched by it — and the
 * options page is told, so the user knows to import those files again.
 */
export function openRuleData() {
  const db = getDb();
  const store = createRuleStore(db);
  return {
    store: (): RuleStore => store,
    async cleanUp(): Promise<void> {
      const removed = await cleanOrphans(db).catch((error: unknown) => {
        logOnce('rule data: could not remove the rows of an unfinished import', error);
        return 0;
      });
      if (removed > 0) await browser.storage.local.set({ [IMPORT_NOTICE_KEY]: new Date().toISOString() });
    },
    loadBundled() {
      return loadBundledData(db, async (path) => {
        const response = await fetch(browser.runtime.getURL(`/${path}` as '/'));
        if (!response.ok) throw new Error(`bundled file ${path} is missing from the extension`);
        return new Uint8Array(await response.arrayBuffer());
      });
    },
  };
}
