import 'fake-indexeddb/auto';
import { afterEach, expect, test } from 'vitest';
import { ClaimLensDb, LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from './db';
import { dayNumber } from './denials/days';
import { deadlineSettings } from './denials/deadline';
import { firstRows } from './denials/queue';
import { denialRecord } from './denials/testing/record';
import { claimKey } from './model/claim-key';
import { buildProof, type ProofRecord } from './proofs/model';
import { keepProof, proofIdsWithPicture, proofPicture } from './proofs/store';
import { DEFAULT_RULE_SETTINGS } from './rules/settings';
import { claim, snapshot } from './rules/testing/builder';

const picture = () => {
  const html = '<!doctype html><html><body><p>Accepted</p></body></html>';
  return { html, bytes: html.length, sheetsLeftOut: 0, stylesDropped: false };
};

function proofRecord(): ProofRecord {
  const page = snapshot(
    [claim({ claimNumber: '7000000011', lines: ['99213'], receivedDate: '2026-07-21' })],
    {
      kind: 'claim-status',
    },
  );
  return buildProof(page, 0, page.url, { text: 'Accepted', note: null }, new Date('2026-08-02T15:00:00Z'));
}

/**
 * Migration harness: open the database as it was at version N, write real-shaped data, close it,
 * open the current schema, and check nothing was lost and every upgrade ran.
 */
let name = '';
afterEach(async () => {
  await new ClaimLensDb(name).delete();
});

async function seedAt(version: number, seed: (db: ClaimLensDb) => Promise<void>): Promise<void> {
  name = `migration-test-${version}-${Math.random()}`;
  const old = new ClaimLensDb(name, version);
  await old.open();
  expect(old.verno).toBe(version);
  await seed(old);
  old.close();
}

test('versions are numbered in order', () => {
  expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
});

test('v1 → latest keeps notes, dismissals, data sets and rule records, and keys notes by claim', async () => {
  await seedAt(1, async (db) => {
    await db.table('notes').bulkAdd([
      {
        claimNumber: '7000-000-001',
        portal: 'availity',
        kind: 'claim-status',
        text: 'first touch',
        createdAt: '2026-11-01T10:00:00Z',
      },
      {
        claimNumber: '7000000002',
        portal: 'uhc',
        kind: 'claim-detail',
        text: 'second',
        createdAt: '2026-11-02T10:00:00Z',
      },
    ]);
    await db.dismissals.add({
      id: '7000000001|ptp|1,2',
      claimNumber: '7000000001',
      rule: 'ptp',
      lines: [1, 2],
      reason: 'distinct site documented',
      dismissedAt: '2026-11-01T10:00:00Z',
    });
    await db.datasets.add({
      id: 'ptp-practitioner-30.1',
      kind: 'ptp',
      setting: 'practitioner',
      version: '30.1',
      label: 'NCCI PTP practitioner v30.1',
      effectiveFrom: '2024-04-01',
      effectiveTo: null,
      rows: 2,
      storedBytes: 100,
      sources: [],
      importedAt: '2026-11-01T10:00:00Z',
      bundled: false,
    });
    await db.ruleRecords.add({ set: 'ptp-practitioner-30.1', key: '20611', data: 'packed' });
  });

  const db = new ClaimLensDb(name);
  await db.open();
  expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
  const notes = await db.notes.orderBy('createdAt').toArray();
  expect(notes.map((n) => [n.text, n.claimKey])).toEqual([
    ['first touch', '7000000001'],
    ['second', '7000000002'],
  ]);
  expect(await db.notes.where('claimKey').equals(claimKey('7000 000 001')).count()).toBe(1);
  expect(await db.dismissals.get('7000000001|ptp|1,2')).toMatchObject({ reason: 'distinct site documented' });
  expect(await db.datasets.get('ptp-practitioner-30.1')).toMatchObject({ rows: 2 });
  expect(await db.ruleRecords.get(['ptp-practitioner-30.1', '20611'])).toMatchObject({ data: 'packed' });
  db.close();
});

// Every earlier version upgrades to the latest with its data, and the worklist tables work after it.
test.each(SCHEMA_VERSIONS.slice(0, -1).map((v) => v.version))(
  'v%i → latest keeps what that version held, and the denial worklist is ready',
  async (version) => {
    await seedAt(version, async (db) => {
      await db.table('notes').add({
        claimNumber: '7000-000-001',
        ...(version >= 2 ? { claimKey: '7000000001' } : {}),
        portal: 'availity',
        kind: 'claim-detail',
        text: `a note from v${version}`,
        createdAt: '2026-11-01T10:00:00Z',
      });
      await db.dismissals.add({
        id: '7000000001|ptp|1,2',
        claimNumber: '7000000001',
        rule: 'ptp',
        lines: [1, 2],
        reason: 'distinct site',
        dismissedAt: '2026-11-01T10:00:00Z',
      });
      if (version >= 3) await db.table('denials').add(denialRecord());
      if (version >= 5)
        await db.table('notes').add({
          claimNumber: '7000000005',
          claimKey: '7000000005',
          portal: 'uhc',
          kind: 'claim-status',
          text: 'called before the upgrade',
          createdAt: '2026-11-20T10:00:00Z',
          callRef: 'R-0',
          followUp: '2026-12-01',
        });
      if (version >= 6) await db.table('proofs').put({ ...proofRecord(), id: '7000000011|before' });
    });
    const db = new ClaimLensDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect((await db.notes.where('claimKey').equals('7000000001').toArray()).map((n) => n.text)).toEqual([
      `a note from v${version}`,
    ]);
    expect(await db.dismissals.count()).toBe(1);
    if (version < 3) await db.denials.add(denialRecord());
    expect(await db.denials.where('memoryKeys').equals('unitedhealthcare|99213').count()).toBe(1);
    expect(await db.denials.where('lastSeen').below('2026-11-03').primaryKeys()).toEqual(['7000000007']);
    await db.worklistChunks.put({ id: 0, entries: '[]' });
    expect(await db.worklistChunks.count()).toBe(1);
    // v5: notes kept before it have no follow-up date; a new one is found by its date.
    expect(await db.notes.where('followUp').aboveOrEqual('0000').count()).toBe(version >= 5 ? 1 : 0);
    await db.notes.add({
      claimNumber: '7000000009',
      claimKey: '7000000009',
      portal: 'uhc',
      kind: 'claim-status',
      text: 'called, pending',
      createdAt: '2026-11-30T10:00:00Z',
      callRef: 'R-1',
      followUp: '2026-12-07',
    });
    expect(await db.notes.where('followUp').belowOrEqual('2026-12-07').count()).toBe(version >= 5 ? 2 : 1);
    // v6: the proofs table is there and found by claim key, whatever version the data came from.
    await db.proofs.put(proofRecord());
    const proofsBefore = version >= 6 ? 1 : 0;
    expect(await db.proofs.where('claimKey').equals('7000000011').count()).toBe(1 + proofsBefore);
    expect(await db.proofs.where('keptAt').below('2027-01-01').count()).toBe(1 + proofsBefore);
    // v7: a proof kept before pictures has none; a new one is kept with its picture.
    expect(await proofPicture(db, '7000000011|before')).toBeNull();
    const kept = await keepProof(db, { ...proofRecord(), id: '7000000011|after' }, picture());
    expect(await proofPicture(db, kept.id)).toMatchObject({ id: kept.id, bytes: picture().bytes });
    expect(await proofIdsWithPicture(db)).toEqual(new Set([kept.id]));
    db.close();
  },
);

test('v3 → v4 builds the worklist queue from the records already kept, with the default deadlines', async () => {
  const open = denialRecord();
  const paid = { ...denialRecord(), id: '7000000009', claimNumber: '7000000009', status: 'paid' as const };
  const past = {
    ...denialRecord(),
    id: '7000000010',
    claimNumber: '7000000010',
    status: 'new' as const,
    dosFrom: '2025-01-02',
  };
  await seedAt(3, async (db) => {
    await db.table('denials').bulkAdd([open, paid, past]);
  });
  const db = new ClaimLensDb(name);
  await db.open();
  expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
  // Open claims only, keyed [cause, due day, −at risk, id]: corrected-claim → filing limit (90 days
  // from the date of service by default).
  expect((await db.worklistQueue.toArray()).map((r) => r.queue)).toEqual([
    ['bundling', dayNumber('2027-01-06'), -125, '7000000007'],
    ['bundling', dayNumber('2025-04-02'), -125, '7000000010'],
  ]);
  expect(await db.worklistMeta.get('deadlines')).toEqual({
    id: 'deadlines',
    settings: deadlineSettings(DEFAULT_RULE_SETTINGS),
  });
  const rows = await firstRows(db, DEFAULT_RULE_SETTINGS, '2026-11-30', 25);
  expect(rows?.map((r) => `${r.record.id} ${r.due?.date} ${r.daysLeft}`)).toEqual([
    '7000000007 2027-01-06 37',
    '7000000010 2025-04-02 -607',
  ]);
  db.close();
});
