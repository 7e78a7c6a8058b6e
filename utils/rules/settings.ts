import { z } from 'zod';
import { RuleId, Severity } from '../model/finding';
import { Jurisdiction, NO_JURISDICTION } from './jurisdiction';
import { PayerPack } from './payer-pack';

/**
 * The user's rule settings (options page, storage.local). Every field has a default so an old or
 * partial stored value still parses; `RuleSettings.parse({})` gives the defaults.
 */

/** Turn a rule off, or move its findings to another level. could-not-check findings keep their level. */
export const RuleSwitch = z.object({
  enabled: z.boolean().default(true),
  severity: Severity.exclude(['could-not-check']).nullable().default(null),
});

export const FilingLimit = z.object({
  /** How the limit is named on findings ("Medicare", "Aetna"); the pattern when empty. */
  name: z.string().max(100).default(''),
  /** Matched case-insensitively against the payer name on the page (a plain substring or a regex source). */
  payerPattern: z.string().min(1).max(200),
  /** Days from the date of service (or from the primary EOB for secondary claims). */
  days: z.number().int().positive().max(3650),
  /** Out-of-network limit where the contract differs. */
  outOfNetworkDays: z.number().int().positive().max(3650).nullable().default(null),
  note: z.string().max(300).default(''),
});

export const PayerRuleSwitches = z.object({
  payerPattern: z.string().min(1).max(200),
  rules: z.partialRecord(RuleId, RuleSwitch),
});

/** Medicare therapy threshold (KX) by calendar year, in dollars. */
export const KxThresholds = z.record(z.string().regex(/^\d{4}$/), z.number().positive());

/** Defaults a biller can change. Commercial limits are common contract defaults, not law. */
export const DEFAULT_FILING_LIMITS: z.input<typeof FilingLimit>[] = [
  {
    // Original Medicare only: Medicare Advantage plans set their own limits by contract.
    name: 'Medicare',
    payerPattern: '^(?!.*(advantage|replacement)).*medicare',
    days: 365,
    note: '12 months from the date of service (42 CFR 424.44)',
  },
  {
    name: 'Cigna',
    payerPattern: 'cigna',
    days: 90,
    outOfNetworkDays: 180,
    note: 'common in-network contract default',
  },
  {
    name: 'UnitedHealthcare',
    payerPattern: 'united|uhc|optum',
    days: 90,
    outOfNetworkDays: 180,
    note: 'common in-network contract default',
  },
  { name: 'Aetna', payerPattern: 'aetna', days: 120, note: 'common contract default' },
  { name: 'Anthem', payerPattern: 'anthem|elevance', days: 90, note: 'common contract default' },
];

/**
 * 2024 $2,330 and 2025 $2,410 are CMS's published amounts. 2026: $2,480 is ClaimLens' reading of the
 * CY2026 PFS final rule, not yet checked against the MAC notices — a setting so the biller can correct it
 * on the options page without an update.
 */
export const DEFAULT_KX_THRESHOLDS: Record<string, number> = { '2024': 2330, '2025': 2410, '2026': 2480 };

export const RuleSettings = z.object({
  filingLimits: z
    .array(FilingLimit)
    .max(200)
    .default(DEFAULT_FILING_LIMITS.map((l) => FilingLimit.parse(l))),
  /** Payer not matched by any limit: a cautious default, the finding says "check your contract". */
  unknownPayerFilingDays: z.number().int().positive().max(3650).default(90),
  /** Warn when this many days or fewer are left. */
  filingWarningDays: z.number().int().nonnegative().max(365).default(30),
  /** Medicare redetermination: days from the initial determination (the finalized date). */
  redeterminationDays: z.number().int().positive().max(3650).default(120),
  /** Appeal window of payers other than original Medicare: days from the denial (a common contract term). */
  appealDays: z.number().int().positive().max(3650).default(180),
  /**
   * The `history` check on claim-entry forms: warn when this payer denied the same code and modifiers
   * at least `minDenials` times (never fewer than 3 by default) within the last `windowDays` days.
   */
  history: z
    .object({
      minDenials: z.number().int().min(1).max(100).default(3),
      windowDays: z.number().int().min(1).max(3650).default(90),
    })
    .default({ minDenials: 3, windowDays: 90 }),
  rules: z.partialRecord(RuleId, RuleSwitch).default({}),
  payerRules: z.array(PayerRuleSwitches).max(200).default([]),
  kxThresholds: KxThresholds.default(DEFAULT_KX_THRESHOLDS),
  /** Imported per-payer rule packs (see payer-pack.ts and docs/payer-rules/README.md). */
  payerPacks: z.array(PayerPack).max(100).default([]),
  /** The practice's Medicare jurisdiction: which coverage articles apply (jurisdiction.ts). */
  jurisdiction: Jurisdiction.default(NO_JURISDICTION),
});

export type RuleSwitch = z.infer<typeof RuleSwitch>;
export type FilingLimit = z.infer<typeof FilingLimit>;
export type RuleSettings = z.infer<typeof RuleSettings>;
export type RuleSettingsInput = z.input<typeof RuleSettings>;

export const DEFAULT_RULE_SETTINGS: RuleSettings = RuleSettings.parse({});

/** True when the payer name on the page matches the pattern (regex source, case-insensitive). */
export function payerMatches(pattern: string, payer: string | null): boolean {
  if (!payer) return false;
  try {
    return new RegExp(pattern, 'i').test(payer);
  } catch {
    // A pattern that is not a valid regex is taken literally.
    return payer.toLowerCase().includes(pattern.toLowerCase());
  }
}
