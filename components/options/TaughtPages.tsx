import { useId } from 'preact/hooks';
import { KIND_LABEL } from '../../utils/panel/labels';
import { type Recipe, recipeKey } from '../../utils/teach/recipe';

export interface TaughtPagesProps {
  recipes: Recipe[];
  /** Recipe key → the last date a page was read with it. */
  lastUsed: Record<string, string>;
  onDelete(key: string): void;
  /** Opens the taught page so the biller can teach it again from the side panel. */
  onReteach(recipe: Recipe): void;
  onExport(): void;
  /** A chosen file; the caller reads and imports it and sets `result`. */
  onImport(file: File): void;
  result: { ok: boolean; text: string } | null;
}

/**
 * The options page's "Taught pages": every recipe the biller taught or imported, where it applies,
 * when it was taught and last read a page; delete, re-teach, export and import them as files.
 */
export function TaughtPages(p: TaughtPagesProps) {
  const id = useId();
  return (
    <section aria-labelledby="taught-pages" class="taught-pages">
      <h2 id="taught-pages">Taught pages</h2>
      <p class="muted">
        Pages you taught ClaimLens with “Teach this page” in the side panel. A taught page is read the way you
        showed it, before any built-in reader. Share them as a file, or inside a payer rule pack.
      </p>
      {p.recipes.length === 0 ? (
        <p data-testid="no-taught-pages">No taught pages yet.</p>
      ) : (
        <table class="options-table" data-testid="taught-pages">
          <thead>
            <tr>
              <th scope="col">Site and pages</th>
              <th scope="col">Page kind</th>
              <th scope="col">Taught</th>
              <th scope="col">Last read a page</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {p.recipes.map((r) => {
              const key = recipeKey(r);
              return (
                <tr key={key} data-recipe={key}>
                  <td>
                    {r.host}
                    {r.path}
                  </td>
                  <td>{KIND_LABEL[r.kind]}</td>
                  <td>{r.taughtOn}</td>
                  <td>{p.lastUsed[key] ?? 'not yet'}</td>
                  <td>
                    <button type="button" class="small" onClick={() => p.onReteach(r)}>
                      Re-teach<span class="visually-hidden"> {r.host}</span>
                    </button>{' '}
                    <button
                      type="button"
                      class="small"
                      data-testid="delete-recipe"
                      onClick={() => p.onDelete(key)}
                    >
                      Delete<span class="visually-hidden"> {r.host}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p>
        <button
          type="button"
          data-testid="export-recipes"
          disabled={p.recipes.length === 0}
          onClick={p.onExport}
        >
          Export taught pages
        </button>{' '}
        <label for={`${id}-file`}>Import taught pages (.json)</label>{' '}
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          data-testid="recipe-file"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file) p.onImport(file);
            input.value = '';
          }}
        />
      </p>
      {p.result ? (
        <p
          class={p.result.ok ? 'notice' : 'problems'}
          role={p.result.ok ? 'status' : 'alert'}
          data-testid="recipe-import-result"
        >
          {p.result.text}
        </p>
      ) : null}
    </section>
  );
}
