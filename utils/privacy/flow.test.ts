import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { addNote } from '../notes/history';
import { ClaimLensDb } from '../ruledata/db';
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

test('export then import on another profile restores the notes and hands back settings and packs', async () => {
  const file = await exportBackup(
    source,
    { 'settings:notes': { initials: 'JD' } },
    [{ id: 'p' }],
    'passphrase 1',
  );
  const target = await freshDb();
  const result = await importBackup(target, file, 'passphrase 1');
  expect(result).toEqual({
    ok: true,
    counts: { notesAdded: 1, notesSkipped: 0, dismissalsAdded: 0, dismissalsSkipped: 0, denialsAdded: 0 },
    settings: { 'settings:notes': { initials: 'JD' } },
    payerPacks: [{ id: 'p' }],
  });
  expect(await target.notes.count()).toBe(1);
});

test('a wrong passphrase writes nothing', async () => {
  const file = await exportBackup(source, {}, [], 'passphrase 1');
  const target = await freshDb();
  expect(await importBackup(target, file, 'passphrase 2')).toEqual({
    ok: false,
    message: MESSAGES.wrongOrChanged,
  });
  expect(await target.notes.count()).toBe(0);
});

test('a full disk is explained and nothing is changed', async () => {
  const file = await exportBackup(source, {}, [], 'passphrase 1');
  const target = await freshDb();
  const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
  vi.spyOn(target.notes, 'bulkAdd').mockRejectedValue(quota);
  const result = await importBackup(target, file, 'passphrase 1');
  vi.restoreAllMocks();
  expect(result).toEqual({
    ok: false,
    message: 'The browser has no room left to restore this backup. Nothing was changed.',
  });
  expect(await target.notes.count()).toBe(0);
});

test('backup files are named by the local date', () => {
  expect(backupFileName(new Date(2026, 10, 27, 23, 0))).toBe('claimlens-backup-2026-11-27.json');
});
