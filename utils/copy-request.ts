/**
 * The copy-note keyboard shortcut, pressed while the side panel is closed: the background opens the
 * panel for the tab and leaves this request in `storage.session`; the panel serving that tab copies
 * its note as soon as the note is ready, then removes the request. A request older than
 * COPY_REQUEST_TTL_MS is ignored (a panel opened later by hand must not copy by surprise).
 */
export const COPY_REQUEST_KEY = 'panel:copy-request';
export const COPY_REQUEST_TTL_MS = 15_000;

export interface CopyRequest {
  tabId: number;
  /** Date.now() when the shortcut was pressed. */
  at: number;
}

export function copyRequest(tabId: number, now = Date.now()): CopyRequest {
  return { tabId, at: now };
}

/** True when the stored value is a fresh request for this tab. */
export function isCopyRequestFor(value: unknown, tabId: number | null, now = Date.now()): boolean {
  if (tabId === null || !value || typeof value !== 'object') return false;
  const r = value as Partial<CopyRequest>;
  return r.tabId === tabId && typeof r.at === 'number' && now - r.at >= 0 && now - r.at < COPY_REQUEST_TTL_MS;
}
