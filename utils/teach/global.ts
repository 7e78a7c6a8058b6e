import type { TeachCommand } from '../messages';
import type { PageSnapshot } from '../model/snapshot';
import type { Recipe } from './recipe';

/**
 * The recipe reader and teach mode are their own script (entrypoints/teach.ts → teach.js), loaded into
 * a frame only when a recipe names it or the biller starts teaching: the content script every portal
 * frame loads stays small. It reaches the content script through this name on the content scripts' own
 * global (the extension's isolated world, which page scripts cannot see), like the generic reader.
 */
export const TEACH_KEY = '__claimlensTeach';
export const TEACH_FILE = '/teach.js' as const;

export interface TeachApi {
  /** Reads the frame with the draft or the stored recipe its address names; null when none does. */
  read(recipes: readonly Recipe[], draft: Recipe | null, doc: Document, url: URL): PageSnapshot | null;
  /** A teach command from the side panel, run in this frame; `setDraft` makes the frame read with the draft. */
  command(c: TeachCommand, setDraft: (draft: Recipe | null) => void): Promise<string | null> | undefined;
}

export const loadedTeach = (): TeachApi | null =>
  ((globalThis as Record<string, unknown>)[TEACH_KEY] as TeachApi | undefined) ?? null;
