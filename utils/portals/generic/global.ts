import type { GenericReader } from '../read-core';

/**
 * The generic reader is its own script (entrypoints/generic.ts → generic.js), loaded into a frame only
 * when no adapter reads it completely: most portal frames never pay for it. It hands itself to the
 * content script through this name on the content scripts' own global (the extension's isolated
 * world, which page scripts cannot see).
 */
export const GENERIC_READER_KEY = '__claimlensGenericReader';

export const loadedGenericReader = (): GenericReader | null =>
  ((globalThis as Record<string, unknown>)[GENERIC_READER_KEY] as GenericReader | undefined) ?? null;
