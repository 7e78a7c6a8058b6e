import { fieldSource, type Overridden } from '../policy/merge';
import type { PolicyView } from '../policy/read';
import { mergeRecipes, type Recipe, recipeKey } from './recipe';

/**
 * The taught pages ClaimLens reads with: the biller's own and their office's (enterprise policy,
 * issue 18). The office's come from the policy's `recipes` and from the payer packs the policy ships
 * (when those packs apply: locked, or the biller has not replaced them). They are merged page by page,
 * never as one list replacing the other: a biller keeps the pages they taught, an office's new page
 * reaches everyone. For the same page (host, path, kind): the biller's own wins unless the office
 * locked `recipes`, then the office's does.
 */
export function officeRecipes(policy: PolicyView, overridden: Overridden): Recipe[] {
  const source = fieldSource(policy, overridden, 'payerPacks');
  const packs = source === 'locked' || source === 'organisation' ? (policy.values.payerPacks ?? []) : [];
  return mergeRecipes(
    packs.flatMap((p) => p.recipes as Recipe[]),
    policy.values.recipes ?? [],
  );
}

export function appliedRecipes(own: Recipe[], policy: PolicyView, overridden: Overridden): Recipe[] {
  const office = officeRecipes(policy, overridden);
  if (office.length === 0) return own;
  return policy.locked.has('recipes') ? mergeRecipes(own, office) : mergeRecipes(office, own);
}

/** The office's recipe for the same page as `mine`, when the biller may not replace it (recipes locked). */
export function lockedOfficeRecipe(mine: Recipe, policy: PolicyView, overridden: Overridden): Recipe | null {
  if (!policy.locked.has('recipes')) return null;
  return officeRecipes(policy, overridden).find((r) => recipeKey(r) === recipeKey(mine)) ?? null;
}
