import 'fake-indexeddb/auto';
import { afterEach, expect, test } from 'vitest';
import { ClaimLensDb, LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from './db';
import { denialRecord } from './denials/testing/record';
import { claimKey } from './model/claim-key';

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
    db.close();
  },
);
