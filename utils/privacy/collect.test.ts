import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ClaimLensDb } from '../db';
import { readEntries } from '../denials/summary';
import { denialRecord } from '../denials/testing/record';
import { addNote, searchNotes } from '../notes/history';
import { buildProof } from '../proofs/model';
import { keepProof, proofPicture, proofsForClaim } from '../proofs/store';
import { claim, snapshot } from '../rules/testing/builder';
import { decryptBackup, encryptBackup } from './backup';
import { collectBackup, restoreBackup } from './collect';

const PICTURE = '<!doctype html><html><body><p>Claim 7000000011 accepted 07/21/2026</p></body></html>';

const dbs: ClaimLensDb[] = [];
async function freshDb(): Promise<ClaimLensDb> {
  const db = new ClaimLensDb(`backup-${Math.random()}`);
  await db.open();
  dbs.push(db);
  return db;
}
let source: ClaimLensDb;
beforeEach(async () => {
  source = await freshDb();
  await addNote(source, {
    claimNumber: '7000-000-001',
    portal: 'availity',
    kind: 'claim-status',
    text: 'denied CO-97 — JD',
    createdAt: '2026-11-01T10:00:00.000Z',
    callRef: 'REF-0001',
    repName: 'Test Rep',
    nextStep: 'send records',
    followUp: '2026-11-15',
  });
  await addNote(source, {
    claimNumber: '7000000002',
    portal: 'uhc',
    kind: 'remittance',
    text: 'paid $62.14 — JD',
    createdAt: '2026-11-02T10:00:00.000Z',
  });
  await source.dismissals.add({
    id: '7000000001|ptp|1,2',
    claimNumber: '7000000001',
    rule: 'ptp',
    lines: [1, 2],
    reason: 'distinct site documented',
    dismissedAt: '2026-11-01T10:00:00.000Z',
  });
  await source.denials.add(denialRecord());
  const page = snapshot(
    [claim({ claimNumber: '7000000011', lines: ['99213'], receivedDate: '2026-07-21' })],
    {
      kind: 'claim-status',
    },
  );
  await keepProof(
    source,
    buildProof(
      page,
      0,
      page.url,
      { text: 'Accepted 07/21/2026', note: null },
      new Date('2026-08-02T15:00:00Z'),
    ),
    { html: PICTURE, bytes: PICTURE.length, sheetsLeftOut: 0, stylesDropped: false },
  );
});
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

test('a backup moved to a new profile brings back notes (searchable), dismissals, settings and packs', async () => {
  const payload = await collectBackup(source, { 'settings:notes': { initials: 'JD' } }, [{ name: 'pack' }]);
  const file = await encryptBackup(payload, 'a long passphrase');
  const opened = await decryptBackup(file, 'a long passphrase');
  if (!opened.ok) throw new Error(opened.message);

  const target = await freshDb();
  const counts = await restoreBackup(target, opened.payload);
  expect(counts).toEqual({
    notesAdded: 2,
    notesSkipped: 0,
    dismissalsAdded: 1,
    dismissalsSkipped: 0,
    denialsAdded: 1,
    proofsAdded: 1,
  });
  // The proof of filing comes back whole, and the CO-29 guidance finds it by claim.
  expect(await proofsForClaim(target, '7000000011')).toMatchObject([
    { receivedDate: '2026-07-21', pageText: 'Accepted 07/21/2026', keptOn: '2026-08-02' },
  ]);
  // …with the picture of the page as it looked.
  const [restored] = await proofsForClaim(target, '7000000011');
  expect((await proofPicture(target, restored!.id))?.html).toBe(PICTURE);
  // The denial worklist comes back whole, its status and note with it, and the history finds it.
  expect(await target.denials.get('7000000007')).toMatchObject({ status: 'appealed', note: 'appeal sent' });
  expect(await target.denials.where('memoryKeys').equals('unitedhealthcare|99213').count()).toBe(1);
  // …and the worklist page lists it.
  expect(await readEntries(target)).toMatchObject([{ id: '7000000007', status: 'appealed', lines: '99213' }]);
  expect((await searchNotes(target, '7000000001')).map((n) => n.text)).toEqual(['denied CO-97 — JD']);
  // The call log and the follow-up date travel with the note.
  expect((await searchNotes(target, '7000000001'))[0]).toMatchObject({
    callRef: 'REF-0001',
    repName: 'Test Rep',
    nextStep: 'send records',
    followUp: '2026-11-15',
  });
  expect(await target.dismissals.get('7000000001|ptp|1,2')).toMatchObject({
    reason: 'distinct site documented',
  });
  expect(opened.payload.settings).toEqual({ 'settings:notes': { initials: 'JD' } });
  expect(opened.payload.payerPacks).toEqual([{ name: 'pack' }]);
});

