import { browser } from 'wxt/browser';
import type { TEACH_FILE } from '../../utils/teach/global';

/** The generic reader's script (entrypoints/generic.ts), loaded into a frame when its content script asks. */
export const GENERIC_READER_FILE = '/generic.js' as const;

/**
 * Loads the generic reader (or another of our on-demand scripts: teach.js) into one frame of a portal tab (the one that asked, as the browser names
 * the sender). Resolves false when it could not (the frame went away, no permission): the content
 * script then says so in its reading instead of waiting.
 */
export async function loadGenericReader(
  tabId: number,
  frameId: number | 'all',
  file: typeof GENERIC_READER_FILE | typeof TEACH_FILE = GENERIC_READER_FILE,
): Promise<boolean> {
  const scripting = browser.scripting;
  if (!scripting?.executeScript) return false;
  const target = frameId === 'all' ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] };
  return scripting.executeScript({ target, files: [file] }).then(
    () => true,
    () => false,
  );
}
