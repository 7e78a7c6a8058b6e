import { canonicalJson } from '../json';
import { type Recipe, recipeKey } from './recipe';

/**
 * Which taught pages leave with a payer pack the biller removes. A page goes only when the biller's
 * list still holds exactly what the pack brought (same page, same locators, same date taught): a page
 * the biller taught again or changed differs from the pack's and stays, and so does one that another
 * remaining pack still carries unchanged. No provenance needs storing: the pack itself says what it
 * brought, and the stored recipe says whether it is still that.
 */
type Carrier = { recipes: readonly Recipe[] };

export interface PackLeaving {
  /** Stored exactly as the pack brought them, and no remaining pack carries them: removed. */
  gone: Recipe[];
  /** The pack's pages the biller taught again or changed (same page, other content): kept, and named. */
  own: Recipe[];
}

export function recipesLeavingWith(
  stored: readonly Recipe[],
  removed: Carrier,
  remaining: readonly Carrier[],
): PackLeaving {
  const brought = new Set(removed.recipes.map(canonicalJson));
  const carried = new Set(remaining.flatMap((p) => p.recipes.map(canonicalJson)));
  const pages = new Set(removed.recipes.map(recipeKey));
  const gone: Recipe[] = [];
  const own: Recipe[] = [];
  for (const r of stored) {
    if (!pages.has(recipeKey(r))) continue;
    const c = canonicalJson(r);
    if (carried.has(c)) continue; // another pack still brings this very page
    (brought.has(c) ? gone : own).push(r);
  }
  return { gone, own };
}

/** What the options page says after removing a pack (the taught pages named, as the biller lists them). */
export function packRemovedText(packName: string, { gone, own }: PackLeaving): string {
  const names = (rs: readonly Recipe[]) => rs.map((r) => `${r.host}${r.path}`).join(', ');
  const parts = [`Removed “${packName}”.`];
  if (gone.length > 0)
    parts.push(`The page${gone.length === 1 ? '' : 's'} it taught went with it: ${names(gone)}.`);
  if (own.length > 0)
    parts.push(
      `Kept, because you taught or changed ${own.length === 1 ? 'it' : 'them'} since: ${names(own)}.`,
    );
  return parts.join(' ');
}

/**
 * An imported pack's taught pages that may be added: a page not taught yet, or one the list holds
 * exactly as an earlier pack brought it. A page the biller taught or changed themselves is not
 * overwritten by a pack: it is returned in `own`, for the import message to name.
 */
export function packRecipesToAdd(
  stored: readonly Recipe[],
  incoming: readonly Recipe[],
  earlierPacks: readonly Carrier[],
): { add: Recipe[]; own: Recipe[] } {
  const byPage = new Map(stored.map((r) => [recipeKey(r), canonicalJson(r)]));
  const brought = new Set(earlierPacks.flatMap((p) => p.recipes.map(canonicalJson)));
  const add: Recipe[] = [];
  const own: Recipe[] = [];
  for (const r of incoming) {
    const now = byPage.get(recipeKey(r));
    if (now === undefined || now === canonicalJson(r) || brought.has(now)) add.push(r);
    else own.push(r);
  }
  return { add, own };
}

/** Added to the import message when the biller's own pages were kept over the pack's. */
export const ownKeptText = (own: readonly Recipe[]): string =>
  own.length === 0
    ? ''
    : ` Your own taught page${own.length === 1 ? '' : 's'} for ${own.map((r) => `${r.host}${r.path}`).join(', ')} ${
        own.length === 1 ? 'was' : 'were'
      } kept; to use the pack's instead, delete yours under Taught pages and import the pack again.`;
