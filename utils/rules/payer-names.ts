import { z } from 'zod';
import { readOldPattern } from './old-payer-pattern';

/**
 * Which payers a filing limit, a per-payer switch or a payer pack applies to: the payer name on the
 * page **contains** one of `nameContains` and none of `unlessNameContains`, ignoring case, full-width
 * letters and runs of spaces. Plain text, never a regular expression: a user's pattern
 * ran against every payer name on every page, and one like `^(\w+\s?)+$` took seconds per claim.
 * Matching costs at most (fragments × name length), and names are cut at MAX_PAYER_NAME.
 *
 * Older settings, backups and packs held a regular expression (`payerPattern`, `payer.namePattern`):
 * `payerNamesFromPattern` turns the simple ones (alternations of words, optional letters, groups,
 * the "not Medicare Advantage" look-ahead) into names; the rest are refused with a message on import,
 * and kept but applied to no payer (`unconvertedPattern`) when they come from stored settings.
 */
export const MAX_PAYER_NAME = 200;
export const MAX_FRAGMENT = 60;
export const MAX_FRAGMENTS = 20;
const MAX_PATTERN = 200;

/** How names and fragments are compared: NFKC (full-width → ASCII), lower case, single spaces. */
export function normalName(text: string): string {
  return text
    .slice(0, MAX_PAYER_NAME * 2)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const Fragment = z
  .string()
  .max(MAX_FRAGMENT * 2, `a payer name part is at most ${MAX_FRAGMENT} characters`)
  .transform(normalName)
  .pipe(
    z
      .string()
      .min(1, 'a payer name part must not be empty')
      .max(MAX_FRAGMENT, `a payer name part is at most ${MAX_FRAGMENT} characters`),
  );

const Fragments = z
  .array(Fragment)
  .max(MAX_FRAGMENTS, `at most ${MAX_FRAGMENTS} names`)
  .transform((list) => [...new Set(list)]);

const PayerNamesShape = z.object({
  nameContains: Fragments,
  unlessNameContains: Fragments.default([]),
  /** An old regular expression that could not be turned into names: shown to the biller, matches nothing. */
  unconvertedPattern: z.string().max(MAX_PATTERN).optional(),
});

export type PayerNames = z.infer<typeof PayerNamesShape>;

export type Converted = { ok: true; names: PayerNames } | { ok: false; problem: string };

/** True when the payer name contains one of the names and none of the exceptions. */
export function payerNamesMatch(names: PayerNames, payer: string | null): boolean {
  if (!payer || names.nameContains.length === 0) return false;
  const name = normalName(payer).slice(0, MAX_PAYER_NAME);
  return (
    names.nameContains.some((f) => name.includes(f)) &&
    !names.unlessNameContains.some((f) => name.includes(f))
  );
}

/** The names as the biller types them: "medicare, not advantage, not replacement". */
export function formatPayerNames(names: PayerNames): string {
  return [...names.nameContains, ...names.unlessNameContains.map((f) => `not ${f}`)].join(', ');
}

/**
 * What the biller typed → names. Commas (or `|`) separate names; a name starting with "not " is an
 * exception. Every character is literal: "U.S. Health (TX)" is matched as written.
 */
export function parsePayerNames(text: string): Converted {
  if (text.length > MAX_FRAGMENTS * (MAX_FRAGMENT + 6))
    return { ok: false, problem: 'is too long: list at most 20 names' };
  const parts = text
    .split(/[,|]/)
    .map(normalName)
    .filter((p) => p !== '');
  const unless = parts.filter((p) => p.startsWith('not ')).map((p) => normalName(p.slice(4)));
  const contains = parts.filter((p) => !p.startsWith('not '));
  if (contains.length === 0) return { ok: false, problem: 'must name at least one payer' };
  const parsed = PayerNamesShape.safeParse({ nameContains: contains, unlessNameContains: unless });
  if (!parsed.success) return { ok: false, problem: parsed.error.issues[0]?.message ?? 'is not valid' };
  return { ok: true, names: parsed.data };
}

const refused = (pattern: string, why: string) =>
  `“${pattern.slice(0, 80)}” is a regular expression (${why}); ClaimLens now matches payers by the names they contain. Write those names instead, e.g. "nameContains": ["unitedhealthcare", "uhc"]`;

/**
 * An old payer pattern (a regular expression, matched case-insensitively) → the same payers as names,
 * when the same payers can be named exactly: alternations, optional characters (`workers'? comp`),
 * groups, `\s`/`\s+`, escaped punctuation, `.*` at either end, and a leading
 * `^(?!.*(advantage|replacement))` as exceptions. Anything that would match other payers as names —
 * anchors (`^`, `$`), whole words (`\b`), classes, repetition, wildcards — is refused with the reason.
 */
export function payerNamesFromPattern(pattern: string): Converted {
  if (pattern.length > MAX_PATTERN) return { ok: false, problem: refused(pattern, 'too long') };
  try {
    const { contains, unless } = readOldPattern(pattern, MAX_FRAGMENTS);
    if ([...contains, ...unless].some((c) => normalName(c) === ''))
      return { ok: false, problem: refused(pattern, 'it matches every payer') };
    const names = PayerNamesShape.safeParse({ nameContains: contains, unlessNameContains: unless });
    if (!names.success) return { ok: false, problem: refused(pattern, names.error.issues[0]?.message ?? '') };
    return { ok: true, names: names.data };
  } catch (error) {
    return { ok: false, problem: refused(pattern, error instanceof Error ? error.message : String(error)) };
  }
}

/** Names stored by an older ClaimLens: converted, or kept as unconverted (applied to no payer). */
function fromStoredPattern(pattern: string): PayerNames {
  const converted = payerNamesFromPattern(pattern);
  if (converted.ok) return converted.names;
  return { nameContains: [], unlessNameContains: [], unconvertedPattern: pattern.slice(0, MAX_PATTERN) };
}

const asRecord = (v: unknown): Record<string, unknown> | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/**
 * The `payer` field of a filing limit or a per-payer switch in stored settings, read from either
 * shape: `{ payer: {nameContains…} }` or the old `{ payerPattern: "…" }`. Never fails on an old
 * pattern: the biller's other settings must not be lost over one of them.
 */
export function withStoredPayer(value: unknown): unknown {
  const v = asRecord(value);
  if (!v || v.payer !== undefined || typeof v.payerPattern !== 'string') return value;
  const { payerPattern, ...rest } = v;
  return { ...rest, payer: fromStoredPattern(payerPattern as string) };
}

/**
 * A payer pack in stored settings, its `payer` read from either shape: `{ nameContains… }` or the old
 * `{ namePattern: "…" }` (converted, or kept unconverted so the pack and the settings beside it stay).
 */
export function withStoredPackPayer(pack: unknown): unknown {
  const p = asRecord(pack);
  const payer = asRecord(p?.payer);
  if (!p || !payer || payer.nameContains !== undefined || typeof payer.namePattern !== 'string') return pack;
  return { ...p, payer: fromStoredPattern(payer.namePattern) };
}

/** Payer names in settings: every name part checked; at least one name unless kept unconverted. */
export const PayerNames = PayerNamesShape.superRefine((v, ctx) => {
  if (v.nameContains.length === 0 && v.unconvertedPattern === undefined)
    ctx.addIssue({ code: 'custom', path: ['nameContains'], message: 'must name at least one payer' });
});

/**
 * A pack's `payer`, as imported: `{ nameContains, unlessNameContains }`, or an old `{ namePattern }`
 * converted when it can be and refused (naming the field) when it cannot. `lenient` is for packs
 * already stored in settings: an old pattern is kept unconverted instead of losing the settings.
 */
export function packPayer(lenient: boolean) {
  // A file must name payers itself: "unconvertedPattern" is only ever kept from stored settings.
  const strict = PayerNamesShape.refine(
    (v) => v.nameContains.length > 0 && v.unconvertedPattern === undefined,
    {
      path: ['nameContains'],
      message: 'must name at least one payer',
    },
  );
  return z.preprocess(
    (value, ctx) => {
      const v = asRecord(value);
      if (!v || v.nameContains !== undefined || typeof v.namePattern !== 'string') return value;
      const converted = payerNamesFromPattern(v.namePattern);
      if (converted.ok) return converted.names;
      if (lenient) return fromStoredPattern(v.namePattern);
      ctx.addIssue({ code: 'custom', path: ['namePattern'], message: converted.problem, input: value });
      return z.NEVER;
    },
    lenient ? PayerNames : strict,
  );
}
