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
