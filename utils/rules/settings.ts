import { z } from 'zod';
import { RuleId, Severity } from '../model/finding';
import { Jurisdiction, NO_JURISDICTION } from './jurisdiction';
import { PayerNames, withStoredPayer } from './payer-names';
import { StoredPayerPack } from './payer-pack';

/**
 * The user's rule settings (options page, storage.local). Every field has a default so an old or
 * partial stored value still parses; `RuleSettings.parse({})` gives the defaults.
 */

/** Turn a rule off, or move its findings to another level. could-not-check findings keep their level. */
export const RuleSwitch = z.object({
  enabled: z.boolean().default(true),
  severity: Severity.exclude(['could-not-check']).nullable().default(null),
});

/** Older settings named payers with a regular expression (`payerPattern`): read as names (payer-names.ts). */
const FilingLimitFields = z.object({
  /** How the limit is named on findings ("Medicare", "Aetna"); the payer names when empty. */
  name: z.string().max(100).default(''),
  /** The payers it applies to: names the payer name on the page contains (payer-names.ts). */
  payer: PayerNames,
  /** Days from the date of service (or from the primary EOB for secondary claims). */
  days: z.number().int().positive().max(3650),
  /** Out-of-network limit where the contract differs. */
  outOfNetworkDays: z.number().int().positive().max(3650).nullable().default(null),
  note: z.string().max(300).default(''),
});
export const FilingLimit = z.preprocess(withStoredPayer, FilingLimitFields);

export const PayerRuleSwitches = z.preprocess(
  withStoredPayer,
  z.object({
    payer: PayerNames,
    rules: z.partialRecord(RuleId, RuleSwitch),
  }),
);

/** Medicare therapy threshold (KX) by calendar year, in dollars. */
export const KxThresholds = z.record(z.string().regex(/^\d{4}$/), z.number().positive());

const names = (nameContains: string[], unlessNameContains: string[] = []) => ({
  nameContains,
  unlessNameContains,
});

/** Defaults a biller can change. Commercial limits are common contract defaults, not law. */
export const DEFAULT_FILING_LIMITS: z.input<typeof FilingLimitFields>[] = [
  {
    // Original Medicare only: Medicare Advantage plans set their own limits by contract.
    name: 'Medicare',
    payer: names(['medicare'], ['advantage', 'replacement']),
    days: 365,
    note: '12 months from the date of service (42 CFR 424.44)',
  },
  {
    name: 'Cigna',
    payer: names(['cigna']),
    days: 90,
    outOfNetworkDays: 180,
    note: 'common in-network contract default',
  },
  {
    name: 'UnitedHealthcare',
    payer: names(['united', 'uhc', 'optum']),
    days: 90,
    outOfNetworkDays: 180,
    note: 'common in-network contract default',
  },
  { name: 'Aetna', payer: names(['aetna']), days: 120, note: 'common contract default' },
  { name: 'Anthem', payer: names(['anthem', 'elevance']), days: 90, note: 'common contract default' },
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
  payerPacks: z.array(StoredPayerPack).max(100).default([]),
  /** The practice's Medicare jurisdiction: which coverage articles apply (jurisdiction.ts). */
  jurisdiction: Jurisdiction.default(NO_JURISDICTION),
});

export type RuleSwitch = z.infer<typeof RuleSwitch>;
export type FilingLimit = z.infer<typeof FilingLimit>;
export type PayerRuleSwitches = z.infer<typeof PayerRuleSwitches>;
export type RuleSettings = z.infer<typeof RuleSettings>;
export type RuleSettingsInput = z.input<typeof RuleSettings>;

export const DEFAULT_RULE_SETTINGS: RuleSettings = RuleSettings.parse({});
