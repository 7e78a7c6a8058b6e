import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ClaimLensDb } from '../db';
import { readEntries, writeEntries } from '../denials/summary';
import { denialRecord } from '../denials/testing/record';
import { addNote } from '../notes/history';
import { buildProof } from '../proofs/model';
import { keepProof } from '../proofs/store';
import { claim, snapshot } from '../rules/testing/builder';
import {
  DEFAULT_RETENTION,
  deleteAllPatientData,
  loadRetentionSettings,
  purgeExpired,
  RetentionSettings,
  saveRetentionSettings,
} from './retention';

let db: ClaimLensDb;
const NOW = new Date('2026-11-27T12:00:00Z');

beforeEach(async () => {
  fakeBrowser.reset();
  db = new ClaimLensDb(`retention-${Math.random()}`);
  await db.open();
  const note = (createdAt: string, text: string) =>
    addNote(db, { claimNumber: '7000000001', portal: 'availity', kind: 'claim-status', text, createdAt });
  await note('2025-11-27T11:00:00Z', 'a year and an hour old');
  await note('2025-11-27T13:00:00+00:00', 'just under a year old');
  await note('2026-11-27T10:00:00Z', 'today');
  await note('not a date', 'unreadable time');
  const dismissal = (id: string, dismissedAt: string) =>
    db.dismissals.add({ id, claimNumber: '7000000001', rule: 'ptp', lines: [1], reason: 'r', dismissedAt });
  await dismissal('old', '2026-10-01T00:00:00Z');
  await dismissal('new', '2026-11-26T00:00:00Z');
  await db.datasets.add({
    id: 'ptp-practitioner-30.1',
    kind: 'ptp',
    setting: 'practitioner',
    version: '30.1',
    label: 'NCCI PTP practitioner v30.1',
    effectiveFrom: '2024-04-01',
    effectiveTo: null,
    rows: 1,
    storedBytes: 10,
    sources: [],
    importedAt: '2026-11-01T10:00:00Z',
    bundled: false,
  });
  await db.ruleRecords.add({ set: 'ptp-practitioner-30.1', key: '20611', data: 'packed' });
  const denial = async (id: string, lastSeen: string, statusAt: string) => {
    const record = { ...denialRecord(), id, claimNumber: id, lastSeen, statusAt };
    await db.denials.add(record);
    await writeEntries(db, [record]);
  };
  await denial('SEEN-LONG-AGO', '2025-06-01', '2025-06-01T10:00:00.000Z');
  // Not seen for long, but the biller changed its status last week: kept.
  await denial('WORKED-LATELY', '2025-06-01', '2026-11-20T10:00:00.000Z');
  await denial('SEEN-TODAY', '2026-11-27', '2026-11-27T10:00:00.000Z');
  const proof = async (number: string, keptAt: string) => {
    const page = snapshot([claim({ claimNumber: number, lines: ['99213'] })], { kind: 'claim-status' });
    const html = `<!doctype html><p>Claim ${number} accepted</p>`;
    await keepProof(db, buildProof(page, 0, page.url, { text: 'Accepted', note: null }, new Date(keptAt)), {
      html,
      bytes: html.length,
      sheetsLeftOut: 0,
      stylesDropped: false,
    });
  };
  await proof('7000000021', '2024-11-01T10:00:00Z');
  await proof('7000000022', '2026-01-05T10:00:00Z');
});
afterEach(async () => {
  await db.delete();
});

const texts = async () => (await db.notes.orderBy('id').toArray()).map((n) => n.text);

test('the defaults keep notes and dismissals for a year', () => {
  expect(DEFAULT_RETENTION).toEqual({ noteDays: 365, dismissalDays: 365, denialDays: 365, proofDays: 730 });
});

test('purging removes what is older than the chosen days, counts it, and keeps unreadable times', async () => {
  expect(
    await purgeExpired(db, { noteDays: 365, dismissalDays: 30, denialDays: 365, proofDays: 730 }, NOW),
  ).toEqual({
    notes: 1,
    dismissals: 1,
    denials: 1,
    proofs: 1,
  });
  // A proof kept two years and a bit ago goes, its picture with it; one kept this year stays.
  expect((await db.proofs.toArray()).map((p) => p.claimNumber)).toEqual(['7000000022']);
  expect((await db.proofPages.toArray()).map((p) => p.html)).toEqual([
    '<!doctype html><p>Claim 7000000022 accepted</p>',
  ]);
  expect((await db.denials.toCollection().primaryKeys()).sort()).toEqual(['SEEN-TODAY', 'WORKED-LATELY']);
  // The worklist page's list loses it too.
  expect((await readEntries(db)).map((e) => e.id).sort()).toEqual(['SEEN-TODAY', 'WORKED-LATELY']);
  expect(await texts()).toEqual(['just under a year old', 'today', 'unreadable time']);
  expect(await db.dismissals.toCollection().primaryKeys()).toEqual(['new']);
});

test('0 days keeps forever', async () => {
  expect(await purgeExpired(db, { noteDays: 0, dismissalDays: 0, denialDays: 0, proofDays: 0 }, NOW)).toEqual(
    {
      notes: 0,
      dismissals: 0,
      denials: 0,
      proofs: 0,
    },
  );
  expect(await db.proofs.count()).toBe(2);
  expect(await db.denials.count()).toBe(3);
  expect(await db.notes.count()).toBe(4);
});

test('delete all patient data empties notes, dismissals, the denial worklist and proofs, and leaves rule data untouched', async () => {
  expect(await readEntries(db)).toHaveLength(3);
  expect(await db.proofPages.count()).toBe(2);
  expect(await deleteAllPatientData(db)).toEqual({ notes: 4, dismissals: 2, denials: 3, proofs: 2 });
  expect(await db.proofs.count()).toBe(0);
  expect(await db.proofPages.count()).toBe(0);
  expect(await db.denials.count()).toBe(0);
  expect(await readEntries(db)).toEqual([]);
  expect(await db.notes.count()).toBe(0);
  expect(await db.dismissals.count()).toBe(0);
  expect(await db.datasets.get('ptp-practitioner-30.1')).toMatchObject({ rows: 1 });
  expect(await db.ruleRecords.get(['ptp-practitioner-30.1', '20611'])).toMatchObject({ data: 'packed' });
});

test('purging leaves rule data untouched', async () => {
  await purgeExpired(
    db,
    { noteDays: 1, dismissalDays: 1, denialDays: 1, proofDays: 1 },
    new Date('2030-01-01T00:00:00Z'),
  );
  expect(await db.datasets.count()).toBe(1);
  expect(await db.ruleRecords.count()).toBe(1);
});

test('retention settings are stored, validated, and a broken value falls back to the defaults', async () => {
  expect(await loadRetentionSettings()).toEqual(DEFAULT_RETENTION);
  await saveRetentionSettings({ noteDays: 90, dismissalDays: 0 });
  expect(await loadRetentionSettings()).toEqual({
    noteDays: 90,
    dismissalDays: 0,
    denialDays: 365,
    proofDays: 730,
  });
  await expect(saveRetentionSettings({ noteDays: -1, dismissalDays: 1 })).rejects.toThrow();
  await fakeBrowser.storage.local.set({ 'settings:retention': { noteDays: 'soon' } });
  expect(await loadRetentionSettings()).toEqual(DEFAULT_RETENTION);
  expect(RetentionSettings.parse({ noteDays: 30 })).toEqual({
    noteDays: 30,
    dismissalDays: 365,
    denialDays: 365,
    proofDays: 730,
  });
});
