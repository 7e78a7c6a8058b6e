import type { PayerFamily } from '../payer-family';

/**
 * The denial guidance table's vocabulary. One row = one situation a biller meets on a remittance:
 * group + reason code (CARC, or a remark code on its own), optionally narrowed by a remark on the same
 * line or claim, the payer family and facts about the line. Rows are tried in table order and the
 * first that fits wins, so the specific rows of a code come before its general ones.
 */

/** Claim adjustment group as the page shows it; `none` when the page shows no group. */
export type GroupKey = 'CO' | 'PR' | 'OA' | 'PI' | 'CR' | 'none';
export const GROUP_KEYS: readonly GroupKey[] = ['CO', 'PR', 'OA', 'PI', 'CR', 'none'];
/** Every group except PR: the practice, the payer or a prior payer carries the amount. */
export const NOT_PR: readonly GroupKey[] = ['CO', 'OA', 'PI', 'CR', 'none'];

/** The denial worklist's buckets (one per row, so denials can be grouped by what fixes them). */
export type DenialCause =
  | 'bundling'
  | 'modifier'
  | 'units'
  | 'eligibility'
  | 'cob'
  | 'authorization'
  | 'medical-necessity'
  | 'timely-filing'
  | 'duplicate'
  | 'information-missing'
  | 'other';
export const DENIAL_CAUSES: readonly DenialCause[] = [
  'bundling',
  'modifier',
  'units',
  'eligibility',
  'cob',
  'authorization',
  'medical-necessity',
  'timely-filing',
  'duplicate',
  'information-missing',
  'other',
];

/** What the biller does with the line, once the payer family is known. */
export type Route =
  | 'post'
  | 'write-off'
  | 'bill-patient'
  | 'bill-secondary'
  | 'bill-other-payer'
  | 'wait'
  | 'check-status'
  | 'answer-request'
  | 'corrected-claim'
  | 'new-claim'
  | 'reopening'
  | 'redetermination'
  | 'appeal';

/**
 * A row's route. Besides the fixed routes, three depend on the payer family (routes.ts):
 * `fix` — correct a processed claim (Medicare Part B: reopening; others: corrected claim);
 * `fix-records` — a correction the payer must check against the records (Medicare Part B:
 * redetermination); `dispute` — the payer's appeal (Medicare: redetermination).
 */
export type RowRoute = Route | 'fix' | 'fix-records' | 'dispute';

/** yes: an appeal can win; no: fix or write off; maybe: only if the records support it. */
export type AppealAdvice = 'yes' | 'no' | 'maybe' | 'not-needed';

/** Facts about the line and claim that change the step (computed in denial.ts and cause.ts). */
export type Fact =
  | 'em' // the line is an E/M (99202–99499)
  | 'ga' // ABN on file
  | 'gz' // no ABN though one was expected
  | 'repeat' // 76, 77 or 91 already on the line
  | 'qmb' // N781–N783 on the remittance, or the eligibility read says QMB
  | 'ptp-0' // the line is in an NCCI pair that no modifier opens
  | 'ptp-1' // …in a pair a distinct-service modifier opens
  | 'ptp-1-em' // …and the line that takes the modifier is an E/M (25/57, never 59/X)
  | 'ptp-bypassed' // …and a bypass modifier is already there
  | 'mai-1'
  | 'mai-2'
  | 'mai-3';

export type Level = 'info' | 'warning' | 'error';

export interface GuidanceRow {
  /** CARC without leading zeros (45, B7), or a RARC (N362) for a remark on its own. */
  code: string;
  /** Groups the row applies to; '*' for any (remark rows are always '*'). */
  groups: readonly GroupKey[] | '*';
  /** Applies only when one of these remarks is on the same line or the claim. */
  remarks?: readonly string[];
  /** Applies only to these payer families. */
  family?: readonly PayerFamily[];
  /** Applies only when all these facts hold. */
  when?: readonly Fact[];
  /** Replaces the code's general meaning when this situation means more (e.g. QMB). */
  meaning?: string;
  /** What to do, with {fix}, {fix-records}, {appeal} and {modLine} filled in per claim (routes.ts). */
  step: string;
  route: RowRoute;
  appeal: AppealAdvice;
  level: Level;
  /** Worklist bucket; defaults to the code's. */
  cause?: DenialCause;
  /** What the step follows: a CMS manual chapter, a law, an X12 rule, or ClaimLens practice. */
  source: string;
}

/** What a code means, whatever the group: short (panel and notes), a sentence, its worklist bucket. */
export interface CodeMeaning {
  short: string;
  meaning: string;
  cause: DenialCause;
}
