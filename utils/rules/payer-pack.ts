import { z } from 'zod';
import { RuleId, Severity } from '../model/finding';
import { Recipe } from '../teach/recipe';
import { packPayer, payerNamesMatch } from './payer-names';

/**
 * Per-payer rule packs: JSON an organisation writes once and shares (docs/payer-rules/README.md).
 * A pack applies to claims whose payer name contains one of `payer.nameContains` and none of
 * `payer.unlessNameContains` (any case; payer-names.ts). An older pack's `payer.namePattern` (a regular
 * expression) is converted when it is simple, and refused with the reason when it is not.
 * It can require modifiers on codes, list codes that need prior authorisation, set the filing limit,
 * change a built-in rule's level or switch it off for that payer.
 */

/** A code or an inclusive range "97010-97799" (same length, compared as text like the code sets do). */
const CodeOrRange = z
  .string()
  .regex(/^[A-Z0-9]{5}(-[A-Z0-9]{5})?$/, 'use a code "97110" or a range "97010-97799"');
const ModifierCode = z.string().regex(/^[A-Z0-9]{2}$/, 'a modifier is 2 letters/digits, e.g. "GP"');

export const RequiredModifierRule = z.object({
  codes: z.array(CodeOrRange).min(1),
  /** At least one of these must be on the line. */
  anyOf: z.array(ModifierCode).min(1),
  message: z.string().max(300).optional(),
  severity: Severity.exclude(['could-not-check']).default('error'),
});

export const PriorAuthRule = z.object({
  codes: z.array(CodeOrRange).min(1),
  message: z.string().max(300).optional(),
  severity: Severity.exclude(['could-not-check']).default('warning'),
});

function payerPackSchema(lenient: boolean) {
  return z.object({
    /** Format version of this schema. */
    schema: z.literal(1),
    name: z.string().min(1).max(100),
    /** What changed and when: shown as the source of the pack's findings ("Acme PT pack 2026-03"). */
    version: z.string().min(1).max(40),
    payer: packPayer(lenient),
    requiredModifiers: z.array(RequiredModifierRule).max(500).default([]),
    priorAuthorization: z.array(PriorAuthRule).max(500).default([]),
    filingLimitDays: z.number().int().positive().max(3650).nullable().default(null),
    /** Built-in rules for this payer: switch off or change level. */
    rules: z
      .partialRecord(
        RuleId,
        z.object({
          enabled: z.boolean().default(true),
          severity: Severity.exclude(['could-not-check']).nullable().default(null),
        }),
      )
      .default({}),
    notes: z.string().max(2000).optional(),
    /** Pages the organisation taught ClaimLens (utils/teach/): added to the biller's taught pages on import. */
    recipes: z.array(Recipe).max(50).default([]),
  });
}

/** A pack file as imported: an old payer pattern that cannot be converted is refused. */
export const PayerPack = payerPackSchema(false);
/** A pack kept in settings by an older ClaimLens: such a pattern is kept, applied to no payer. */
export const StoredPayerPack = payerPackSchema(true);

export type PayerPack = z.infer<typeof PayerPack>;
export type PayerPackInput = z.input<typeof PayerPack>;

export type PayerPackResult = { ok: true; pack: PayerPack } | { ok: false; problems: string[] };

/** A pack file is a few kilobytes; a bigger one is refused before it is parsed. */
export const MAX_PACK_CHARS = 1_000_000;

/** Parse a pack from JSON text or an already-parsed value; problems name the field and what to write. */
export function parsePayerPack(json: unknown): PayerPackResult {
  let value = json;
  if (typeof json === 'string') {
    if (json.length > MAX_PACK_CHARS)
      return { ok: false, problems: [`the file is over ${MAX_PACK_CHARS / 1_000_000} MB: not a payer pack`] };
    try {
      value = JSON.parse(json);
    } catch (e) {
      return { ok: false, problems: [`not valid JSON: ${e instanceof Error ? e.message : String(e)}`] };
    }
  }
  const parsed = PayerPack.safeParse(value);
  if (parsed.success) return { ok: true, pack: parsed.data };
  const problems = parsed.error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(the pack)';
    return `${where}: ${issue.message}`;
  });
  return { ok: false, problems };
}

/** True when a code is listed, or falls inside a listed range. */
export function codeInList(code: string, list: readonly string[]): boolean {
  for (const entry of list) {
    const dash = entry.indexOf('-');
    if (dash < 0) {
      if (entry === code) return true;
    } else if (code >= entry.slice(0, dash) && code <= entry.slice(dash + 1)) return true;
  }
  return false;
}

export function packsForPayer(packs: readonly PayerPack[], payer: string | null): PayerPack[] {
  if (!payer) return [];
  return packs.filter((p) => payerNamesMatch(p.payer, payer));
}
