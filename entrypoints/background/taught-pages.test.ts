import { beforeEach, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { TAUGHT_RECIPE } from '../../tests/fixtures/teach/recipe';
import type { Recipe } from '../../utils/teach/recipe';
import { loadAppliedRecipes, saveRecipe } from '../../utils/teach/store';
import { keepAppliedRecipes } from './taught-pages';

let policy: unknown = {};
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  policy = {};
  vi.spyOn(browser.storage.managed, 'get').mockImplementation((() => Promise.resolve(policy)) as never);
});

const mine: Recipe = { ...TAUGHT_RECIPE, host: 'portal.example.org', path: '/claims/*' };
const appliedBecomes = (expected: Recipe[]) =>
  vi.waitFor(async () => expect(await loadAppliedRecipes()).toEqual(expected));

test('pages are read with the biller’s taught pages and the office’s, kept in step with both', async () => {
  await saveRecipe(mine);
  policy = { recipes: [TAUGHT_RECIPE] };
  keepAppliedRecipes();
  await appliedBecomes([TAUGHT_RECIPE, mine]);

  // The biller deletes their page: what pages are read with follows.
  await browser.storage.local.set({ 'teach:recipes': [] });
  await appliedBecomes([TAUGHT_RECIPE]);

  // An administrator removes the office's page (Chrome announces it as a 'managed' change).
  policy = {};
  await fakeBrowser.storage.onChanged.trigger({ recipes: { oldValue: [TAUGHT_RECIPE] } }, 'managed');
  await appliedBecomes([]);
});

test('an unchanged list is not written again (open pages re-read only when it changed)', async () => {
  await saveRecipe(mine);
  keepAppliedRecipes();
  await appliedBecomes([mine]);
  const set = vi.spyOn(browser.storage.local, 'set');
  await fakeBrowser.storage.onChanged.trigger({}, 'managed');
  await new Promise((r) => setTimeout(r, 50));
  expect(set).not.toHaveBeenCalled();
});
