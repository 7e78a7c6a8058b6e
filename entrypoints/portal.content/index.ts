import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { lineAnchor } from '../../utils/flags/anchors';
import type { LineFlag } from '../../utils/flags/flags';
import { readOpenPanelAnswer } from '../../utils/flags/open-panel';
import type { ContentToBackground } from '../../utils/messages';
import type { PageSnapshot } from '../../utils/model/snapshot';
import { emptySnapshot } from '../../utils/portals/adapter';
import { loadedGenericReader } from '../../utils/portals/generic/global';
import { portalMatchPatterns } from '../../utils/portals/hosts';
import { type GenericReader, readWith } from '../../utils/portals/read-core';
import { createSnapshotSender } from '../../utils/snapshot-sender';
import { createFlagLayer } from './flags-layer';

/**
 * Reads portal pages in every frame and sends the snapshot to the background when it changes.
 * Never throws into the page, never touches the page's DOM, adds no globals, takes no commands from
 * page scripts (only from our own background, checked by sender id). No zod here: the background
 * validates. DOM changes are coalesced: at most one read per READ_INTERVAL_MS however busy the page.
 */
const READ_INTERVAL_MS = 250;

export default defineContentScript({
  matches: portalMatchPatterns,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    let lastSnapshot: PageSnapshot | null = null;
    // Resent a few times when the background does not confirm (stopped mid-check, restarting).
    const snapshots = createSnapshotSender<PageSnapshot>({
      send: (snapshot) =>
        browser.runtime.sendMessage({ type: 'page/snapshot', snapshot } satisfies ContentToBackground),
      later: (run, ms) => ctx.setTimeout(run, ms),
    });
    let scheduled = false;
    const flags = createFlagLayer(() =>
      browser.runtime
        .sendMessage({ type: 'page/open-panel' } satisfies ContentToBackground)
        .then(readOpenPanelAnswer, () => readOpenPanelAnswer(null)),
    );
    ctx.onInvalidated(() => flags.clear());

    // The generic reader is loaded into this frame only when a reading needs it (asked once).
    let reader: 'absent' | 'asked' | 'failed' = 'absent';
    const readAndSend = () => {
      scheduled = false;
      try {
        let needed = false;
        const generic: GenericReader =
          loadedGenericReader() ??
          ((_doc, url, portal, base) => {
            needed = true;
            if (base) return base; // the adapter's reading, its gaps filled once the reader is here
            const s = emptySnapshot(url.href, portal, 'unknown', 'generic');
            if (reader === 'failed') s.read.problems.push('the generic reader could not be loaded');
            return s;
          });
        lastSnapshot = readWith(generic, document, location.href);
        if (needed && reader === 'absent') {
          reader = 'asked';
          browser.runtime
            .sendMessage({ type: 'page/need-reader' } satisfies ContentToBackground)
            .then((loaded) => (loaded === true ? undefined : Promise.reject()))
            .catch(() => {
              reader = 'failed';
            })
            .finally(readAndSend);
          return;
        }
        if (needed && reader === 'asked') return; // the reading follows once it is loaded
        snapshots.offer(lastSnapshot);
      } catch {
        // A reader bug must never reach the portal page.
      }
    };
    const schedule = () => {
      if (scheduled || ctx.isInvalid) return;
      scheduled = true;
      ctx.setTimeout(readAndSend, READ_INTERVAL_MS);
    };

    const observer = new MutationObserver(schedule);
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    ctx.onInvalidated(() => observer.disconnect());
    ctx.addEventListener(document, 'input', schedule, { capture: true, passive: true });
    ctx.addEventListener(document, 'change', schedule, { capture: true, passive: true });
    ctx.addEventListener(window, 'wxt:locationchange', schedule);

    browser.runtime.onMessage.addListener((msg: unknown, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const m = msg as { type?: unknown; flags?: unknown } | null;
      if (m?.type === 'content/reread') {
        snapshots.forget();
        readAndSend();
      } else if (m?.type === 'content/flags' && Array.isArray(m.flags)) {
        const adapter = lastSnapshot?.read.adapter ?? '';
        flags.show(m.flags as LineFlag[], (f) => lineAnchor(document, adapter, f.line, f.code));
      }
      return undefined;
    });

    readAndSend();
  },
});
