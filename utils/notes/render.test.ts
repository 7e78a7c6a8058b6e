import { expect, test } from 'vitest';
import { emptyContext, type NoteContext, PLACEHOLDERS } from './placeholders';
import { renderNote, validateTemplate } from './render';

const ctx = (values: Partial<NoteContext>): NoteContext => ({ ...emptyContext(), ...values });

test('placeholders are replaced by their values', () => {
  expect(
    renderNote('claim {claimNumber} paid {paid}', ctx({ claimNumber: '7000000001', paid: '$62.14' })),
  ).toBe('claim 7000000001 paid $62.14');
});

test('a missing value outside an optional clause shows n/a', () => {
  expect(renderNote('claim {claimNumber}, paid {paid}', ctx({ claimNumber: '7' }))).toBe('claim 7, paid n/a');
});

test('an optional clause whose values are all missing disappears without leaving stray punctuation', () => {
  const t = 'claim {claimNumber}[, allowed {allowed}], paid {paid}[. Ref {ref}][ — {initials}]';
  expect(renderNote(t, ctx({ claimNumber: '7', paid: '$1.00' }))).toBe('claim 7, paid $1.00');
  expect(renderNote(t, ctx({ claimNumber: '7', paid: '$1.00', allowed: '$2.00', initials: 'JD' }))).toBe(
    'claim 7, allowed $2.00, paid $1.00 — JD',
  );
});

test('a clause is kept when any of its values is present; the missing one shows n/a', () => {
  expect(renderNote('[paid {paid} by {ref}]', ctx({ paid: '$5.00' }))).toBe('paid $5.00 by n/a');
});

test('brackets without placeholders are ordinary text', () => {
  expect(renderNote('[urgent] claim {claimNumber}', ctx({ claimNumber: '7' }))).toBe('[urgent] claim 7');
});

test('doubled punctuation left by values is collapsed, an ellipsis is not', () => {
  expect(renderNote('Next: {nextStep}. Ref {ref}', ctx({ nextStep: 'Appeal.', ref: 'EXC…' }))).toBe(
    'Next: Appeal. Ref EXC…',
  );
  expect(renderNote('wait...', ctx({}))).toBe('wait...');
});

test('values never break the note onto several lines, but the template may', () => {
  expect(renderNote('{status}\nline two', ctx({ status: 'denied\nagain' }))).toBe('denied again\nline two');
});

test('unknown placeholders stay visible and are reported once each, in order', () => {
  expect(renderNote('{claimNumber} {foo} {bar} {foo}', ctx({ claimNumber: '7' }))).toBe(
    '7 {foo} {bar} {foo}',
  );
  expect(validateTemplate('{claimNumber} {foo} {bar} {foo}')).toEqual({ ok: false, unknown: ['foo', 'bar'] });
  expect(renderNote('[{foo}]', ctx({}))).toBe('{foo}');
});

test('every documented placeholder is valid', () => {
  const all = PLACEHOLDERS.map((p) => `{${p.name}}`).join(' ');
  expect(validateTemplate(all)).toEqual({ ok: true, unknown: [] });
});

test('braces that are not placeholders are plain text', () => {
  expect(validateTemplate('{ } {1} {}').ok).toBe(true);
  expect(renderNote('{ } {1}', ctx({}))).toBe('{ } {1}');
});

test('a value that looks like a placeholder or a clause is copied as it is, not expanded', () => {
  expect(renderNote('{status} {paid}', ctx({ status: '{paid} [x]', paid: '$1.00' }))).toBe(
    '{paid} [x] $1.00',
  );
});
