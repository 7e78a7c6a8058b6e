import { browser } from 'wxt/browser';
import { lineFlags } from '../../utils/flags/flags';
import { loggedOnce } from '../../utils/log';
import type { BackgroundToContent } from '../../utils/messages';
import type { Finding } from '../../utils/model/finding';
import type { PageSnapshot } from '../../utils/model/snapshot';
import { sendToTab } from '../../utils/send';
import { loadDisplaySettings } from '../../utils/settings';
import {
  decodeTabState,
  encodeTabState,
  type FrameState,
  primaryFrameId,
  primarySnapshot,
  type TabState,
  tabKey,
  withFrame,
  withoutFrame,
  withoutPageData,
} from '../../utils/tabstate';
import { countFired } from './rule-stats';
import { PANEL_NAME } from './side-panel';

/**
 * Per-tab state in storage.session (memory only). Work on one tab runs in order, so a slow check of
 * an old snapshot can never overwrite the findings of a newer one.
 */
const queues = new Map<number, Promise<unknown>>();

function serial<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(work, work);
  queues.set(
    tabId,
    next.catch(loggedOnce('tab state: a queued update failed (the next change of the page tries again)')),
  );
  return next;
}

const read = async (tabId: number): Promise<TabState | undefined> =>
  decodeTabState((await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)]);
async function write(state: TabState): Promise<void> {
  const key = tabKey(state.tabId);
  try {
    await browser.storage.session.set({ [key]: encodeTabState(state) });
  } catch (error) {
    // Session storage is full (10 MB for all tabs): the panel says so rather than show an older
    // reading. Rejecting as well lets the content script try again later.
    const reason = error instanceof Error ? error.message : String(error);
    await browser.storage.session.set({ [key]: encodeTabState(withoutPageData(state, reason)) });
    throw error;
  }
  await sendFlags(state);
}

/** Inline flags go to the frame that read the claim-entry form (empty when switched off: clears them). */
async function sendFlags(state: TabState): Promise<void> {
  const frameId = primaryFrameId(state);
  const snapshot = primarySnapshot(state);
  if (frameId === null || snapshot?.kind !== 'claim-entry') return;
  const flags = (await loadDisplaySettings()).inlineFlags
    ? lineFlags(snapshot, state.findings, PANEL_NAME)
    : [];
  const msg: BackgroundToContent = { type: 'content/flags', flags };
  await sendToTab(state.tabId, msg, Number(frameId)).catch(
    loggedOnce('inline flags: the claim-entry frame was gone before they reached it'),
  );
}

export type Checker = (snapshot: PageSnapshot) => Promise<Finding[]>;

async function recheck(state: TabState, check: Checker): Promise<TabState> {
  const snapshot = primarySnapshot(state);
  if (!snapshot) return { ...state, findings: [], problem: null };
  try {
    const findings = await check(snapshot);
    void countFired(snapshot, findings).catch(loggedOnce('rule statistics: could not count fired findings'));
    return { ...state, findings, problem: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ...state, findings: [], problem: `The checks could not run: ${reason}` };
  }
}

export function putFrame(tabId: number, frameId: number, frame: FrameState, check: Checker): Promise<void> {
  return serial(tabId, async () => {
    await write(await recheck(withFrame(await read(tabId), tabId, frameId, frame), check));
  });
}

export function dropFrame(tabId: number, frameId: number, check: Checker): Promise<void> {
  return serial(tabId, async () => {
    const state = await read(tabId);
    if (state) await write(await recheck(withoutFrame(state, frameId, new Date().toISOString()), check));
  });
}

/**
 * Re-run the checks on every open tab (after new rule data or changed settings), or only on the tabs
 * whose page is of a kind `only` accepts (new denial memory matters to claim-entry forms alone).
 */
export async function recheckAll(
  check: Checker,
  only?: (kind: PageSnapshot['kind']) => boolean,
): Promise<void> {
  const all = await browser.storage.session.get(null);
  const tabs = Object.values(all)
    .map(decodeTabState)
    .filter((s): s is TabState => s !== undefined)
    .filter((s) => {
      const kind = primarySnapshot(s)?.kind;
      return !only || (kind !== undefined && only(kind));
    });
  await Promise.all(
    tabs.map((s) =>
      serial(s.tabId, async () => {
        // Forgotten meanwhile (tab closed, "Delete all patient data"): never written back.
        const current = await read(s.tabId);
        if (current) await write(await recheck(current, check));
      }),
    ),
  );
}

/**
 * "Delete all patient data": every tab's reading leaves session storage, each in its tab's queue so a
 * check already running cannot write it back. Returns how many tabs had one. A page still open is
 * read again when it changes (or on Re-read).
 */
export async function forgetAllTabs(): Promise<number> {
  const keys = Object.keys(await browser.storage.session.get(null)).filter((k) => /^tab:\d+$/.test(k));
  await Promise.all(
    keys.map((key) => {
      const tabId = Number(key.slice(4));
      return serial(tabId, () => browser.storage.session.remove(key));
    }),
  );
  return keys.length;
}

export function forgetTab(tabId: number): Promise<void> {
  queues.delete(tabId);
  return browser.storage.session.remove(tabKey(tabId));
}
