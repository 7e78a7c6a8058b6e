import { z } from 'zod';
import { Carc, GroupCode, IsoDate, Modifier, Money, ProcedureCode, Rarc } from '../model/codes';
import { PageKind, PortalId } from '../model/snapshot';
import { DENIAL_CAUSES, type DenialCause } from '../rules/denial/types';

/**
 * The denial worklist's stored record: one per claim (keyed by its claim key), holding only what a
 * biller needs to work the denial — never a patient's name, member id, birth date, account number or
 * diagnoses. Written by the background from claim status, claim detail and remittance pages, and by
 * the worklist page from 835 files; both go through record.ts so they merge the same way.
 */

/** Where a claim is in the biller's work. Open statuses stay in the queue; paid and written off leave it. */
export const WORK_STATUSES = ['new', 'working', 'corrected', 'appealed', 'paid', 'written-off'] as const;
export const WorkStatus = z.enum(WORK_STATUSES);
export type WorkStatus = z.infer<typeof WorkStatus>;
export const OPEN_STATUSES: ReadonlySet<WorkStatus> = new Set(['new', 'working', 'corrected', 'appealed']);

export const STATUS_LABEL: Record<WorkStatus, string> = {
  new: 'New',
  working: 'Working',
  corrected: 'Corrected',
  appealed: 'Appealed',
  paid: 'Paid',
  'written-off': 'Written off',
};

export const CAUSE_LABEL: Record<DenialCause, string> = {
  bundling: 'Bundling / NCCI',
  modifier: 'Modifier',
  units: 'Units / MUE',
  eligibility: 'Eligibility or coverage ended',
  cob: 'Coordination of benefits',
  authorization: 'Authorization',
  'medical-necessity': 'Medical necessity',
  'timely-filing': 'Timely filing',
  duplicate: 'Duplicate',
  'information-missing': 'Information missing',
  other: 'Other',
};

export const Cause = z.enum(DENIAL_CAUSES as [DenialCause, ...DenialCause[]]);

export const RecordedAdjustment = z.object({
  group: GroupCode.nullable(),
  reason: Carc,
  amount: Money.nullable(),
});

/** A service line as the worklist keeps it: codes and money, no diagnoses. */
export const RecordedLine = z.object({
  /** The line number the page showed; 835 lines are numbered in file order. */
  line: z.number().int().positive(),
  dosFrom: IsoDate.nullable(),
  dosTo: IsoDate.nullable(),
  code: ProcedureCode.nullable(),
  modifiers: z.array(Modifier).max(4),
  units: z.number().nonnegative().nullable(),
  charge: Money.nullable(),
  paid: Money.nullable(),
  adjustments: z.array(RecordedAdjustment).max(30),
  remarks: z.array(Rarc).max(30),
  /** The denial adjustments among them, as "CO-4" (empty when only the claim's status said denied). */
  reasons: z.array(z.string().max(8)).max(30),
  /** The worklist bucket of the line's main denial adjustment (guidance table). */
  cause: Cause,
  /** Dollars the denial holds back on this line (never negative). */
  atRisk: z.number().nonnegative(),
});

/** What the biller changed on the claim when the payer later paid it: the denial memory learns it. */
export const LearnedFix = z.object({
  code: ProcedureCode,
  added: z.array(Modifier).max(4),
  removed: z.array(Modifier).max(4),
});

/** The route the guidance table gives (utils/rules/denial/types.ts Route), kept as text. */
const RouteText = z.string().max(40);

export const DenialRecord = z.object({
  /** claimKey(claimNumber): letters and digits, upper-case. */
  id: z.string().min(1).max(64),
  claimNumber: z.string().min(1).max(64),
  payer: z.string().max(200).nullable(),
  /** The payer name reduced for matching (payerKey()); '' when the payer is not known. */
  payerKey: z.string().max(200),
  /** Where it was last seen: a portal, or 'era' for an 835 file. */
  portal: z.union([PortalId, z.literal('era')]),
  kind: z.union([PageKind, z.literal('era-835')]),
  /** The page it was seen on, without patient-identifying query parameters (portal-link.ts); null for files. */
  link: z
    .string()
    .max(2048)
    .regex(/^https:\/\/[^\s/?#]+/)
    .nullable(),
  claimType: z.enum(['professional', 'institutional']).nullable(),
  dosFrom: IsoDate.nullable(),
  dosTo: IsoDate.nullable(),
  receivedDate: IsoDate.nullable(),
  /** The payer's decision (finalized, check or remittance date): appeal windows count from it. */
  decisionDate: IsoDate.nullable(),
  primaryEobDate: IsoDate.nullable(),
  /** X12 277 category when the page showed one (F2, A7…). */
  statusCategory: z.string().max(4).nullable(),
  /** Rejected before adjudication (277 A3/A6/A7/A8): resubmit, not appeal. */
  rejected: z.boolean(),
  billed: Money.nullable(),
  paid: Money.nullable(),
  atRisk: z.number().nonnegative(),
  /** The denied lines (a line counts when it carries a denial adjustment, or the whole claim was denied). */
  lines: z.array(RecordedLine).max(999),
  claimAdjustments: z.array(RecordedAdjustment).max(30),
  claimRemarks: z.array(Rarc).max(30),
  cause: Cause,
  /** The main denial's route and appeal advice from the guidance table; null when no code is known. */
  route: RouteText.nullable(),
  appeal: z.enum(['yes', 'no', 'maybe', 'not-needed']).nullable(),
  /** The codes behind it, for lists and filters: "CO-97", "N362". */
  codes: z.array(z.string().max(8)).max(60),
  status: WorkStatus,
  statusAt: z.string().max(40),
  /** Who set the status: the biller, or ClaimLens (a page or file showed the claim paid). */
  statusBy: z.enum(['biller', 'claimlens']),
  note: z.string().max(2000),
  firstSeen: IsoDate,
  lastSeen: IsoDate,
  paidSeen: IsoDate.nullable(),
  fixes: z.array(LearnedFix).max(50),
  /** `${payerKey}|${code}` per denied line with a code: the denial memory's index (memory.ts). */
  memoryKeys: z.array(z.string().max(220)).max(999),
});

export type RecordedAdjustment = z.infer<typeof RecordedAdjustment>;
export type RecordedLine = z.infer<typeof RecordedLine>;
export type LearnedFix = z.infer<typeof LearnedFix>;
export type DenialRecord = z.infer<typeof DenialRecord>;

/** A payer name reduced for matching: "UnitedHealthcare, Inc." and "UNITEDHEALTHCARE INC" are one payer. */
export function payerKey(payer: string | null | undefined): string {
  return (payer ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .slice(0, 200);
}
