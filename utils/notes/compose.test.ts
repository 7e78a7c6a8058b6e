import { expect, test } from 'vitest';
import { composeNote, hasNoteContent } from './compose';
import { localIsoDate } from './format';
import { sampleFindings, sampleSnapshot } from './sample';

test('one call gives the note in the biller template and the history record for it', () => {
  const now = new Date(2026, 10, 27, 21, 30); // 9:30 pm local: still the 27th in the note
  const { text, record } = composeNote(
    sampleSnapshot('remittance'),
    sampleFindings('remittance'),
    { initials: 'JD', templates: { remittance: '{date} ERA {claimNumber} paid {paid} — {initials}' } },
    { now },
  );
  expect(text).toBe('11/27/2026 ERA 7000000001 paid $62.14 — JD');
  expect(record).toEqual({
    claimNumber: '7000000001',
    portal: 'availity',
    kind: 'remittance',
    text,
    createdAt: now.toISOString(),
  });
});

test('without an own template the default for the page kind is used', () => {
  const { text } = composeNote(
    sampleSnapshot('eligibility'),
    [],
    { initials: '', templates: {} },
    {
      now: new Date(2026, 10, 27, 9, 0),
    },
  );
  expect(text).toMatch(
    /^11\/27\/2026 Availity eligibility Sample Health Plan: DOS 12\/01\/2026, coverage active/,
  );
});

test('local calendar date, not the UTC one', () => {
  expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
});

test('a page with no claim read yet (loading, not found) offers no note of n/a values', () => {
  const loading = { ...sampleSnapshot('claim-status'), claims: [] };
  expect(hasNoteContent(loading)).toBe(false);
  expect(hasNoteContent(sampleSnapshot('claim-status'))).toBe(true);
  expect(hasNoteContent({ ...sampleSnapshot('eligibility'), eligibility: null })).toBe(false);
  expect(hasNoteContent(sampleSnapshot('eligibility'))).toBe(true);
  expect(hasNoteContent({ ...sampleSnapshot('claim-status'), kind: 'unknown' })).toBe(false);
});
