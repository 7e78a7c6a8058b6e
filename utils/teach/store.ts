import { browser } from 'wxt/browser';
import { localIsoDate } from '../notes/format';
import { APPLIED_RECIPES_KEY, RECIPES_KEY, RECIPES_USED_KEY } from './keys';
import { type PackLeaving, packRecipesToAdd, recipesLeavingWith } from './pack-recipes';
import { mergeRecipes, parseRecipeFile, Recipe, recipeKey, validRecipes } from './recipe';

/**
 * Recipes in `storage.local` (every content script reads them from there), validated on every read
 * and before every write. Imports replace the recipe of the same page and keep the rest.
 */
export async function loadRecipes(): Promise<Recipe[]> {
  return validRecipes((await browser.storage.local.get(RECIPES_KEY))[RECIPES_KEY]);
}

/** The taught pages pages are read with: the biller's and the office's (see keys.ts). */
export async function loadAppliedRecipes(): Promise<Recipe[]> {
  return validRecipes((await browser.storage.local.get(APPLIED_RECIPES_KEY))[APPLIED_RECIPES_KEY]);
}

async function store(recipes: Recipe[]): Promise<void> {
  await browser.storage.local.set({ [RECIPES_KEY]: recipes.map((r) => Recipe.parse(r)) });
}

export async function saveRecipe(recipe: Recipe): Promise<void> {
  await store(mergeRecipes(await loadRecipes(), [Recipe.parse(recipe) as Recipe]));
}

export async function deleteRecipe(key: string): Promise<void> {
  await store((await loadRecipes()).filter((r) => recipeKey(r) !== key));
}

/** Imports a recipe file (or the recipes a payer pack carries): the message says what happened. */
export async function importRecipes(text: string): Promise<{ ok: boolean; message: string }> {
  const parsed = parseRecipeFile(text);
  if (!parsed.ok) return parsed;
  await store(mergeRecipes(await loadRecipes(), parsed.recipes));
  const n = parsed.recipes.length;
  return { ok: true, message: `Imported ${n} taught page${n === 1 ? '' : 's'}.` };
}

export async function addRecipes(recipes: Recipe[]): Promise<void> {
  if (recipes.length > 0) await store(mergeRecipes(await loadRecipes(), recipes));
}

/**
 * A payer pack is removed: the taught pages it brought go too, unless the biller taught or changed
 * them since, or another remaining pack brings them (pack-recipes.ts). Says which went and which stayed.
 */
export async function removePackRecipes(
  removed: { recipes: readonly Recipe[] },
  remaining: readonly { recipes: readonly Recipe[] }[],
): Promise<PackLeaving> {
  if (removed.recipes.length === 0) return { gone: [], own: [] };
  const stored = await loadRecipes();
  const leaving = recipesLeavingWith(stored, removed, remaining);
  if (leaving.gone.length > 0) {
    const gone = new Set(leaving.gone);
    await store(stored.filter((r) => !gone.has(r)));
  }
  return leaving;
}

/**
 * An imported payer pack's taught pages join the list, except where the biller taught or changed
 * that page themselves (not one `earlierPacks` brought): those are kept and returned, to be named.
 */
export async function addPackRecipes(
  incoming: readonly Recipe[],
  earlierPacks: readonly { recipes: readonly Recipe[] }[],
): Promise<Recipe[]> {
  if (incoming.length === 0) return [];
  const { add, own } = packRecipesToAdd(await loadRecipes(), incoming, earlierPacks);
  await addRecipes(add);
  return own;
}

/** Recipe key → the last date a page was read with it. */
export async function loadLastUsed(): Promise<Record<string, string>> {
  const raw = (await browser.storage.local.get(RECIPES_USED_KEY))[RECIPES_USED_KEY];
  if (!raw || typeof raw !== 'object') return {};
  return Object.fromEntries(
    Object.entries(raw as Record<string, unknown>)
      .filter((e): e is [string, string] => typeof e[1] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e[1]))
      .slice(0, 400),
  );
}

/** Notes that a page was read with this recipe today (one write a day at most). */
export async function noteRecipeUsed(key: string, today = localIsoDate()): Promise<void> {
  const used = await loadLastUsed();
  if (used[key] === today) return;
  await browser.storage.local.set({ [RECIPES_USED_KEY]: { ...used, [key]: today } });
}
