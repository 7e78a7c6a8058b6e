import type { Recipe } from './recipe';

/**
 * Which recipe a frame's address names. Small and plain (every portal frame's content script runs it
 * on each reading); the recipe reader itself (apply.ts) is loaded only into frames a recipe names.
 *
 * `*` stands for any run of characters (slashes too); everything else is literal. Iterative, with one
 * remembered star: at most pattern × path steps, both bounded (200 and 2,048 characters).
 */
export function pathMatches(pattern: string, path: string): boolean {
  const p = pattern.slice(0, 200);
  const s = path.slice(0, 2048);
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < s.length) {
    if (i < p.length && p[i] !== '*' && p[i] === s[j]) {
      i++;
      j++;
    } else if (i < p.length && p[i] === '*') {
      star = i++;
      mark = j;
    } else if (star >= 0) {
      i = star + 1;
      j = ++mark;
    } else return false;
  }
  while (i < p.length && p[i] === '*') i++;
  return i === p.length;
}

/** The recipe for this frame's address: host exactly, path by its pattern (the longest pattern wins). */
export function recipeFor(recipes: readonly Recipe[], url: URL): Recipe | null {
  let best: Recipe | null = null;
  for (const r of recipes.slice(0, 200)) {
    if (r?.host !== url.hostname || typeof r.path !== 'string' || !pathMatches(r.path, url.pathname))
      continue;
    if (!best || r.path.length > best.path.length) best = r;
  }
  return best;
}
