import { browser } from 'wxt/browser';

/**
 * Every context that writes denial records (the background recording pages, the worklist page
 * importing 835 files or changing statuses, the options page deleting or restoring) stamps this key in
 * storage.local. The background drops its denial-memory cache and checks open tabs again; an open
 * worklist page reloads its list. Only a time is stored, never page data.
 */
export const DENIALS_CHANGED_KEY = 'denials:changedAt';

/** Stamps the change; returns the stamp so the writer can recognise its own change. */
export async function markDenialsChanged(): Promise<string> {
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await browser.storage.local.set({ [DENIALS_CHANGED_KEY]: stamp });
  return stamp;
}

export function watchDenialChanges(onChange: (stamp: string) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[DENIALS_CHANGED_KEY];
    if (area === 'local' && change && typeof change.newValue === 'string') onChange(change.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
