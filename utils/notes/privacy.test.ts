import { expect, test } from 'vitest';
import { composeNote } from './compose';
import { noteContext } from './context';
import { renderNote } from './render';
import { describeSample, sampleClaim, sampleSnapshot } from './sample';
import { DEFAULT_NOTE_SETTINGS } from './settings';
import { defaultTemplates } from './templates';

/**
 * Page text that reaches a note is pasted into the PM system, copied to the clipboard and kept in
 * the note history for a year: it must never carry a patient's name, ids or date of birth, nor
 * characters that change how the note is displayed there.
 */
const opts = { today: '2026-11-27', initials: 'JD', describeCode: describeSample };
const NOW = new Date('2026-11-27T15:00:00Z');

// Made-up values; an MBI-shaped one is assembled so no MBI-like literal is stored in the repository.
const MBI = ['7', 'TT', '7', '-', 'TT', '7', '-', 'TT', '77'].join('');
/** SSN-shaped but never issued (area 000), built so no literal in the repository looks like one. */
const SSN = ['000', '00', '0000'].join('-');
const SECRETS = ['W123456789', 'DOE', 'JANE', '01/02/1960', '1960', SSN, '123456789', MBI, 'TT7'];
const LABELS = [
  'Member ID:',
  'Member ID #',
  'Mbr ID',
  'MBR#',
  'Member #',
  'Member No.',
  'Subscriber ID:',
  'Sub ID',
  'Subscriber Number',
  'Patient ID',
  'Pt ID:',
  'Patient Acct #',
  'Insured ID',
  'ID#',
  'ID:',
  'Policy #',
  'Cert #',
  'HICN',
  'MBI',
  'Medicaid #',
  'Beneficiary ID',
];
const TAILS = [
  'DOE, JANE DOB 01/02/1960',
  'JANE DOE D.O.B. 01/02/1960',
  'Patient: DOE, JANE; Date of Birth: 01/02/1960',
  `SSN ${SSN}`,
  'Birth Date 1960-01-02',
  '',
];

function notesFor(status: string, payer: string): string[] {
  const claim = sampleClaim({ status: { category: null, code: null, text: status }, payer });
  const snapshot = { ...sampleSnapshot('claim-status'), claims: [claim] };
  const out = (Object.keys(defaultTemplates) as (keyof typeof defaultTemplates)[]).map((kind) =>
    renderNote(defaultTemplates[kind], noteContext({ ...snapshot, kind }, [], opts)),
  );
  const composed = composeNote(snapshot, [], DEFAULT_NOTE_SETTINGS, {
    now: NOW,
    describeCode: describeSample,
  });
  return [...out, composed.text, composed.record.text];
}

test('member ids in every common label form, SSNs, names and dates of birth never reach a note', () => {
  for (const label of LABELS) {
    for (const tail of TAILS) {
      const status = `Denied: ${label} W123456789 ${tail}`.trim();
      const notes = notesFor(status, `Sample Health Plan ${label} W123456789 ${tail}`);
      for (const note of notes)
        for (const secret of SECRETS)
          expect(note.toLowerCase(), `${status} → ${note}`).not.toContain(secret.toLowerCase());
      expect(notes[0]).toContain(', denied:'); // the claim-status note still says what happened
    }
  }
});

test('unlabelled ids, SSNs, MBIs and dates in the status never reach a note', () => {
  for (const status of [
    'Denied W123456789 DOE, JANE 01/02/1960',
    `Denied ${MBI}`,
    `Denied ${SSN}`,
    'Denied 123456789',
    'DOE, JANE: claim denied',
  ]) {
    for (const note of notesFor(status, 'Sample Health Plan'))
      for (const secret of SECRETS)
        expect(note.toLowerCase(), `${status} → ${note}`).not.toContain(secret.toLowerCase());
  }
});

test('the status in a note comes from known status words and the 277 category, never free text', () => {
  const status = (text: string | null, category: string | null = null) =>
    noteContext(
      {
        ...sampleSnapshot('claim-status'),
        claims: [sampleClaim({ status: { category, code: null, text } })],
      },
      [],
      opts,
    ).status;
  expect(status('Processed - Denied')).toBe('denied');
  expect(status('F2:2 Finalized/Denial - The claim/line has been denied.')).toBe('denied');
  expect(status('Finalized - Partially Paid')).toBe('partially paid');
  expect(status('F1:65 Finalized/Payment')).toBe('paid');
  expect(status('P1 - Pending/In Process')).toBe('pending');
  expect(status('A7:21 Rejected, invalid information')).toBe('rejected');
  expect(status('CLAIM REJECTED; STATUS CODE: A3:33; Subscriber and subscriber id not found.')).toBe(
    'rejected',
  );
  expect(status('Processed as Primary')).toBe('processed as primary');
  expect(status('Acknowledgement/Not Found - The claim cannot be found')).toBe('not found');
  // Words that are not a known status: the 277 category says it, or nothing does.
  expect(status('Please call Jane at 555-0100', 'P3')).toBe('waiting on information from the provider (P3)');
  expect(status('Please call Jane at 555-0100')).toBeNull();
});

test('bidi overrides and other invisible characters from the page are stripped from the note', () => {
  const invisible = [
    '\u202E',
    '\u202D',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200B',
    '\u200E',
    '\u200F',
    '\u061C',
    '\uFEFF',
    '\u00AD',
    '\u0007',
  ];
  const claim = sampleClaim({
    claimNumber: `7000${invisible.join('')}000001`,
    payer: `Sample\u202E Health Plan`,
    status: { category: 'F2', code: null, text: 'De\u202Enied' },
    checkNumber: 'EXC\u2066123\u2069',
  });
  const snapshot = { ...sampleSnapshot('claim-status'), claims: [claim] };
  const { text, record } = composeNote(snapshot, [], DEFAULT_NOTE_SETTINGS, { now: NOW });
  for (const s of [text, record.text, record.claimNumber]) {
    // No format character, and no control character but a line feed.
    expect(s.replace(/\n/g, '')).not.toMatch(/[\p{Cf}\p{Cc}]/u);
  }
  expect(text).toContain('claim 7000000001');
  expect(record.claimNumber).toBe('7000000001');
  // A template's own line breaks stay.
  const two = renderNote('{claimNumber}\nnext line', { ...noteContext(snapshot, [], opts) });
  expect(two).toBe('7000000001\nnext line');
});

test("ClaimLens' own code meanings are not cut like page words", () => {
  const claim = sampleClaim({ adjustments: [{ group: 'CO', reason: '31', amount: null }], serviceLines: [] });
  const ctx = noteContext({ ...sampleSnapshot('claim-status'), claims: [claim] }, [], {
    ...opts,
    describeCode: () => 'Patient cannot be identified as our insured (#31)',
  });
  expect(ctx.denials).toBe('CO-31 (Patient cannot be identified as our insured (#31))');
});
