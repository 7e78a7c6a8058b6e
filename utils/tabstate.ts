import type { Finding } from './model/finding';
import type { PageSnapshot } from './model/snapshot';

/**
 * Per-tab page state, kept by the background in `storage.session` (memory only, never on disk,
 * not readable by content scripts). One entry per frame: the Availity app paints inside an iframe
 * while its navigation shell is the top frame.
 */
export interface FrameState {
  url: string;
  snapshot: PageSnapshot;
  receivedAt: string;
}

export interface TabState {
  tabId: number;
  frames: Record<string, FrameState>;
  findings: Finding[];
  /** Set when the checks could not run (the side panel says so instead of showing no findings). */
  problem: string | null;
  updatedAt: string;
}

export const tabKey = (tabId: number): string => `tab:${tabId}`;

/**
 * Session key the background writes when the toolbar button is clicked on a tab ({ tabId, at }): the
 * click grants activeTab, so an open panel looks at that tab's address again.
 */
export const TOOLBAR_CLICK_KEY = 'toolbar:clicked';

/**
 * Tab state is stored as one JSON string, not an object tree: Chrome copies a string into session
 * storage (and out to every storage.onChanged listener) about 7× faster than the same data as
 * objects — on a 2,000-claim status page (≈1.3 MB) that is ≈40 ms instead of ≈300 ms.
 */
export function encodeTabState(state: TabState): string {
  return JSON.stringify(state);
}

/** The stored value back as tab state; anything else (a damaged or foreign value) reads as none. */
export function decodeTabState(value: unknown): TabState | undefined {
  let state: unknown = value;
  if (typeof value === 'string') {
    try {
      state = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const s = state as Partial<TabState> | null;
  const ok =
    typeof s === 'object' &&
    s !== null &&
    typeof s.tabId === 'number' &&
    typeof s.frames === 'object' &&
    s.frames !== null &&
    Array.isArray(s.findings);
  return ok ? (s as TabState) : undefined;
}

export function withFrame(
  state: TabState | undefined,
  tabId: number,
  frameId: number,
  frame: FrameState,
): TabState {
  return {
    tabId,
    frames: { ...(state?.frames ?? {}), [String(frameId)]: frame },
    findings: state?.findings ?? [],
    problem: state?.problem ?? null,
    updatedAt: frame.receivedAt,
  };
}

/**
 * What is kept when the tab's reading cannot be stored (session storage holds 10 MB across all
 * tabs): no page data, and a problem the side panel shows instead of an older reading.
 */
export function withoutPageData(state: TabState, reason: string): TabState {
  return {
    ...state,
    frames: {},
    findings: [],
    problem: `ClaimLens could not keep what it read on this page (${reason.slice(0, 200)}). Close portal tabs you no longer need, then press Re-read.`,
  };
}

export function withoutFrame(state: TabState, frameId: number, at: string): TabState {
  const frames = { ...state.frames };
  delete frames[String(frameId)];
  return { ...state, frames, updatedAt: at };
}

/**
 * The snapshot the side panel shows for a tab: the frame that read a known kind of page with the
 * most claims (the portal's app frame), else the top frame's.
 */
export function primarySnapshot(state: TabState | undefined): PageSnapshot | null {
  const frameId = primaryFrameId(state);
  return frameId === null ? null : (state?.frames[frameId]?.snapshot ?? null);
}

/** The frame whose snapshot the side panel shows (see primarySnapshot), or null. */
export function primaryFrameId(state: TabState | undefined): string | null {
  if (!state) return null;
  const frames = Object.entries(state.frames);
  const known = frames
    .filter(([, f]) => f.snapshot.kind !== 'unknown')
    .sort(
      ([, a], [, b]) =>
        b.snapshot.claims.length - a.snapshot.claims.length ||
        (b.snapshot.eligibility ? 1 : 0) - (a.snapshot.eligibility ? 1 : 0),
    );
  const chosen = known[0] ?? frames.find(([id]) => id === '0') ?? frames[0];
  return chosen ? chosen[0] : null;
}
