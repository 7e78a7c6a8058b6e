import { useContext } from 'preact/hooks';
import { KIND_LABEL } from '../../utils/panel/labels';
import { officeRecipes } from '../../utils/teach/office';
import { type Recipe, recipeKey } from '../../utils/teach/recipe';
import { LOCKED_TEXT, PolicyContext } from './Managed';

/**
 * The taught pages the office's policy ships (its `recipes` and its payer packs'), read-only: which
 * are in use here, and whether the biller's own teaching of the same page replaces them (it does
 * unless the organisation locked taught pages).
 */
export function OfficeTaughtPages({ own, lastUsed }: { own: Recipe[]; lastUsed: Record<string, string> }) {
  const { policy, overridden } = useContext(PolicyContext);
  const office = officeRecipes(policy, overridden);
  if (office.length === 0) return null;
  const locked = policy.locked.has('recipes');
  const mine = new Set(own.map(recipeKey));
  return (
    <section aria-labelledby="office-taught-pages" class="taught-pages" data-testid="office-taught-pages">
      <h3 id="office-taught-pages">Taught pages from your organisation</h3>
      <p class="managed-note">
        {locked ? (
          <>
            <span aria-hidden="true">🔒 </span>
            {LOCKED_TEXT}: these pages are read the way your organisation taught them.
          </>
        ) : (
          'Your organisation’s defaults: a page you teach yourself is read your way instead.'
        )}
      </p>
      <table class="options-table">
        <thead>
          <tr>
            <th scope="col">Site and pages</th>
            <th scope="col">Page kind</th>
            <th scope="col">Taught</th>
            <th scope="col">Last read a page</th>
          </tr>
        </thead>
        <tbody>
          {office.map((r) => {
            const key = recipeKey(r);
            return (
              <tr key={key} data-recipe={key}>
                <td>
                  {r.host}
                  {r.path}
                  {!locked && mine.has(key) ? <span class="muted"> (yours is used)</span> : null}
                </td>
                <td>{KIND_LABEL[r.kind]}</td>
                <td>{r.taughtOn}</td>
                <td>{lastUsed[key] ?? 'not yet'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