test('restoring into the same profile twice adds nothing twice, and keeps what is newer', async () => {
  const payload = await collectBackup(source, {}, []);
  await source.dismissals.update('7000000001|ptp|1,2', { reason: 'changed after the backup' });
  expect(await restoreBackup(source, payload)).toEqual({
    notesAdded: 0,
    notesSkipped: 2,
    dismissalsAdded: 0,
    dismissalsSkipped: 1,
    denialsAdded: 0,
    proofsAdded: 0,
  });
  expect(await source.notes.count()).toBe(2);
  expect(await source.proofs.count()).toBe(1);
  expect(await source.proofPages.count()).toBe(1);
  expect((await source.dismissals.get('7000000001|ptp|1,2'))?.reason).toBe('changed after the backup');
});

test('a note differing only in text is a different note and is merged in', async () => {
  const payload = await collectBackup(source, {}, []);
  payload.notes.push({ ...payload.notes[0]!, text: 'denied CO-97, corrected — JD' });
  payload.notes.push({ ...payload.notes[0]!, claimNumber: '7000000001' }); // same claim key: duplicate
  const counts = await restoreBackup(source, payload);
  expect([counts.notesAdded, counts.notesSkipped]).toEqual([1, 3]);
});

test('a restore that fails half-way (e.g. disk full on the dismissals) writes no notes either', async () => {
  const target = await freshDb();
  const payload = await collectBackup(source, {}, []);
  vi.spyOn(target.dismissals, 'bulkAdd').mockRejectedValue(new Error('QuotaExceededError'));
  await expect(restoreBackup(target, payload)).rejects.toThrow('QuotaExceededError');
  vi.restoreAllMocks();
  expect(await target.notes.count()).toBe(0);
  expect(await target.dismissals.count()).toBe(0);
});

test('a payload that does not match the schema is refused before anything is written', async () => {
  const target = await freshDb();
  const payload = await collectBackup(source, {}, []);
  const bad = { ...payload, dismissals: [{ ...payload.dismissals[0]!, lines: [0] }] };
  await expect(restoreBackup(target, bad)).rejects.toThrow();
  expect(await target.notes.count()).toBe(0);
});

test('a backup whose proof holds more than a proof may is refused before anything is written', async () => {
  const target = await freshDb();
  const payload = await collectBackup(source, {}, []);
  const bad = { ...payload, proofs: [{ ...payload.proofs[0]!, pageText: 'x'.repeat(400_001) }] };
  await expect(restoreBackup(target, bad)).rejects.toThrow();
  expect(await target.notes.count()).toBe(0);
  expect(await target.proofs.count()).toBe(0);
});

test('a backup record whose derived fields were edited is restored with them computed again', async () => {
  const payload = await collectBackup(source, {}, []);
  payload.denials[0] = {
    ...payload.denials[0]!,
    payerKey: 'someone else',
    memoryKeys: ['someone else|00000'],
  };
  const target = await freshDb();
  await restoreBackup(target, payload);
  expect(await target.denials.get('7000000007')).toMatchObject({
    payerKey: 'unitedhealthcare',
    memoryKeys: ['*|99213', 'unitedhealthcare|99213'],
  });
});

test('a backup made before the denial worklist existed still opens', async () => {
  const payload = await collectBackup(source, {}, []);
  const { denials: _none, proofs: _noProofs, ...older } = payload;
  const file = await encryptBackup(older as typeof payload, 'a long passphrase');
  const opened = await decryptBackup(file, 'a long passphrase');
  expect(opened.ok && opened.payload.denials).toEqual([]);
  expect(opened.ok && opened.payload.proofs).toEqual([]);
});
