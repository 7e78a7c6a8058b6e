import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ClaimLensDb } from '../db';
import { undoRestore, writeBackup } from '../privacy/collect';
import { deleteAllPatientData } from '../privacy/retention';
import { DEFAULT_RULE_SETTINGS, RuleSettings } from '../rules/settings';
import { addDaysIso } from './days';
import { deadlineSettings } from './deadline';
import { importEraFiles } from './era/import';
import type { DenialRecord } from './model';
import { purgeDenials } from './privacy';
import { firstRows, NO_DUE_DAY, queueRows, rebuildQueue, summaryTables } from './queue';
import { loadDenials, recordReadings, setStatus } from './store';
import { readEntries, writeEntries } from './summary';
import { eraText, pageReadings } from './testing/pages';
import { denialRecord } from './testing/record';
import { DEFAULT_FILTERS, filterRows, groupByCause, worklistRows } from './worklist';

let db: ClaimLensDb;
beforeEach(async () => {
  db = new ClaimLensDb(`queue-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const TODAY = '2026-11-30';

/** What the whole list shows first: the first `n` rows of each cause group, groups in their order. */
async function fullFirst(settings: RuleSettings, today: string, n: number): Promise<string[]> {
  const rows = filterRows(worklistRows(await readEntries(db), settings, today), DEFAULT_FILTERS);
  return groupByCause(rows).flatMap((g) => g.rows.slice(0, n).map((r) => r.record.id));
}

async function queueFirst(settings: RuleSettings, today: string, n: number): Promise<string[] | null> {
  const rows = await firstRows(db, settings, today, n);
  return rows && groupByCause(rows).flatMap((g) => g.rows.map((r) => r.record.id));
}

/** The queue holds exactly the open claims' rows, keyed with the settings kept beside it. */
async function expectConsistent(): Promise<void> {
  const meta = await db.worklistMeta.get('deadlines');
  const want = meta ? queueRows(await readEntries(db), meta.settings) : [];
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  expect((await db.worklistQueue.toArray()).sort(byId)).toEqual(want.sort(byId));
}

async function save(records: DenialRecord[]): Promise<void> {
  await db.transaction('rw', [db.denials, ...summaryTables(db)], async () => {
    await db.denials.bulkPut(records);
    await writeEntries(db, records);
  });
}

/** Claims spread over causes, routes, dates, amounts and statuses, with many ties (seeded). */
function manyClaims(count: number): DenialRecord[] {
  let s = 7;
  const pick = <T>(xs: readonly T[]): T => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return xs[s % xs.length]!;
  };
  return Array.from({ length: count }, (_, i) => {
    const id = `7300${String(i).padStart(6, '0')}`;
    const decided = addDaysIso(TODAY, -pick([0, 1, 30, 100, 150, 179, 180, 181, 200, 400]));
    return {
      ...denialRecord(),
      id,
      claimNumber: id,
      payer: pick(['Cigna', 'Aetna', 'Medicare Part B', null]),
      cause: pick(['bundling', 'modifier', 'units', 'authorization'] as const),
      route: pick(['appeal', 'corrected-claim', 'write-off', 'redetermination', 'reopening', null]),
      rejected: pick([false, false, false, true]),
      dosFrom: pick([addDaysIso(decided, -20), null]),
      decisionDate: pick([decided, null]),
      firstSeen: addDaysIso(decided, 2),
      atRisk: pick([0, 50, 125, 125.5]),
      status: pick(['new', 'working', 'appealed', 'corrected', 'paid', 'written-off'] as const),
    };
  });
}

describe('the first screen read from the queue', () => {
  test('is exactly what the whole list shows first, whatever the day and however many per cause', async () => {
    await save(manyClaims(600));
    // Days on which most, some or none of the deadlines are past.
    for (const today of [
      TODAY,
      addDaysIso(TODAY, 90),
      addDaysIso(TODAY, 400),
      addDaysIso(TODAY, 900),
      addDaysIso(TODAY, -200),
    ]) {
      for (const n of [1, 5, 25, 400]) {
        const expected = await fullFirst(DEFAULT_RULE_SETTINGS, today, n);
        expect(await queueFirst(DEFAULT_RULE_SETTINGS, today, n)).toEqual(expected);
      }
    }
    await expectConsistent();
  });

  test('with other deadline settings it is not trusted until rebuilt, then right again', async () => {
    await save(manyClaims(200));
    const other = RuleSettings.parse({ appealDays: 60, unknownPayerFilingDays: 365 });
    expect(await firstRows(db, other, TODAY, 25)).toBeNull();
    // A setting that moves no deadline keeps the queue usable.
    const sameDeadlines = { ...DEFAULT_RULE_SETTINGS, history: { minDenials: 5, windowDays: 30 } };
    expect(await firstRows(db, sameDeadlines, TODAY, 25)).not.toBeNull();

    expect(await rebuildQueue(db, other)).toBe(true);
    expect(await rebuildQueue(db, other)).toBe(false);
    expect(await queueFirst(other, TODAY, 25)).toEqual(await fullFirst(other, TODAY, 25));
    expect((await db.worklistMeta.get('deadlines'))?.settings).toEqual(deadlineSettings(other));
    // Writers now key new claims with the settings kept beside the queue, not the defaults.
    await save(manyClaims(260).slice(200));
    await expectConsistent();
    expect(await queueFirst(other, TODAY, 25)).toEqual(await fullFirst(other, TODAY, 25));
    expect(await firstRows(db, DEFAULT_RULE_SETTINGS, TODAY, 25)).toBeNull();
  });

  test('a new database has no queue yet (the page counts its nothing); an emptied one has an empty screen', async () => {
    expect(await firstRows(db, DEFAULT_RULE_SETTINGS, TODAY, 25)).toBeNull();
    await save(manyClaims(5));
    await deleteAllPatientData(db);
    expect(await firstRows(db, DEFAULT_RULE_SETTINGS, TODAY, 25)).toEqual([]);
  });
});

describe('the queue follows every write', () => {
  test('a date no calendar has does not stop the claim being recorded', async () => {
    const odd = { ...denialRecord(), route: 'appeal', decisionDate: '2026-13-45' };
    await save([odd]);
    expect(await db.denials.count()).toBe(1);
    expect((await db.worklistQueue.get(odd.id))?.queue).toEqual(['bundling', NO_DUE_DAY, -125, odd.id]);
  });

  test('recorded, recorded again, status changed, seen paid', async () => {
    await recordReadings(db, [
      ...pageReadings('uhc-claim-detail', '2026-11-20'),
      ...pageReadings('noridian-claim-detail', '2026-11-20'),
    ]);
    await recordReadings(db, pageReadings('uhc-claim-detail', '2026-11-21'));
    await expectConsistent();
    expect((await db.worklistQueue.toArray()).map((r) => r.id).sort()).toEqual(['7000000007', '7000000008']);

    await setStatus(db, ['7000000007'], 'paid', '2026-11-22T08:00:00Z');
    await expectConsistent();
    expect((await db.worklistQueue.toArray()).map((r) => r.id)).toEqual(['7000000008']);
    await setStatus(db, ['7000000007'], 'working', '2026-11-22T09:00:00Z');
    await expectConsistent();
    expect(await queueFirst(DEFAULT_RULE_SETTINGS, TODAY, 25)).toEqual(
      await fullFirst(DEFAULT_RULE_SETTINGS, TODAY, 25),
    );
  });

  test('an 835 import, the same file again, and a reversal', async () => {
    const day = eraText('test-payer-day.835');
    await importEraFiles(db, [{ name: 'day.835', text: day }], '2026-11-20', '2026-11-20T09:00:00Z');
    await expectConsistent();
    const once = await db.worklistQueue.toArray();
    expect(once.length).toBeGreaterThan(0);
    await importEraFiles(db, [{ name: 'day.835', text: day }], '2026-11-21', '2026-11-21T09:00:00Z');
    await expectConsistent();
    expect((await db.worklistQueue.toArray()).map((r) => r.id)).toEqual(once.map((r) => r.id));

    // A claim marked paid leaves the queue; the file's reversal brings it back.
    await setStatus(db, ['7100000004'], 'paid', '2026-11-22T08:00:00Z');
    expect(await db.worklistQueue.get('7100000004')).toBeUndefined();
    await importEraFiles(db, [{ name: 'day.835', text: day }], '2026-11-23', '2026-11-23T09:00:00Z');
    expect((await db.denials.get('7100000004'))?.status).toBe('new');
    expect(await db.worklistQueue.get('7100000004')).toBeDefined();
    await expectConsistent();
  });

  test('retention, restore and its undo, and delete-all', async () => {
    const claims = manyClaims(40).map((r, i) => ({
      ...r,
      status: 'new' as const,
      lastSeen: i < 10 ? '2025-01-01' : TODAY,
      statusAt: i < 10 ? '2025-01-01T00:00:00.000Z' : `${TODAY}T00:00:00.000Z`,
    }));
    await save(claims);
    await db.transaction('rw', [db.denials, ...summaryTables(db)], () =>
      purgeDenials(db, 365, new Date(`${TODAY}T12:00:00Z`)),
    );
    expect(await db.worklistQueue.count()).toBe(30);
    await expectConsistent();

    const written = await writeBackup(db, {
      createdAt: '2026-11-30T12:00:00.000Z',
      notes: [],
      dismissals: [],
      denials: claims.slice(0, 10),
      proofs: [],
      proofPages: [],
      settings: {},
      payerPacks: [],
    });
    expect(await db.worklistQueue.count()).toBe(40);
    await expectConsistent();
    await undoRestore(db, written);
    expect(await db.worklistQueue.count()).toBe(30);
    await expectConsistent();

    await deleteAllPatientData(db);
    expect(await db.worklistQueue.count()).toBe(0);
    expect(await loadDenials(db)).toEqual([]);
    expect(await firstRows(db, DEFAULT_RULE_SETTINGS, TODAY, 25)).toEqual([]);
  });
});
