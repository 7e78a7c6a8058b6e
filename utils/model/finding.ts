import { z } from 'zod';

/** Every check's id, as named in the rules table of utils/rules/README.md. */
export const RULE_IDS = [
  'ptp',
  'mue',
  'addon',
  'bilateral',
  'pctc',
  'global',
  'asst',
  'mod-59',
  'mod-25',
  'mod-therapy',
  'mod-anesthesia',
  'mod-ambulance',
  'mod-hospice',
  'mod-excluded',
  'telehealth',
  'abn',
  'jwjz',
  'kx',
  'code-valid',
  'med-necessity',
  'dx-pointer',
  'dx-age-sex',
  'duplicate',
  'pos',
  'payer-rule',
  'elig-inactive',
  'elig-ma',
  'elig-msp',
  'elig-cob',
  'elig-hospice',
  'timely-filing',
  'denial',
  'history',
] as const;
export const RuleId = z.enum(RULE_IDS);

/** Ordered worst first; could-not-check is shown in its own group. */
export const SEVERITIES = ['error', 'warning', 'info', 'could-not-check'] as const;
export const Severity = z.enum(SEVERITIES);

export const Finding = z.object({
  rule: RuleId,
  severity: Severity,
  /** The claim it concerns (index into snapshot.claims), or null for page-level findings (eligibility). */
  claimIndex: z.number().int().nonnegative().nullable(),
  /** Service lines as the page numbers them. Empty for claim-level findings. */
  lines: z.array(z.number().int().positive()),
  /** What is wrong, in the biller's words. */
  message: z.string().min(1).max(1000),
  /** What to do next. */
  action: z.string().max(1000),
  /** Where the rule comes from, with its vintage: "NCCI PTP practitioner v30.1, effective 2024-04-01". */
  source: z.string().max(300),
  /** For could-not-check: why. */
  reason: z.string().max(500).nullable(),
});

export type RuleId = z.infer<typeof RuleId>;
export type Severity = z.infer<typeof Severity>;
export type Finding = z.infer<typeof Finding>;

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}
