import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ClaimLensDb } from '../db';
import { composeNote } from './compose';
import { checkFollowUp, EMPTY_FOLLOW_UP, followUpIn } from './follow-up';
import { addNote, dueFollowUps, markFollowUpDone, notesToCsv, searchNotes } from './history';
import { sampleFindings, sampleSnapshot } from './sample';
import { DEFAULT_NOTE_SETTINGS } from './settings';

const NOW = new Date('2026-11-30T15:00:00Z');

describe('the follow-up fields in the copied note', () => {
  const status = sampleSnapshot('claim-status');
  const findings = sampleFindings('claim-status');

  test('call reference, rep and follow-up date go into the note and the history record', () => {
    const { text, record } = composeNote(status, findings, DEFAULT_NOTE_SETTINGS, {
      now: NOW,
      followUp: {
        callRef: 'REF 88-1',
        repName: 'Test Rep',
        nextStep: '',
        followUp: followUpIn('2026-11-30', 14),
      },
    });
    expect(text).toContain('. Call ref REF 88-1, rep Test Rep. Follow up 12/14/2026');
    expect(record).toMatchObject({ callRef: 'REF 88-1', repName: 'Test Rep', followUp: '2026-12-14' });
    expect(record).not.toHaveProperty('nextStep');
  });

  test("the biller's edited next step replaces the suggested one; left empty, the suggestion stays", () => {
    const suggested = composeNote(status, findings, DEFAULT_NOTE_SETTINGS, { now: NOW }).text;
    const edited = composeNote(status, findings, DEFAULT_NOTE_SETTINGS, {
      now: NOW,
      followUp: { ...EMPTY_FOLLOW_UP, nextStep: 'call back for the appeal address' },
    });
    expect(edited.text).toContain('Next: call back for the appeal address');
    expect(edited.record.nextStep).toBe('call back for the appeal address');
    expect(
      composeNote(status, findings, DEFAULT_NOTE_SETTINGS, { now: NOW, followUp: EMPTY_FOLLOW_UP }).text,
    ).toBe(suggested);
  });

  test('empty fields leave no trace: no "n/a", no dangling "Call ref"', () => {
    const { text } = composeNote(status, findings, DEFAULT_NOTE_SETTINGS, {
      now: NOW,
      followUp: EMPTY_FOLLOW_UP,
    });
    expect(text).not.toMatch(/Call ref|rep |Follow up|n\/a/);
  });

  test('bad input gets a message naming the field; nothing is accepted half-way', () => {
    expect(checkFollowUp({ ...EMPTY_FOLLOW_UP, callRef: '=cmd|calc' })).toMatchObject({
      ok: false,
      field: 'callRef',
    });
    expect(checkFollowUp({ ...EMPTY_FOLLOW_UP, repName: 'x'.repeat(61) })).toMatchObject({
      ok: false,
      field: 'repName',
      message: 'Too long: at most 60 characters.',
    });
    expect(checkFollowUp({ ...EMPTY_FOLLOW_UP, followUp: '2026-13-45' })).toMatchObject({
      ok: false,
      field: 'followUp',
    });
    expect(checkFollowUp({ ...EMPTY_FOLLOW_UP, callRef: '  A-1 ' })).toEqual({
      ok: true,
      value: { ...EMPTY_FOLLOW_UP, callRef: 'A-1' },
    });
  });

  test('quick picks count calendar days, across months and years', () => {
    expect([7, 14, 30].map((d) => followUpIn('2026-12-20', d))).toEqual([
      '2026-12-27',
      '2027-01-03',
      '2027-01-19',
    ]);
  });
});

describe('follow-ups due (the worklist)', () => {
  let db: ClaimLensDb;
  beforeEach(async () => {
    db = new ClaimLensDb(`follow-ups-${Math.random()}`);
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });
  const note = (claimNumber: string, createdAt: string, followUp?: string) =>
    addNote(db, {
      claimNumber,
      portal: 'availity',
      kind: 'claim-status',
      text: 'pending',
      createdAt,
      followUp,
    });

  test('a claim shows on its follow-up date and after, never before; the newest date set wins', async () => {
    await note('7000-000-101', '2026-11-01T10:00:00Z', '2026-11-30');
    await note('7000000102', '2026-11-01T10:00:00Z', '2026-11-20');
    await note('7000000103', '2026-11-01T10:00:00Z', '2026-12-10');
    // A newer note moved 104's date into the future; a newer note without a date changes nothing.
    await note('7000000104', '2026-11-01T10:00:00Z', '2026-11-10');
    await note('7000000104', '2026-11-25T10:00:00Z', '2026-12-25');
    await note('7000000101', '2026-11-29T10:00:00Z');
    const due = await dueFollowUps(db, '2026-11-30');
    expect(due.map((d) => `${d.note.claimKey} ${d.state} ${d.daysOver}`)).toEqual([
      '7000000102 overdue 10',
      '7000000101 due-today 0',
    ]);
    expect(await dueFollowUps(db, '2026-12-10')).toHaveLength(3);
  });

  test('done on the worklist drops it; the note stays in the history', async () => {
    const id = await note('7000000105', '2026-11-01T10:00:00Z', '2026-11-28');
    await markFollowUpDone(db, id, '2026-11-30T12:00:00Z');
    expect(await dueFollowUps(db, '2026-11-30')).toEqual([]);
    expect(await searchNotes(db, '7000000105')).toHaveLength(1);
  });

  test('the CSV of the history carries the call log, formula-safe', async () => {
    await addNote(db, {
      claimNumber: '7000000106',
      portal: 'uhc',
      kind: 'claim-status',
      text: 'called',
      createdAt: '2026-11-30T10:00:00Z',
      callRef: 'R-1',
      repName: '@rep',
      nextStep: 'wait',
      followUp: '2026-12-07',
    });
    const [, row] = notesToCsv(await searchNotes(db, '')).split('\r\n');
    expect(row).toBe(`2026-11-30T10:00:00Z,7000000106,uhc,claim-status,called,R-1,"'@rep",wait,2026-12-07`);
  });
});
