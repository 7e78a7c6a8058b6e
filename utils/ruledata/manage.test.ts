import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { ClaimLensDb } from '../db';
import { deleteDataSet, staleDataSets } from './manage';
import type { DataSetInfo } from './types';

const set = (over: Partial<DataSetInfo>): DataSetInfo => ({
  id: 'ptp-1',
  kind: 'ptp',
  setting: 'practitioner',
  version: '30.1',
  label: 'NCCI PTP practitioner v30.1',
  effectiveFrom: '2024-04-01',
  effectiveTo: null,
  rows: 1,
  storedBytes: 1,
  sources: [],
  importedAt: '2026-11-01T00:00:00Z',
  bundled: false,
  ...over,
});

test('deleting a data set removes its record and rows, and leaves other sets alone', async () => {
  const db = new ClaimLensDb(`manage-${Math.random()}`);
  await db.datasets.bulkAdd([set({ id: 'a' }), set({ id: 'b', kind: 'mue' })]);
  await db.ruleRecords.bulkAdd([
    { set: 'a', key: '20610', data: 'x' },
    { set: 'b', key: '20610', data: 'y' },
  ]);
  await deleteDataSet(db, 'a');
  expect((await db.datasets.toArray()).map((d) => d.id)).toEqual(['b']);
  expect(await db.ruleRecords.toArray()).toEqual([{ set: 'b', key: '20610', data: 'y' }]);
  await db.delete();
});

test('a quarterly set from an earlier quarter than the newest date of service is stale', () => {
  const sets = [
    set({ id: 'old-ptp', effectiveFrom: '2024-04-01' }),
    set({ id: 'cur-mue', kind: 'mue', effectiveFrom: '2024-07-01' }),
    set({ id: 'icd', kind: 'icd10cm', effectiveFrom: '2023-10-01' }),
    set({ id: 'pos', kind: 'pos', effectiveFrom: '2026-02-01', bundled: true }),
  ];
  expect(staleDataSets(sets, '2024-08-15').map((d) => d.id)).toEqual(['old-ptp']);
  expect(staleDataSets(sets, '2024-05-01')).toEqual([]);
  expect(staleDataSets(sets, null)).toEqual([]);
});
