import { z } from 'zod';
import { PageKind } from '../model/snapshot';
import { NoteSettings } from '../notes/settings';
import { RetentionSettings } from '../privacy/retention';
import { Jurisdiction } from '../rules/jurisdiction';
import { PayerPack } from '../rules/payer-pack';
import { RuleSettings } from '../rules/settings';
import { Recipe } from '../teach/recipe';

/**
 * What an office administrator can set through enterprise policy (storage.managed): Chrome/Edge read
 * it from a policy (JSON file, Group Policy, MDM) checked against managed-schema.json; Firefox from
 * the `3rdparty` section of policies.json. Each field is checked on its own, so one malformed field is
 * reported and ignored while the rest applies. Each field replaces the biller's whole value of that
 * setting (a managed filing-limit list is the list, not added to the biller's own).
 */

const rule = RuleSettings.shape;

/** A taught page (utils/teach/recipe.ts), as an object or (Chrome) as the JSON text of one. */
export const MAX_RECIPE_CHARS = 64_000;
export const ManagedRecipe = z
  .union([z.string().max(MAX_RECIPE_CHARS), z.record(z.string(), z.unknown())])
  .transform((value, ctx) => {
    // Chrome's policy schema has no "any JSON" type: there a recipe is the JSON text of the object.
    let parsed: unknown = value;
    if (typeof value === 'string') {
      try {
        parsed = JSON.parse(value);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'a recipe given as text must be the JSON of an object' });
        return z.NEVER;
      }
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      ctx.addIssue({ code: 'custom', message: 'a recipe is a JSON object' });
      return z.NEVER;
    }
    let size = Number.POSITIVE_INFINITY;
    try {
      size = JSON.stringify(parsed).length;
    } catch {
      // Too deep to write out: refused below like a recipe that is too big.
    }
    if (size > MAX_RECIPE_CHARS) {
      ctx.addIssue({ code: 'custom', message: `a recipe is at most ${MAX_RECIPE_CHARS} characters of JSON` });
      return z.NEVER;
    }
    // Held to the shape a recipe file is (utils/teach/recipe.ts): the first problem is named.
    const recipe = Recipe.safeParse(parsed);
    if (!recipe.success) {
      const issue = recipe.error.issues[0];
      ctx.addIssue({
        code: 'custom',
        path: issue?.path,
        message: `not a taught page: ${issue?.message ?? 'unknown shape'}`,
      });
      return z.NEVER;
    }
    return recipe.data as Recipe;
  });

/** The jurisdiction an office sets: states and/or contractor numbers (never a portal preset). */
export const ManagedJurisdiction = Jurisdiction.pick({ states: true, contractors: true }).partial();

/** Each field an administrator may set, with what it accepts. */
export const POLICY_FIELD_SCHEMAS = {
  filingLimits: rule.filingLimits.unwrap(),
  unknownPayerFilingDays: rule.unknownPayerFilingDays.unwrap(),
  filingWarningDays: rule.filingWarningDays.unwrap(),
  redeterminationDays: rule.redeterminationDays.unwrap(),
  appealDays: rule.appealDays.unwrap(),
  history: rule.history.unwrap(),
  rules: rule.rules.unwrap(),
  payerRules: rule.payerRules.unwrap(),
  kxThresholds: rule.kxThresholds.unwrap(),
  // A pack an office ships is checked as a pack file is on import (payers named, never a pattern).
  payerPacks: z.array(PayerPack).max(100),
  jurisdiction: ManagedJurisdiction,
  noteTemplates: z.partialRecord(PageKind, NoteSettings.shape.templates.unwrap().valueType),
  retention: z.object({
    noteDays: RetentionSettings.shape.noteDays.unwrap().optional(),
    dismissalDays: RetentionSettings.shape.dismissalDays.unwrap().optional(),
    denialDays: RetentionSettings.shape.denialDays.unwrap().optional(),
  }),
  recipes: z.array(ManagedRecipe).max(200),
} as const;

export type PolicyField = keyof typeof POLICY_FIELD_SCHEMAS;
export const POLICY_FIELDS = Object.keys(POLICY_FIELD_SCHEMAS) as PolicyField[];
export type PolicyValues = { [F in PolicyField]: z.output<(typeof POLICY_FIELD_SCHEMAS)[F]> };

/** The rule settings an administrator can set (every one but the jurisdiction, which is its own field). */
export const RULE_POLICY_FIELDS = [
  'filingLimits',
  'unknownPayerFilingDays',
  'filingWarningDays',
  'redeterminationDays',
  'appealDays',
  'history',
  'rules',
  'payerRules',
  'kxThresholds',
  'payerPacks',
] as const satisfies readonly (PolicyField & keyof RuleSettings)[];

/** The whole policy as one schema (for the managed-storage schema and the README). */
export const ManagedPolicy = z.object({
  ...Object.fromEntries(POLICY_FIELDS.map((f) => [f, POLICY_FIELD_SCHEMAS[f].optional()])),
  /** The fields the biller may not change. */
  locked: z.array(z.string().max(40)).max(POLICY_FIELDS.length).optional(),
});

/** What the options page calls each field. */
export const POLICY_FIELD_LABELS: Record<PolicyField, string> = {
  filingLimits: 'Timely filing limits',
  unknownPayerFilingDays: 'Filing limit for payers not listed',
  filingWarningDays: 'Warn when this many filing days are left',
  redeterminationDays: 'Medicare redetermination days',
  appealDays: 'Appeal window of other payers (days)',
  history: 'Denial history warning on claim forms',
  rules: 'Checks switched off or moved to another level',
  payerRules: 'Per-payer check overrides',
  kxThresholds: 'KX therapy thresholds',
  payerPacks: 'Payer rule packs',
  jurisdiction: 'Medicare jurisdiction',
  noteTemplates: 'Note templates',
  retention: 'How long notes, dismissals and worklist denials are kept',
  recipes: 'Taught-page recipes',
};
