import { browser } from 'wxt/browser';

/** The generic reader's script (entrypoints/generic.ts), loaded into a frame when its content script asks. */
export const GENERIC_READER_FILE = '/generic.js' as const;

/**
 * Loads the generic reader into one frame of a portal tab (the one that asked, as the browser names
 * the sender). Resolves false when it could not (the frame went away, no permission): the content
 * script then says so in its reading instead of waiting.
 */
export async function loadGenericReader(tabId: number, frameId: number): Promise<boolean> {
  const scripting = browser.scripting;
  if (!scripting?.executeScript) return false;
  return scripting
    .executeScript({ target: { tabId, frameIds: [frameId] }, files: [GENERIC_READER_FILE] })
    .then(
      () => true,
      () => false,
    );
}
