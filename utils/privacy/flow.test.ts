import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ClaimLensDb } from '../db';
import { readEntries } from '../denials/summary';
import { denialRecord } from '../denials/testing/record';
import { addNote } from '../notes/history';
import { MESSAGES } from './backup';
import { backupFileName, exportBackup, importBackup } from './flow';

const dbs: ClaimLensDb[] = [];
async function freshDb() {
  const db = new ClaimLensDb(`flow-${Math.random()}`);
  await db.open();
  dbs.push(db);
  return db;
}
let source: ClaimLensDb;
beforeEach(async () => {
  source = await freshDb();
  await addNote(source, {
    claimNumber: '7000000001',
    portal: 'availity',
    kind: 'claim-status',
    text: 'denied CO-97 — JD',
    createdAt: '2026-11-01T10:00:00.000Z',
  });
});
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const saver = () => {
  const saved: Record<string, unknown>[] = [];
  return { saved, save: async (valid: Record<string, unknown>) => void saved.push(valid) };
};

test('export then import on another profile restores the notes and the settings, and says so', async () => {
  const file = await exportBackup(source, { 'settings:notes': { initials: 'JD' } }, [], 'passphrase 1');
  const target = await freshDb();
  const { saved, save } = saver();
  const result = await importBackup(target, file, 'passphrase 1', save);
  expect(result).toEqual({
    ok: true,
    counts: { notesAdded: 1, notesSkipped: 0, dismissalsAdded: 0, dismissalsSkipped: 0, denialsAdded: 0 },
    message:
      'Restored 1 note (0 already here), 0 dismissals, 0 denied claims, and settings: note templates and initials.',
  });
  expect(saved).toEqual([
    { 'settings:notes': { initials: 'JD', templates: {} }, 'settings:notes$': { v: 1 } },
  ]);
  expect(await target.notes.count()).toBe(1);
});

test('settings are all checked before anything is written; what is not restored is named', async () => {
  const settings = {
    constructor: { x: 1 },
    toString: 'x',
    'settings:display': { inlineFlags: false },
    'settings:retention': { noteDays: -1 },
  };
  const file = await exportBackup(source, settings, [], 'passphrase 1');
  const target = await freshDb();
  const { saved, save } = saver();
  const result = await importBackup(target, file, 'passphrase 1', save);
  expect(result).toMatchObject({
    ok: true,
    message:
      'Restored 1 note (0 already here), 0 dismissals, 0 denied claims, and settings: display, retention. Left out of the settings (this version cannot read them): retention (noteDays); 2 entries that are not ClaimLens settings were ignored.',
  });
  // The damaged retention day count alone takes its default; the rest of that setting is kept.
  expect(saved).toEqual([
    {
      'settings:display': { inlineFlags: false },
      'settings:display$': { v: 1 },
      'settings:retention': { noteDays: 365, dismissalDays: 365, denialDays: 365 },
      'settings:retention$': { v: 1 },
    },
  ]);
  expect(await target.notes.count()).toBe(1);
});

test('when the settings cannot be saved, the notes and denied claims just restored are taken back: nothing changes', async () => {
  await source.denials.add(denialRecord());
  await addNote(source, {
    claimNumber: '7000000002',
    portal: 'availity',
    kind: 'claim-status',
    text: 'paid',
    createdAt: '2026-11-02T10:00:00.000Z',
  });
  const file = await exportBackup(source, { 'settings:display': { inlineFlags: false } }, [], 'passphrase 1');
  const target = await freshDb();
  await addNote(target, {
    claimNumber: '7000000001',
    portal: 'availity',
    kind: 'claim-status',
    text: 'denied CO-97 — JD',
    createdAt: '2026-11-01T10:00:00.000Z',
  });
  const result = await importBackup(target, file, 'passphrase 1', async () => {
    throw new Error('storage is broken');
  });
  expect(result).toEqual({
    ok: false,
    message: 'The settings in this backup could not be saved (storage is broken). Nothing was changed.',
  });
  expect((await target.notes.toArray()).map((n) => n.claimNumber)).toEqual(['7000000001']);
  // The denial worklist (records and the page's summary) is as it was: empty.
  expect(await target.denials.count()).toBe(0);
  expect(await readEntries(target)).toEqual([]);
});

test('a wrong passphrase writes nothing', async () => {
  const file = await exportBackup(source, { 'settings:display': { inlineFlags: false } }, [], 'passphrase 1');
  const target = await freshDb();
  const { saved, save } = saver();
  expect(await importBackup(target, file, 'passphrase 2', save)).toEqual({
    ok: false,
    message: MESSAGES.wrongOrChanged,
  });
  expect(await target.notes.count()).toBe(0);
  expect(saved).toEqual([]);
});

test('a full disk is explained and nothing is changed (settings not written either)', async () => {
  const file = await exportBackup(source, { 'settings:display': { inlineFlags: false } }, [], 'passphrase 1');
  const target = await freshDb();
  const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
  vi.spyOn(target.notes, 'bulkAdd').mockRejectedValue(quota);
  const { saved, save } = saver();
  const result = await importBackup(target, file, 'passphrase 1', save);
  vi.restoreAllMocks();
  expect(result).toEqual({
    ok: false,
    message: 'The browser has no room left to restore this backup. Nothing was changed.',
  });
  expect(await target.notes.count()).toBe(0);
  expect(saved).toEqual([]);
});

test('whatever goes wrong, the result is a message, never an exception', async () => {
  const file = await exportBackup(source, {}, [], 'passphrase 1');
  const target = await freshDb();
  target.close();
  const result = await importBackup(target, file, 'passphrase 1', async () => undefined);
  expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Nothing was changed\.$/) });
});

test('backup files are named by the local date', () => {
  expect(backupFileName(new Date(2026, 10, 27, 23, 0))).toBe('claimlens-backup-2026-11-27.json');
});
