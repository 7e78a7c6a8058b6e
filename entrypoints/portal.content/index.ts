import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createContentLifecycle } from '../../utils/content-lifecycle';
import { lineAnchor } from '../../utils/flags/anchors';
import type { LineFlag } from '../../utils/flags/flags';
import { readOpenPanelAnswer } from '../../utils/flags/open-panel';
import type { TeachCommand } from '../../utils/messages';
import { emptySnapshot } from '../../utils/model/empty';
import type { PageSnapshot } from '../../utils/model/snapshot';
import { loadedGenericReader } from '../../utils/portals/generic/global';
import { portalMatchPatterns } from '../../utils/portals/hosts';
import { type GenericReader, readWith } from '../../utils/portals/read-core';
import { adapterById } from '../../utils/portals/registry';
import { sendToBackground } from '../../utils/send';
import { createSnapshotSender } from '../../utils/snapshot-sender';
import { loadedTeach } from '../../utils/teach/global';
import { APPLIED_RECIPES_KEY } from '../../utils/teach/keys';
import type { Recipe } from '../../utils/teach/recipe';
import { createFlagLayer } from './flags-layer';

/**
 * Reads portal pages in every frame and sends the snapshot to the background when it changes.
 * Never throws into the page, never touches the page's DOM, adds no globals, takes no commands from
 * page scripts (only from our own background, checked by sender id), posts and dispatches nothing to
 * the page, and stops only when the extension is unloaded or updated (utils/content-lifecycle.ts;
 * WXT's context, which the page could see and stop, is swapped for an inert one by wxt.config.ts).
 * No zod here: the background validates. DOM changes are coalesced: at most one read per
 * READ_INTERVAL_MS however busy the page.
 */
const READ_INTERVAL_MS = 250;
/** Single-page apps change the address without a load: looked at this often (a string compare). */
const ADDRESS_CHECK_MS = 1000;

const extensionAlive = () => browser.runtime?.id != null;

export default defineContentScript({
  matches: portalMatchPatterns,
  allFrames: true,
  runAt: 'document_idle',
  main() {
    const life = createContentLifecycle({ alive: extensionAlive });
    let lastSnapshot: PageSnapshot | null = null;
    // Resent a few times when the background does not confirm (stopped mid-check, restarting).
    const snapshots = createSnapshotSender<PageSnapshot>({
      send: (snapshot) => sendToBackground({ type: 'page/snapshot', snapshot }),
      later: (run, ms) => life.setTimeout(run, ms),
    });
    let scheduled = false;
    const flags = createFlagLayer(() =>
      sendToBackground({ type: 'page/open-panel' }).then(readOpenPanelAnswer, () =>
        readOpenPanelAnswer(null),
      ),
    );
    life.onStop(() => flags.clear());

    // Recipes the biller taught (storage.local, validated when saved; followed defensively here), and
    // the one being taught now, which the panel sends with each click.
    let recipes: Recipe[] = [];
    let draft: Recipe | null = null;
    const takeRecipes = (raw: unknown) => {
      recipes = Array.isArray(raw) ? raw : []; // teach.js looks at 200 at most
    };
    // The generic reader (generic.js) and the recipe reader (teach.js) are loaded into this frame
    // only when a reading needs them (each asked for once); the reading follows once it is loaded.
    const scripts: Record<string, 'asked' | 'failed'> = {};
    const load = (type: 'page/need-reader' | 'page/need-teach') => {
      scripts[type] = 'asked';
      sendToBackground({ type })
        .then((loaded) => (loaded === true ? undefined : Promise.reject()))
        .catch(() => {
          scripts[type] = 'failed';
        })
        .finally(readAndSend);
    };
    const readNow = () => {
      snapshots.forget();
      readAndSend();
    };
    const setDraft = (d: Recipe | null) => {
      draft = d;
      readNow();
    };
    life.onStop(() => loadedTeach()?.command({ op: 'leave' }, () => undefined));

    const readAndSend = () => {
      scheduled = false;
      try {
        // A recipe for this host (teach.js matches the path and reads): load the recipe reader first.
        const api = loadedTeach();
        const taught = draft ?? recipes.some((r) => r?.host === location.hostname);
        if (taught && !api && scripts['page/need-teach'] !== 'failed') {
          if (!scripts['page/need-teach']) load('page/need-teach');
          return;
        }
        let needed = false;
        const generic: GenericReader =
          loadedGenericReader() ??
          ((_doc, url, portal, base) => {
            needed = true;
            if (base) return base; // the adapter's reading, its gaps filled once the reader is here
            const s = emptySnapshot(url.href, portal, 'unknown', 'generic');
            if (scripts['page/need-reader'] === 'failed')
              s.read.problems.push('the generic reader could not be loaded');
            return s;
          });
        lastSnapshot = readWith(
          generic,
          document,
          location.href,
          api ? (doc, url) => api.read(recipes, draft, doc, url) : undefined,
        );
        if (needed && scripts['page/need-reader'] !== 'failed') {
          if (!scripts['page/need-reader']) load('page/need-reader');
          return;
        }
        snapshots.offer(lastSnapshot);
      } catch {
        // A reader bug must never reach the portal page.
      }
    };
    const schedule = () => {
      if (scheduled || life.stopped) return;
      scheduled = true;
      life.setTimeout(readAndSend, READ_INTERVAL_MS);
    };

    const observer = new MutationObserver(schedule);
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    life.onStop(() => observer.disconnect());
    life.listen(document, 'input', schedule, { capture: true, passive: true });
    life.listen(document, 'change', schedule, { capture: true, passive: true });
    life.listen(window, 'popstate', schedule);
    life.listen(window, 'hashchange', schedule);
    let address = location.href;
    life.setInterval(() => {
      if (location.href === address) return;
      address = location.href;
      schedule();
    }, ADDRESS_CHECK_MS);

    const onMessage = (msg: unknown, sender: { id?: string }) => {
      if (life.stopped) return undefined;
      if (sender.id !== browser.runtime.id) return undefined;
      const m = msg as { type?: unknown; flags?: unknown; command?: TeachCommand } | null;
      if (m?.type === 'content/teach' && m.command) return loadedTeach()?.command(m.command, setDraft);
      if (m?.type === 'content/reread') readNow();
      else if (m?.type === 'content/flags' && Array.isArray(m.flags)) {
        const adapter = adapterById(lastSnapshot?.read.adapter ?? '');
        flags.show(m.flags as LineFlag[], (f) => lineAnchor(document, adapter, f.line, f.code));
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);

    // The key is storage.local's only (no other area holds it).
    const onStorage = (changes: Record<string, { newValue?: unknown }>) => {
      if (!(APPLIED_RECIPES_KEY in changes)) return;
      takeRecipes(changes[APPLIED_RECIPES_KEY]?.newValue);
      readNow();
    };
    browser.storage.onChanged.addListener(onStorage);
    life.onStop(() => {
      try {
        browser.runtime.onMessage.removeListener(onMessage);
        browser.storage.onChanged.removeListener(onStorage);
      } catch {
        // The runtime is already gone with the extension.
      }
    });

    // The first reading waits for the taught recipes (one storage read, about a millisecond).
    browser.storage.local
      .get(APPLIED_RECIPES_KEY)
      .then((r) => takeRecipes(r[APPLIED_RECIPES_KEY]))
      // Read without taught pages, and say why in the console (utils/log.ts is not in this script).
      .catch(console.warn)
      .finally(readAndSend);
  },
});
