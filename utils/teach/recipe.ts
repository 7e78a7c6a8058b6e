import { z } from 'zod';
import { IsoDate } from '../model/codes';
import { UserHost } from '../portals/user-hosts';
import { HEADER_FIELDS, LINE_FIELDS } from './fields';

/**
 * A recipe: what a biller taught ClaimLens about one kind of page on one portal, as data (never code).
 * Locators name what survives a redesign — the label a value sits beside, an ARIA name, a column
 * header, a labelled block and a short path inside it — never generated class names or absolute
 * indexes. Every string and list is bounded; unknown keys are refused, so a file cannot smuggle in
 * anything the content script would not expect. The content script imports only the types (no zod there).
 */
export const RECIPE_FORMAT = 'claimlens-recipes';
/** Refused before parsing: a recipe file is a few kilobytes; 200 recipes fit well under this. */
export const MAX_RECIPE_FILE_BYTES = 512 * 1024;
export const MAX_RECIPES = 200;

/** Words a biller sees on the page: a label, a column header, an accessible name. */
const Words = z
  .string()
  .min(1)
  .max(120)
  .refine((s) => ![...s].some((c) => c.charCodeAt(0) < 32), 'no control characters');

export const Locator = z.discriminatedUnion('by', [
  /** The value beside (after, under, in the next cell of, or named by) this label text. */
  z.strictObject({ by: z.literal('label'), label: Words }),
  /** The element whose accessible name (aria-label / aria-labelledby) is this. */
  z.strictObject({ by: z.literal('aria'), name: Words }),
  /** In a service-line row: the cell under this column header. */
  z.strictObject({ by: z.literal('column'), header: Words }),
  /** The element at a short child path under the block that holds this label text. */
  z.strictObject({
    by: z.literal('anchor'),
    anchor: Words,
    up: z.number().int().min(0).max(4),
    path: z.array(z.number().int().min(0).max(200)).max(6),
  }),
]);

/** How the service-line rows are found: ClaimLens reads every sibling row, however many there are. */
export const Rows = z.discriminatedUnion('by', [
  /** The table (HTML or ARIA) whose header row holds these column headers, in any order. */
  z.strictObject({ by: z.literal('table'), headers: z.array(Words).min(1).max(20) }),
  /** Repeated blocks: each holds this label text, the block being `up` levels above it. */
  z.strictObject({ by: z.literal('cards'), label: Words, up: z.number().int().min(1).max(6) }),
]);

export const TAUGHT_KINDS = [
  'claim-detail',
  'remittance',
  'claim-status',
  'claim-entry',
  'eligibility',
] as const;
export const TaughtKind = z.enum(TAUGHT_KINDS);

export { HEADER_FIELDS, LINE_FIELDS };
export const HeaderField = z.enum(HEADER_FIELDS);
export const LineField = z.enum(LINE_FIELDS);

const partialOf = <K extends string>(keys: readonly K[]) =>
  z.strictObject(
    Object.fromEntries(keys.map((k) => [k, Locator.optional()])) as {
      [P in K]: z.ZodOptional<typeof Locator>;
    },
  );

/** "/claims/*": the path a page's address starts with, `*` standing for any run of characters. */
export const PathPattern = z
  .string()
  .min(1)
  .max(200)
  .regex(/^\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*$/, 'a path like /claims/* (no query, no spaces)');

export const Recipe = z.strictObject({
  version: z.literal(1),
  host: UserHost,
  path: PathPattern,
  kind: TaughtKind,
  taughtOn: IsoDate,
  fields: partialOf(HEADER_FIELDS),
  rows: Rows.nullable(),
  lineFields: partialOf(LINE_FIELDS),
});

/** The stored list (storage.local `teach:recipes`; a backup carries it too). */
export const StoredRecipes = z.array(Recipe).max(MAX_RECIPES);

export const RecipeFile = z.strictObject({
  format: z.literal(RECIPE_FORMAT),
  version: z.literal(1),
  recipes: z.array(Recipe).max(MAX_RECIPES),
});

export type Locator = z.infer<typeof Locator>;
export type Rows = z.infer<typeof Rows>;
export type TaughtKind = z.infer<typeof TaughtKind>;
export type HeaderField = z.infer<typeof HeaderField>;
export type LineField = z.infer<typeof LineField>;
export interface Recipe {
  version: 1;
  host: string;
  path: string;
  kind: TaughtKind;
  taughtOn: string;
  fields: Partial<Record<HeaderField, Locator>>;
  rows: Rows | null;
  lineFields: Partial<Record<LineField, Locator>>;
}

/** One recipe per host, path and kind: importing or re-teaching the same page replaces it. */
export const recipeKey = (r: Pick<Recipe, 'host' | 'path' | 'kind'>): string =>
  `${r.host}${r.path}#${r.kind}`;

export type RecipeParse = { ok: true; recipes: Recipe[] } | { ok: false; message: string };

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it is not a recipe file';
  const where = issue.path.length ? issue.path.join('.') : 'the file';
  return `${where}: ${issue.message}`.slice(0, 300);
}

/** A recipe file's text → recipes, or the reason it is refused (nothing is changed by a refusal). */
export function parseRecipeFile(text: string): RecipeParse {
  if (text.length > MAX_RECIPE_FILE_BYTES)
    return {
      ok: false,
      message: `This file is too large to be a recipe file (over ${MAX_RECIPE_FILE_BYTES / 1024} KB).`,
    };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a ClaimLens recipe file (it is not JSON).' };
  }
  const parsed = RecipeFile.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      message: `This recipe file was refused, nothing changed: ${firstIssue(parsed.error)}.`,
    };
  const recipes = parsed.data.recipes as Recipe[];
  const keys = new Set(recipes.map(recipeKey));
  if (keys.size !== recipes.length)
    return {
      ok: false,
      message: 'This recipe file was refused, nothing changed: it teaches the same page twice.',
    };
  return { ok: true, recipes };
}

/** Recipes → the file a biller exports and shares (the same shape payer packs carry). */
export const recipeFileText = (recipes: Recipe[]): string =>
  `${JSON.stringify({ format: RECIPE_FORMAT, version: 1, recipes }, null, 2)}\n`;

/** A stored list, validated: a broken entry is dropped, the rest kept. */
export function validRecipes(raw: unknown): Recipe[] {
  if (!Array.isArray(raw)) return [];
  const out: Recipe[] = [];
  for (const r of raw.slice(0, MAX_RECIPES)) {
    const parsed = Recipe.safeParse(r);
    if (parsed.success) out.push(parsed.data as Recipe);
  }
  return out;
}

/** Replaces recipes of the same page, keeps the rest; at most MAX_RECIPES, newest kept. */
export function mergeRecipes(existing: Recipe[], incoming: Recipe[]): Recipe[] {
  const byKey = new Map(existing.map((r) => [recipeKey(r), r]));
  for (const r of incoming) {
    byKey.delete(recipeKey(r));
    byKey.set(recipeKey(r), r);
  }
  return [...byKey.values()].slice(-MAX_RECIPES);
}
