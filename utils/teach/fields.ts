import type { HeaderField, LineField, Recipe, TaughtKind } from './recipe';

/**
 * What a biller teaches for each page kind, in the biller's words, and which parts a recipe cannot do
 * without: when one of those is no longer found, the page changed since it was taught.
 * Plain data (no zod): the content script and the panel share it.
 */
/** The parts a recipe can name (the recipe schema in recipe.ts is built from these lists). */
export const HEADER_FIELDS = [
  'claimNumber',
  'status',
  'payer',
  'billed',
  'paid',
  'diagnoses',
  'coverage',
  'planName',
  'planBegin',
  'planEnd',
] as const;
export const LINE_FIELDS = [
  'code',
  'modifiers',
  'units',
  'dosFrom',
  'dosTo',
  'charge',
  'paid',
  'codes',
  // A claim-status list's row is one claim: its claim number and status (the dates, charge and paid
  // fields above are its dates of service, billed and paid there).
  'claimNumber',
  'status',
] as const;

export const HEADER_LABEL: Record<HeaderField, string> = {
  claimNumber: 'Claim number',
  status: 'Claim status',
  payer: 'Payer',
  billed: 'Total billed',
  paid: 'Total paid',
  diagnoses: 'Diagnoses',
  coverage: 'Coverage status',
  planName: 'Plan',
  planBegin: 'Plan begin date',
  planEnd: 'Plan end date',
};

export const LINE_LABEL: Record<LineField, string> = {
  code: 'Procedure code',
  modifiers: 'Modifiers',
  units: 'Units',
  dosFrom: 'Date of service (from)',
  dosTo: 'Date of service (to)',
  charge: 'Line charge',
  paid: 'Line paid',
  codes: 'Adjustment and remark codes',
  claimNumber: 'Claim number',
  status: 'Claim status',
};

/** A claim-status list's row fields, in the biller's words (a row there is a claim, not a service line). */
export const CLAIM_ROW_LABEL: Partial<Record<LineField, string>> = {
  claimNumber: 'Claim number',
  status: 'Claim status',
  dosFrom: 'Date of service (from)',
  dosTo: 'Date of service (to)',
  charge: 'Billed',
  paid: 'Paid',
};
export const CLAIM_ROW_FIELDS: LineField[] = ['claimNumber', 'status', 'dosFrom', 'dosTo', 'charge', 'paid'];

export const ROWS_LABEL = 'One service-line row';
export const CLAIM_ROWS_LABEL = 'One claim row';
export const rowsLabel = (kind: TaughtKind): string =>
  kind === 'claim-status' ? CLAIM_ROWS_LABEL : ROWS_LABEL;
/** The row field a row cannot be read without: a service line's code, a claim row's claim number. */
export const rowKey = (kind: TaughtKind): LineField => (kind === 'claim-status' ? 'claimNumber' : 'code');
export const lineLabel = (kind: TaughtKind, field: LineField): string =>
  (kind === 'claim-status' ? CLAIM_ROW_LABEL[field] : undefined) ?? LINE_LABEL[field];

export interface KindFields {
  header: HeaderField[];
  /** Service lines: the biller clicks one row, then a cell of it for each line field. */
  lines: LineField[];
}

/** A claim's service-line parts: every line field but a claim row's own two. */
const CLAIM_LINES: LineField[] = LINE_FIELDS.filter((f) => f !== 'claimNumber' && f !== 'status');

export const KIND_FIELDS: Record<TaughtKind, KindFields> = {
  'claim-detail': {
    header: ['claimNumber', 'status', 'payer', 'billed', 'paid', 'diagnoses'],
    lines: CLAIM_LINES,
  },
  remittance: { header: ['claimNumber', 'status', 'payer', 'billed', 'paid'], lines: CLAIM_LINES },
  // One claim on the page (header fields), or a list of claims (one claim row, every sibling read).
  'claim-status': { header: ['claimNumber', 'status', 'payer', 'billed', 'paid'], lines: CLAIM_ROW_FIELDS },
  'claim-entry': {
    header: ['diagnoses'],
    lines: ['code', 'modifiers', 'units', 'dosFrom', 'dosTo', 'charge'],
  },
  eligibility: { header: ['payer', 'planName', 'coverage', 'planBegin', 'planEnd'], lines: [] },
};

/** Taught parts a reading cannot do without (the rest read as empty when not found). */
const REQUIRED_HEADER: readonly HeaderField[] = ['claimNumber', 'status', 'coverage', 'planName'];

export function requiredParts(recipe: Recipe): { header: HeaderField[]; rows: boolean; lines: LineField[] } {
  const header = REQUIRED_HEADER.filter((f) => recipe.fields[f] !== undefined);
  const key = rowKey(recipe.kind);
  const hasLines = recipe.rows !== null && recipe.lineFields[key] !== undefined;
  return { header, rows: hasLines, lines: hasLines ? [key] : [] };
}

/** A recipe can be saved once it reads something a check can use. */
export function teachingGap(recipe: Recipe): string | null {
  const f = KIND_FIELDS[recipe.kind];
  if (f.lines.length > 0 && recipe.kind !== 'claim-status') {
    if (!recipe.rows) return `Click ${ROWS_LABEL.toLowerCase()} first.`;
    if (!recipe.lineFields.code) return 'Click the procedure code in that row.';
  }
  if (recipe.kind === 'claim-status' && !recipe.fields.claimNumber) {
    if (recipe.rows && !recipe.lineFields.claimNumber) return 'Click the claim number in that row.';
    if (!recipe.rows)
      return `Click the claim number, or ${CLAIM_ROWS_LABEL.toLowerCase()} and then its claim number.`;
  }
  if (recipe.kind === 'eligibility' && !recipe.fields.coverage && !recipe.fields.planName)
    return 'Click the coverage status or the plan.';
  return null;
}
