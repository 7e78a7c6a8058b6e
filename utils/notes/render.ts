import { stripInvisible } from './page-words';
import { isPlaceholder, type NoteContext } from './placeholders';

/**
 * Template syntax (documented in docs/notes.md):
 * - `{name}` is replaced by the value; a missing value renders as `n/a`.
 * - `[ … ]` around text with at least one placeholder is an optional clause: it is dropped when
 *   every placeholder in it is missing, and its brackets are removed when it is kept. Brackets
 *   without a placeholder inside are ordinary text.
 * - Unknown placeholders stay as typed (`{foo}`) so the biller sees the typo in the note preview.
 */
export const MISSING = 'n/a';

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;
const CLAUSE = /\[([^[\]]*)\]/g;

export interface TemplateCheck {
  ok: boolean;
  /** Unknown placeholder names, each once, in the order they appear. */
  unknown: string[];
}

export function validateTemplate(text: string): TemplateCheck {
  const unknown: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!isPlaceholder(name) && !unknown.includes(name)) unknown.push(name);
  }
  return { ok: unknown.length === 0, unknown };
}

function fill(text: string, context: NoteContext): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    if (!isPlaceholder(name)) return whole;
    return oneLine(context[name]) ?? MISSING;
  });
}

/** Values are pasted into single-line PM fields: no line breaks or runs of spaces inside a value. */
function oneLine(value: string | null): string | null {
  if (value === null) return null;
  // Invisible characters first: some (U+FEFF) count as spaces and would split a claim number.
  const flat = stripInvisible(value).replace(/\s+/g, ' ').trim();
  return flat === '' ? null : flat;
}

function clauseIsEmpty(body: string, context: NoteContext): boolean {
  const names = [...body.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
  if (names.length === 0) return false;
  // An unknown placeholder counts as present, so the typo stays visible.
  return names.every((n) => isPlaceholder(n) && oneLine(context[n]) === null);
}

/** Tidies what dropped clauses and missing values leave behind, line by line. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t]{2,}/g, ' ')
        .replace(/ +([,.;:])/g, '$1')
        .replace(/([,;:])(?: *[,;:])+/g, '$1')
        .replace(/[,;:] *\./g, '.')
        .replace(/(?<!\.)\.\.(?!\.)/g, '.')
        .replace(/^[\s,;:]+/, '')
        .replace(/[\s,;:]+$/, '')
        .trim(),
    )
    .join('\n')
    .trim();
}

/** The note, with no invisible or control characters (bidi overrides…) from the page or the template. */
export function renderNote(template: string, context: NoteContext): string {
  const withClauses = template.replace(CLAUSE, (whole, body: string) => {
    if (![...body.matchAll(PLACEHOLDER)].length) return whole;
    return clauseIsEmpty(body, context) ? '' : body;
  });
  return tidy(stripInvisible(fill(withClauses, context)));
}
