/**
 * The words billers meet on portal pages, one table per kind of thing named, one line per field.
 * A label (lower-cased, without trailing ":") is classified by the FIRST line whose regex matches, so
 * a more specific line comes before a more general one (the patient's control number before the
 * claim number). Line and list columns use FIELDS in ../grid.ts. To add a synonym: add it to its
 * line's regex and add the label to the table in vocab.test.ts (README.md in this folder).
 */
export type ClaimLabel =
  | 'patientControl'
  | 'checkDate'
  | 'claimNumber'
  | 'status'
  | 'payer'
  | 'dos'
  | 'received'
  | 'finalized'
  | 'patientResponsibility'
  | 'allowed'
  | 'billed'
  | 'paid'
  | 'check'
  | 'auth'
  | 'diagnoses'
  | 'claimType'
  | 'codes';

export const CLAIM_LABELS: readonly [ClaimLabel, RegExp][] = [
  ['patientControl', /patient (control|account|acct)|account (number|#|no)|\bpcn\b|pt acct/],
  ['checkDate', /(check|payment|eft|remit\w*) date|date paid/],
  [
    'claimNumber',
    /claim (number|#|no\b|id|ref)|claim control|\b[idt]cn\b|^claim$|(document|internal) control/,
  ],
  ['status', /status( code| description)?$/],
  ['payer', /^payer( name)?$/],
  ['dos', /dates? of service|service dates?|^dos$/],
  ['received', /receiv|receipt/],
  ['finalized', /finali|processed|adjudicat|paid date/],
  ['patientResponsibility', /(patient|member|pt) resp/],
  ['allowed', /allow/],
  ['claimType', /claim type|bill type/],
  ['codes', /claim (reason|remark|adjust)/],
  ['billed', /\bbill(ed)?\b|charge/],
  ['paid', /paid|payment amount|claim payment/],
  ['check', /check|eft|payment (number|#|no)|trace/],
  ['auth', /auth|referral (number|#|no)/],
  ['diagnoses', /^(?!.*\b(pointer|ptr)\b).*(diagnos|\bdx\b|icd)/],
];

export type EligibilityLabel =
  | 'dos'
  | 'eligibilityBegin'
  | 'eligibilityEnd'
  | 'begin'
  | 'end'
  | 'coverage'
  | 'payer'
  | 'plan'
  | 'planType';

export const ELIGIBILITY_LABELS: readonly [EligibilityLabel, RegExp][] = [
  ['dos', /dates?(\(s\))? of service|service date|as of|inquiry date|^dos$/],
  ['eligibilityBegin', /eligibility (begin|start|effective)/],
  ['eligibilityEnd', /eligibility (end|term)/],
  ['begin', /(begin|start|effective)( date)?$|^effective/],
  ['end', /(end|termination|term)( date)?$/],
  ['coverage', /coverage( status)?$|eligibility status|^status$|^eligibility$/],
  ['payer', /^payer( name)?$/],
  ['planType', /plan type|insurance type|coverage type/],
  ['plan', /^plan( name)?$|plan \/ product|benefit plan$/],
];

/**
 * Eligibility segment tables, named by their caption or heading: which list a row of dates goes to.
 * Managed care outside Medicare and third-party liability are other payers the claim may go to.
 */
export type SegmentKind = 'partAB' | 'advantage' | 'hospice' | 'homeHealth' | 'msp' | 'other' | 'plan';

export const SEGMENT_TITLES: readonly [SegmentKind, RegExp][] = [
  ['partAB', /entitlement|part a|part b/],
  ['advantage', /medicare advantage|\bhmo\/ma\b|\bma plan|part c/],
  ['hospice', /hospice/],
  ['homeHealth', /home health/],
  ['msp', /\bmsp\b|secondary payer/],
  ['other', /managed care|\bmco\b|third party|\btpl\b|other (insurance|payer|coverage)|\bcob\b|coordination/],
  ['plan', /benefit plan|plan (information|coverage)|coverage|eligibility/],
];

export const classify = <T extends string>(table: readonly [T, RegExp][], label: string): T | null =>
  table.find(([, re]) => re.test(label))?.[0] ?? null;
