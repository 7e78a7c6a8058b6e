import type { HeaderField, LineField, Locator, Recipe, Rows, TaughtKind } from './recipe';

/**
 * A recipe while the biller teaches it: what each click set, and the recipe it saves as. Pure.
 */
export type TeachTarget =
  | { part: 'header'; field: HeaderField }
  | { part: 'rows' }
  | { part: 'line'; field: LineField };

/** "/claims/detail/7000000301" → "/claims/detail/*": the page kind, not this one claim. */
export function pathPatternOf(pathname: string): string {
  const cut = pathname.slice(0, 190).replace(/[^A-Za-z0-9\-._~!$&'()+,;=:@%/]/g, '');
  const at = cut.lastIndexOf('/');
  return at < 0 ? '/*' : `${cut.slice(0, at + 1)}*`;
}

export function newDraft(url: URL, kind: TaughtKind, today: string): Recipe {
  return {
    version: 1,
    host: url.hostname,
    path: pathPatternOf(url.pathname),
    kind,
    taughtOn: today,
    fields: {},
    rows: null,
    lineFields: {},
  };
}

/** The draft with one click's locator in place (a new row clears the line fields taught on the old one). */
export function withPick(
  draft: Recipe,
  target: TeachTarget,
  picked: { locator?: Locator; rows?: Rows },
): Recipe {
  if (target.part === 'rows')
    return picked.rows
      ? { ...draft, rows: picked.rows, lineFields: sameRows(draft.rows, picked.rows) ? draft.lineFields : {} }
      : draft;
  if (!picked.locator) return draft;
  if (target.part === 'header')
    return { ...draft, fields: { ...draft.fields, [target.field]: picked.locator } };
  return { ...draft, lineFields: { ...draft.lineFields, [target.field]: picked.locator } };
}

const sameRows = (a: Rows | null, b: Rows) => JSON.stringify(a) === JSON.stringify(b);

export function withoutPick(draft: Recipe, target: TeachTarget): Recipe {
  if (target.part === 'rows') return { ...draft, rows: null, lineFields: {} };
  if (target.part === 'header') {
    const { [target.field]: _gone, ...fields } = draft.fields;
    return { ...draft, fields };
  }
  const { [target.field]: _gone, ...lineFields } = draft.lineFields;
  return { ...draft, lineFields };
}

/**
 * The recipe as saved: a line table is then found by the headers of the columns the biller taught
 * only, so a column added, renamed or moved elsewhere in the table does not stop the reading.
 */
export function finishRecipe(draft: Recipe, today: string): Recipe {
  const used = Object.values(draft.lineFields)
    .filter((l): l is Extract<Locator, { by: 'column' }> => l?.by === 'column')
    .map((l) => l.header);
  const rows: Rows | null =
    draft.rows?.by === 'table' && used.length > 0 ? { by: 'table', headers: [...new Set(used)] } : draft.rows;
  return { ...draft, rows, taughtOn: today };
}
