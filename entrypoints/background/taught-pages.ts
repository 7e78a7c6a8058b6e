import { browser } from 'wxt/browser';
import { sameJson } from '../../utils/json';
import { loggedOnce } from '../../utils/log';
import { loadOverrides, loadPolicy, watchPolicy } from '../../utils/policy/managed';
import { APPLIED_RECIPES_KEY, RECIPES_KEY } from '../../utils/teach/keys';
import { appliedRecipes } from '../../utils/teach/office';
import { loadAppliedRecipes, loadRecipes } from '../../utils/teach/store';

/**
 * Keeps `teach:applied` — the taught pages content scripts read with — equal to the biller's own merged
 * with the office policy's (utils/teach/office.ts): on every start of this worker, when the biller's
 * change, and when the policy or the biller's overrides of it do. Written only when it differs, so
 * open pages re-read only when what they read with changed. One update at a time, in order.
 */
export function keepAppliedRecipes(): void {
  let queue = Promise.resolve();
  const update = () => {
    queue = queue
      .then(async () => {
        const [own, policy, overridden, now] = await Promise.all([
          loadRecipes(),
          loadPolicy(),
          loadOverrides(),
          loadAppliedRecipes(),
        ]);
        const next = appliedRecipes(own, policy, overridden);
        if (!sameJson(now, next)) await browser.storage.local.set({ [APPLIED_RECIPES_KEY]: next });
      })
      .catch(loggedOnce('teach: keep the taught pages in use'));
  };
  update();
  watchPolicy(update);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && RECIPES_KEY in changes) update();
  });
}
