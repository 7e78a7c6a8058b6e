import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getDb } from '../../utils/db';
import { IMPORT_NOTICE_KEY } from './keys';
import { openRuleData } from './ruledata';

// The browser stopped in the middle of an import: rows of the unfinished set are on disk, but no
// data-set record. The next start removes them, keeps the live set answering, and tells the user.
test('an import cut off by a stop is cleaned up at the next start, and the user is told', async () => {
  fakeBrowser.reset();
  const db = getDb();
  await db.datasets.put({
    id: 'live-mue',
    kind: 'mue',
    setting: 'practitioner',
    version: '2024Q3',
    label: 'NCCI MUE practitioner 2024Q3',
    effectiveFrom: '2024-07-01',
    effectiveTo: null,
    rows: 1,
    storedBytes: 10,
    sources: [],
    importedAt: '2026-11-01T00:00:00Z',
    bundled: false,
  });
  await db.ruleRecords.bulkPut([
    { set: 'live-mue', key: '36415', data: 'live' },
    { set: 'half-written-ptp', key: '20610', data: 'partial' },
  ]);

  await openRuleData().cleanUp();

  expect(await db.ruleRecords.toArray()).toEqual([{ set: 'live-mue', key: '36415', data: 'live' }]);
  expect((await fakeBrowser.storage.local.get(IMPORT_NOTICE_KEY))[IMPORT_NOTICE_KEY]).toEqual(
    expect.any(String),
  );
});

test('a clean start says nothing', async () => {
  fakeBrowser.reset();
  await openRuleData().cleanUp();
  expect(await fakeBrowser.storage.local.get(IMPORT_NOTICE_KEY)).toEqual({});
});
