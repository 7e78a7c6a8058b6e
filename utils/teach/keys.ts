/**
 * Where recipes live in `storage.local` (no zod here: the content script reads them). Written only by
 * the extension's own pages after zod validation (utils/teach/store.ts); the content script still
 * treats what it reads as untrusted (every locator is followed inside try/catch and bounds).
 */
export const RECIPES_KEY = 'teach:recipes';
/** Recipe key → the date (YYYY-MM-DD) a page was last read with it: kept apart so reading never rewrites a recipe. */
export const RECIPES_USED_KEY = 'teach:lastUsed';
