import { describe, expect, it } from 'vitest';
import { type Field, fieldOf } from '../grid';
import {
  CLAIM_LABELS,
  type ClaimLabel,
  classify,
  ELIGIBILITY_LABELS,
  type EligibilityLabel,
  SEGMENT_TITLES,
  type SegmentKind,
} from './vocab';

/**
 * The vocabulary, label by label: what billers see on portal pages and what it is read as. Adding a
 * synonym is one line in its regex (vocab.ts or ../grid.ts) and one line here (README.md).
 * Labels are written as pages show them; the reader lower-cases them and drops a trailing colon.
 */
const COLUMNS: [string, Field][] = [
  ['Svc Date', 'dates'],
  ['Date(s) of Service', 'dates'],
  ['From DOS', 'from'],
  ['Thru', 'to'],
  ['Proc/Mods', 'code'],
  ['Service (Proc/Mods)', 'code'],
  ['CPT/HCPCS', 'code'],
  ['Modifier 2', 'mods'],
  ['Qty', 'units'],
  ['Svc Units', 'units'],
  ['Days or Units', 'units'],
  ['Dx Ptr', 'ptr'],
  ['Diagnosis Pointer', 'ptr'],
  ['ICD-10 Code', 'dx'],
  ['POS', 'pos'],
  ['Billed Amount', 'charge'],
  ['Amount', 'charge'],
  ['Allowed', 'allowed'],
  ['Line Paid', 'paid'],
  ['Group', 'group'],
  ['Adj Amount', 'adjAmt'],
  ['Reason', 'codes'],
  ['CARC', 'codes'],
  ['Remark Codes', 'codes'],
  ['Adjustments (CAS)', 'codes'],
  ['Claim #', 'claim'],
  ['ICN', 'claim'],
  ['DCN', 'claim'],
  ['TCN', 'claim'],
  ['Claim Status', 'status'],
  ['Patient Control #', 'skip'],
  ['Patient Account Number', 'skip'],
  ['Recipient ID', 'skip'],
  ['Ln', 'line'],
];

const CLAIM: [string, ClaimLabel | null][] = [
  ['Payer Claim Control #', 'claimNumber'],
  ['Patient Control #', 'patientControl'],
  ['Patient Acct #', 'patientControl'],
  ['Claim No.', 'claimNumber'],
  ['Claim Reference Number', 'claimNumber'],
  ['ICN', 'claimNumber'],
  ['Claim Status Code', 'status'],
  ['Claim Level Status', 'status'],
  // A status date is none of the claim's dates (not its status either).
  ['Status Effective Date', null],
  ['Check/EFT #', 'check'],
  ['Payment Number', 'check'],
  ['Remittance Trace #', 'check'],
  ['Check Date', 'checkDate'],
  ['Payment Date', 'checkDate'],
  ['Date Received', 'received'],
  ['Date Processed', 'finalized'],
  ['Paid Date', 'finalized'],
  ['Total Claim Charge', 'billed'],
  ['Total Charges', 'billed'],
  ['Billing Provider NPI', null],
  ['Claim Payment Amount', 'paid'],
  ['Amount Paid', 'paid'],
  ['Member Responsibility', 'patientResponsibility'],
  ['Prior Authorization #', 'auth'],
  ['Referral Number', 'auth'],
  ['Diagnosis Codes', 'diagnoses'],
  ['Diagnosis Pointer', null],
  ['Bill Type', 'claimType'],
];

const ELIGIBILITY: [string, EligibilityLabel][] = [
  ['Date(s) of Service', 'dos'],
  ['As of Date', 'dos'],
  ['Coverage Effective Date', 'begin'],
  ['Plan Begin Date', 'begin'],
  ['Coverage Termination Date', 'end'],
  ['Term Date', 'end'],
  ['Eligibility Begin Date', 'eligibilityBegin'],
  ['Coverage Status', 'coverage'],
  ['Eligibility Status', 'coverage'],
  ['Insurance Type', 'planType'],
  ['Plan Name', 'plan'],
];

const SEGMENTS: [string, SegmentKind][] = [
  ['Entitlement', 'partAB'],
  ['Medicare Advantage', 'advantage'],
  ['HMO/MA', 'advantage'],
  ['Hospice', 'hospice'],
  ['Home Health Episodes', 'homeHealth'],
  ['MSP', 'msp'],
  ['Managed Care Enrollment', 'other'],
  ['Third Party Liability (TPL)', 'other'],
  ['Other Insurance', 'other'],
  ['Benefit Plan Information', 'plan'],
];

const lower = (label: string) => label.toLowerCase();

describe('the vocabulary billers meet', () => {
  it.each(COLUMNS)('column %j is read as %s', (label, field) => expect(fieldOf(label)).toBe(field));
  it.each(CLAIM)('claim label %j is read as %s', (label, field) =>
    expect(classify(CLAIM_LABELS, lower(label))).toBe(field),
  );
  it.each(ELIGIBILITY)('eligibility label %j is read as %s', (label, field) =>
    expect(classify(ELIGIBILITY_LABELS, lower(label))).toBe(field),
  );
  it.each(SEGMENTS)('a table titled %j holds %s periods', (title, kind) =>
    expect(classify(SEGMENT_TITLES, lower(title))).toBe(kind),
  );
});
