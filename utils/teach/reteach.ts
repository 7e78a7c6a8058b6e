import { z } from 'zod';
import type { Recipe } from './recipe';

/**
 * "Re-teach" from the options page: ClaimLens opens the taught site in a new tab and remembers, in
 * storage.session, that this tab is to be taught again; when the biller reaches a page the recipe
 * names in that tab, the side panel starts teach mode for it by itself.
 *
 * Which address is opened: the taught path itself only when it is concrete (no `*`) and has no run
 * of four or more digits (a claim, member or account number would be patient data in a URL);
 * otherwise the site's start page (a taught pattern names a kind of page, "/claims/detail/*", not one
 * ClaimLens could open: the biller goes to a claim of that kind from there).
 */
export const RETEACH_KEY = 'teach:reteach';
/** A re-teach not reached within this time is forgotten. */
export const RETEACH_FOR_MS = 30 * 60_000;

export function reteachAddress(recipe: Pick<Recipe, 'host' | 'path'>): { url: string; exact: boolean } {
  const exact = !recipe.path.includes('*') && !/\d{4,}/.test(recipe.path);
  return { url: `https://${recipe.host}${exact ? recipe.path : '/'}`, exact };
}

export const PendingReteach = z.strictObject({
  tabId: z.number().int().nonnegative(),
  /** recipeKey() of the recipe to teach again. */
  key: z.string().min(1).max(400),
  at: z.number().int().nonnegative(),
});
export type PendingReteach = z.infer<typeof PendingReteach>;

/** The marker for this tab, when there is one and it is still fresh. */
export function pendingFor(raw: unknown, tabId: number, now = Date.now()): PendingReteach | null {
  const parsed = PendingReteach.safeParse(raw);
  if (!parsed.success || parsed.data.tabId !== tabId) return null;
  const age = now - parsed.data.at;
  return age >= 0 && age <= RETEACH_FOR_MS ? parsed.data : null;
}

/** What the options page says once the tab is open. */
export function reteachOpenedText(recipe: Pick<Recipe, 'host' | 'path'>, exact: boolean): string {
  return exact
    ? `Opened ${recipe.host}${recipe.path} in a new tab: the side panel starts teaching it there.`
    : `Opened ${recipe.host} in a new tab. Go to a page of ${recipe.path} there (sign in first if asked): the side panel starts teaching it when you arrive.`;
}
