import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RECIPES_KEY } from './keys';
import { packRecipesToAdd, packRemovedText, recipesLeavingWith } from './pack-recipes';
import type { Recipe } from './recipe';
import { addPackRecipes, loadRecipes, removePackRecipes, saveRecipe } from './store';

const page = (path: string, label = 'Tracking ID', taughtOn = '2026-11-02'): Recipe => ({
  version: 1,
  host: 'portal.summit-health.example',
  path,
  kind: 'claim-detail',
  taughtOn,
  fields: { claimNumber: { by: 'label', label } },
  rows: { by: 'table', headers: ['Svc'] },
  lineFields: { code: { by: 'column', header: 'Svc' } },
});

const summit = { recipes: [page('/claims/*'), page('/remits/*')] };
const other = { recipes: [page('/eligibility/*')] };

describe('removing a payer pack takes the pages it taught, never the biller’s own', () => {
  it('pages stored exactly as the pack brought them go; other pages stay', () => {
    const stored = [...summit.recipes, ...other.recipes, page('/mine/*')];
    const leaving = recipesLeavingWith(stored, summit, [other]);
    expect(leaving.gone.map((r) => r.path)).toEqual(['/claims/*', '/remits/*']);
    expect(leaving.own).toEqual([]);
  });

  it('a page the biller taught again (another date) or changed (another label) stays, and is named', () => {
    const retaught = page('/claims/*', 'Tracking ID', '2026-11-30');
    const changed = page('/remits/*', 'Claim ref');
    const leaving = recipesLeavingWith([retaught, changed], summit, []);
    expect(leaving.gone).toEqual([]);
    expect(leaving.own).toEqual([retaught, changed]);
    expect(packRemovedText('Summit', leaving)).toBe(
      'Removed “Summit”. Kept, because you taught or changed them since: portal.summit-health.example/claims/*, portal.summit-health.example/remits/*.',
    );
  });

  it('a page another remaining pack still brings unchanged stays; key order does not matter', () => {
    const reverse = (v: unknown): unknown =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(
            Object.entries(v)
              .reverse()
              .map(([k, x]) => [k, reverse(x)]),
          )
        : v;
    const reordered = reverse(page('/claims/*')) as Recipe;
    expect(Object.keys(reordered)[0]).toBe('lineFields');
    const leaving = recipesLeavingWith([reordered, page('/remits/*')], summit, [
      { recipes: [page('/claims/*')] },
    ]);
    expect(leaving.gone.map((r) => r.path)).toEqual(['/remits/*']);
    expect(leaving.own).toEqual([]);
    expect(packRemovedText('Summit', leaving)).toBe(
      'Removed “Summit”. The page it taught went with it: portal.summit-health.example/remits/*.',
    );
  });

  it('an imported pack does not overwrite a page the biller taught, but replaces one a pack brought', () => {
    const mine = page('/claims/*', 'Claim ref', '2026-11-20');
    const fromOldPack = page('/remits/*');
    const incoming = [page('/claims/*', 'Tracking ID', '2026-12-01'), page('/remits/*', 'Ref', '2026-12-01')];
    const { add, own } = packRecipesToAdd([mine, fromOldPack], incoming, [{ recipes: [fromOldPack] }]);
    expect(add.map((r) => r.path)).toEqual(['/remits/*']);
    expect(own.map((r) => r.path)).toEqual(['/claims/*']);
  });
});

describe('in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('removing the pack deletes its pages from the taught list and keeps the re-taught one', async () => {
    expect(await addPackRecipes(summit.recipes, [])).toEqual([]);
    await saveRecipe(page('/mine/*'));
    await saveRecipe(page('/remits/*', 'Tracking ID', '2026-11-30')); // taught again by the biller
    const leaving = await removePackRecipes(summit, []);
    expect(leaving.gone.map((r) => r.path)).toEqual(['/claims/*']);
    expect((await loadRecipes()).map((r) => `${r.path} ${r.taughtOn}`)).toEqual([
      '/mine/* 2026-11-02',
      '/remits/* 2026-11-30',
    ]);
  });

  it('a pack without taught pages changes nothing', async () => {
    await saveRecipe(page('/mine/*'));
    const before = (await fakeBrowser.storage.local.get(RECIPES_KEY))[RECIPES_KEY];
    expect(await removePackRecipes({ recipes: [] }, [])).toEqual({ gone: [], own: [] });
    expect((await fakeBrowser.storage.local.get(RECIPES_KEY))[RECIPES_KEY]).toEqual(before);
  });
});
