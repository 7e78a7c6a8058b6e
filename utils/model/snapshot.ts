import { z } from 'zod';
import {
  Carc,
  DiagnosisCode,
  DiagnosisLetter,
  GroupCode,
  IsoDate,
  Modifier,
  Money,
  ProcedureCode,
  Rarc,
} from './codes';
import { Eligibility } from './eligibility';
import { PORTAL_IDS } from './portal-id';

/**
 * PageSnapshot: everything a reader took from one portal page, as plain data.
 * Readers produce it in the content script (no zod there, to stay small); the background
 * validates it with these schemas before anything trusts it. Values are normalised the way a
 * biller writes them: codes upper-case without dots, ISO dates, money as numbers.
 */
export const PortalId = z.enum(PORTAL_IDS);
export const PageKind = z.enum([
  'claim-status',
  'claim-detail',
  'claim-entry',
  'eligibility',
  'remittance',
  'unknown',
]);

export const Adjustment = z.object({
  group: GroupCode.nullable(),
  reason: Carc,
  amount: Money.nullable(),
});

export const ServiceLine = z.object({
  /** Line number as the page numbers it (1-based). */
  line: z.number().int().positive(),
  dosFrom: IsoDate.nullable(),
  dosTo: IsoDate.nullable(),
  pos: z
    .string()
    .regex(/^\d{2}$/)
    .nullable(),
  code: ProcedureCode.nullable(),
  modifiers: z.array(Modifier).max(4),
  units: z.number().nonnegative().nullable(),
  /** Letters A–L pointing into the claim's diagnoses; at most four are valid on a claim. */
  diagnosisPointers: z.array(DiagnosisLetter),
  charge: Money.nullable(),
  allowed: Money.nullable(),
  paid: Money.nullable(),
  adjustments: z.array(Adjustment),
  remarks: z.array(Rarc),
});

export const ClaimStatus = z.object({
  /** X12 277 category code (A0–A8, P0–P5, F0–F4, F3F/F3N, R0–R17, E0–E4, D0) when the page shows one. */
  category: z
    .string()
    .regex(/^[A-Z]\d{1,2}$|^F3[FN]$/)
    .nullable(),
  /** X12 277 status code (numeric) when shown. */
  code: z
    .string()
    .regex(/^\d{1,4}$/)
    .nullable(),
  /** The page's own words: "Denied", "PAID", "Finalized"… */
  text: z.string().max(500).nullable(),
});

export const Diagnosis = z.object({ letter: DiagnosisLetter, code: DiagnosisCode });

/**
 * Claim parts whose absence reads the same as "none": an empty diagnosis list, no modifiers, no
 * pointers, no authorization number. A reader that looked for one and did not find it on the page
 * names it in `Claim.unread`, so a check that needs it says "could not check" instead of reporting
 * the part as missing from the claim.
 */
export const UNREAD_FIELDS = ['diagnoses', 'diagnosisPointers', 'modifiers', 'priorAuthorization'] as const;
export const UnreadField = z.enum(UNREAD_FIELDS);

export const Claim = z.object({
  claimNumber: z.string().max(64).nullable(),
  payer: z.string().max(200).nullable(),
  /** professional (CMS-1500 / 837P: practitioner tables) or institutional (UB-04 / 837I: hospital tables). */
  claimType: z.enum(['professional', 'institutional']).nullable(),
  status: ClaimStatus.nullable(),
  receivedDate: IsoDate.nullable(),
  finalizedDate: IsoDate.nullable(),
  checkNumber: z.string().max(64).nullable(),
  checkDate: IsoDate.nullable(),
  /** For secondary claims: the primary payer's EOB date (timely filing counts from it). */
  primaryEobDate: IsoDate.nullable(),
  /**
   * The claim's dates of service as a claims list shows them, without service lines (a search
   * results row). Detail pages leave it null: their lines carry the dates.
   */
  serviceDates: z.object({ from: IsoDate, to: IsoDate }).nullable().default(null),
  billed: Money.nullable(),
  allowed: Money.nullable(),
  paid: Money.nullable(),
  patientResponsibility: Money.nullable(),
  priorAuthorization: z.string().max(64).nullable(),
  diagnoses: z.array(Diagnosis).max(12),
  serviceLines: z.array(ServiceLine).max(999),
  /** Claim-level adjustments and remarks (when the page shows them above the lines). */
  adjustments: z.array(Adjustment),
  remarks: z.array(Rarc),
  /** Parts of the claim the page did not show (or the reader could not find): see UNREAD_FIELDS. */
  unread: z.array(UnreadField).max(UNREAD_FIELDS.length).default([]),
});

export const Patient = z.object({
  /** Initials only: the side panel never shows a full name. */
  initials: z.string().max(4).nullable(),
  age: z.number().int().min(0).max(130).nullable(),
  sex: z.enum(['F', 'M', 'U']).nullable(),
});

export const ReadReport = z.object({
  /** Which adapter read the page (e.g. "availity/claim-detail", "generic"). */
  adapter: z.string().max(100),
  /** Fallbacks used on the way, e.g. "ids missing: read by labels". */
  fallbacks: z.array(z.string().max(300)).max(50),
  /** Problems that stopped part of the reading. */
  problems: z.array(z.string().max(300)).max(50),
  /** Fields the reader is unsure of (generic reader). */
  unsure: z.array(z.string().max(300)).max(100),
  /**
   * How sure the generic reader is of the page kind (0–1), from the evidence it names in `unsure`;
   * null when an adapter that knows the page read it.
   */
  kindConfidence: z.number().min(0).max(1).nullable().default(null),
});

export const PageSnapshot = z.object({
  /** false when the page did not match what its adapter expected (see read.problems). */
  ok: z.boolean(),
  url: z.string().max(4096),
  portal: PortalId,
  kind: PageKind,
  claims: z.array(Claim).max(5000),
  eligibility: Eligibility.nullable(),
  patient: Patient.nullable(),
  read: ReadReport,
});

export type PortalId = z.infer<typeof PortalId>;
export type PageKind = z.infer<typeof PageKind>;
export type Adjustment = z.infer<typeof Adjustment>;
export type ServiceLine = z.infer<typeof ServiceLine>;
export type ClaimStatus = z.infer<typeof ClaimStatus>;
export type Diagnosis = z.infer<typeof Diagnosis>;
export type UnreadField = z.infer<typeof UnreadField>;
export type Claim = z.infer<typeof Claim>;
export type Patient = z.infer<typeof Patient>;
export type ReadReport = z.infer<typeof ReadReport>;
export type PageSnapshot = z.infer<typeof PageSnapshot>;
