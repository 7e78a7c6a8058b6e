/**
 * Where recipes live in `storage.local` (no zod here: the content script reads them). Written only by
 * the extension's own pages after zod validation (utils/teach/store.ts); the content script still
 * treats what it reads as untrusted (every locator is followed inside try/catch and bounds).
 */
export const RECIPES_KEY = 'teach:recipes';
/**
 * What content scripts read pages with: the biller's recipes merged with their office's (policy), kept
 * by the background (entrypoints/background/taught-pages.ts) whenever either changes. Derived, never
 * backed up or edited; recomputed on every start of the background, so it needs no version.
 */
export const APPLIED_RECIPES_KEY = 'teach:applied';
/** Recipe key → the date (YYYY-MM-DD) a page was last read with it: kept apart so reading never rewrites a recipe. */
export const RECIPES_USED_KEY = 'teach:lastUsed';
