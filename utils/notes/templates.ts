import type { PageKind } from '../model/snapshot';

/**
 * One default per page kind, written the way billers document a touch. Square brackets mark
 * optional clauses (dropped when the page did not show the value); see docs/notes.md.
 */
export const defaultTemplates: Readonly<Record<PageKind, string>> = {
  'claim-status':
    '{date} {portal} claim status: claim {claimNumber}, DOS {dos}, billed {billed}[, allowed {allowed}], paid {paid}[, pt resp {patientResponsibility}][, {status}][: {denials}][. Ref {ref}][. Action taken: {actionTaken}][. Next: {nextStep}][ — {initials}]',
  'claim-detail':
    '{date} {portal} claim detail: claim {claimNumber}, DOS {dos}[, {codes}], billed {billed}[, allowed {allowed}], paid {paid}[, pt resp {patientResponsibility}][, {status}][: {denials}][. Ref {ref}][. Action taken: {actionTaken}][. Next: {nextStep}][ — {initials}]',
  remittance:
    '{date} {portal} remittance: claim {claimNumber}, DOS {dos}, billed {billed}[, allowed {allowed}], paid {paid}[, pt resp {patientResponsibility}][; {denials}][. Ref {ref}][. Action taken: {actionTaken}][. Next: {nextStep}][ — {initials}]',
  eligibility:
    '{date} {portal} eligibility[ {payer}]: DOS {dos}, coverage {coverage}[, deductible left {deductibleRemaining}][, OOP left {oopRemaining}][, copay {copay}][, coinsurance {coinsurance}][, patient share {patientShare}][. Action taken: {actionTaken}][. Next: {nextStep}][ — {initials}]',
  'claim-entry':
    '{date} {portal} claim entry[ {payer}]: DOS {dos}, {codes}[, billed {billed}][. Action taken: {actionTaken}][. Check before submit: {nextStep}][ — {initials}]',
  unknown:
    '{date} {portal}[ {payer}][: claim {claimNumber}][, DOS {dos}][, {status}][: {denials}][. Action taken: {actionTaken}][. Next: {nextStep}][ — {initials}]',
};

/** The user's template for a kind, or the default when they have none (or left it blank). */
export function templateFor(kind: PageKind, templates: Partial<Record<PageKind, string>>): string {
  const own = templates[kind];
  return own?.trim() ? own : defaultTemplates[kind];
}
