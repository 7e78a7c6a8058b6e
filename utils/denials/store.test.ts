import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ClaimLensDb } from '../db';
import { adj, claim, snapshot } from '../rules/testing/builder';
import { readPage } from './classify';
import { learnFixes } from './merge';
import { loadDenials, loadRecords, recordReadings, setNote, setStatus } from './store';
import { chunkOf, readEntries, toEntry, WORKLIST_CHUNKS } from './summary';
import { pageReadings, seenAt } from './testing/pages';

let db: ClaimLensDb;
beforeEach(async () => {
  db = new ClaimLensDb(`denials-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const page = (
  claims: Parameters<typeof snapshot>[0],
  kind: 'claim-detail' | 'claim-status' = 'claim-detail',
) => readPage(snapshot(claims, { kind })).map((reading) => ({ reading, at: seenAt('2026-11-20') }));

const deniedTherapy = (paid: number | null = 0, mods: string[] = []) =>
  claim({
    claimNumber: '7100-000-001',
    payer: 'TEST PAYER',
    status: { category: 'F2', code: null, text: 'Denied' },
    finalizedDate: '2026-11-02',
    lines: [['97110', { modifiers: mods, charge: 120, paid, adjustments: [adj('CO-4', 120)] }]],
  });

describe('recording denials', () => {
  test('a denial seen for the first time joins the queue as new; seeing it again adds nothing', async () => {
    expect(await recordReadings(db, pageReadings('uhc-claim-detail', '2026-11-20'))).toEqual({
      added: 1,
      updated: 0,
      paid: 0,
    });
    expect(await recordReadings(db, pageReadings('uhc-claim-detail', '2026-11-20'))).toEqual({
      added: 0,
      updated: 0,
      paid: 0,
    });
    const [r] = await loadDenials(db);
    expect(r).toMatchObject({
      id: '7000000007',
      status: 'new',
      statusBy: 'claimlens',
      firstSeen: '2026-11-20',
    });
    expect(r!.memoryKeys.sort()).toEqual([
      '*|20610',
      '*|99213',
      'unitedhealthcare|20610',
      'unitedhealthcare|99213',
    ]);
  });

  test("seen denied again later, the biller's status and note stay and the newer facts are taken", async () => {
    await recordReadings(db, page([deniedTherapy()]));
    await setStatus(db, ['7100000001'], 'appealed', '2026-11-21T10:00:00Z');
    await setNote(db, '7100000001', 'called the payer, ref 123');
    const later = deniedTherapy();
    later.serviceLines[0]!.remarks = ['N519'];
    await recordReadings(db, [
      { reading: readPage(snapshot([later], { kind: 'remittance' }))[0]!, at: seenAt('2026-11-25') },
    ]);
    const [r] = await loadDenials(db);
    expect(r).toMatchObject({
      status: 'appealed',
      statusBy: 'biller',
      note: 'called the payer, ref 123',
      lastSeen: '2026-11-25',
    });
    expect(r!.codes).toEqual(['CO-4', 'N519']);
  });

  test('a claim later seen paid leaves the queue by itself, and what fixed it is learned', async () => {
    await recordReadings(db, page([deniedTherapy()]));
    const paid = deniedTherapy(96, ['GP']);
    paid.status = { category: 'F1', code: null, text: 'Paid' };
    paid.paid = 96;
    paid.serviceLines[0]!.adjustments = [adj('CO-45', 24)];
    expect(await recordReadings(db, page([paid]))).toEqual({ added: 0, updated: 0, paid: 1 });
    const [r] = await loadDenials(db);
    expect(r).toMatchObject({ status: 'paid', statusBy: 'claimlens', paidSeen: '2026-11-20' });
    expect(r!.fixes).toEqual([{ code: '97110', added: ['GP'], removed: [] }]);
  });

  test('a partly paid claim is not taken as paid by a list repeating the same payment', async () => {
    await recordReadings(db, pageReadings('availity-remittance-claim', '2026-11-20'));
    expect(await recordReadings(db, pageReadings('availity-remittance-results', '2026-11-21'))).toEqual({
      added: 0,
      updated: 0,
      paid: 0,
    });
    expect((await loadDenials(db))[0]!.status).toBe('new');
  });

  test('a paid claim seen never denied is not recorded', async () => {
    await recordReadings(db, pageReadings('ngs-claim-status', '2026-11-20'));
    expect(await db.denials.count()).toBe(0);
  });

  test('bulk status change sets each claim and says it was the biller', async () => {
    await recordReadings(db, [
      ...pageReadings('uhc-claim-detail', '2026-11-20'),
      ...pageReadings('noridian-claim-detail', '2026-11-20'),
    ]);
    expect(
      await setStatus(db, ['7000000007', '7000000008', 'NOT-THERE'], 'working', '2026-11-21T08:00:00Z'),
    ).toBe(2);
    expect((await loadDenials(db)).map((r) => `${r.id} ${r.status} ${r.statusBy}`).sort()).toEqual([
      '7000000007 working biller',
      '7000000008 working biller',
    ]);
  });
});

describe("the worklist page's list (summary chunks)", () => {
  const listed = async () =>
    (await readEntries(db)).map((e) => `${e.id} ${e.status} ${e.cause} ${e.lines}`).sort();

  test('follows every write: recorded, status changed, seen paid; the whole record stays with the records', async () => {
    await recordReadings(db, [
      ...pageReadings('uhc-claim-detail', '2026-11-20'),
      ...pageReadings('noridian-claim-detail', '2026-11-20'),
    ]);
    const records = await loadDenials(db);
    expect(await listed()).toEqual(records.map((r) => `${r.id} new ${r.cause} ${toEntry(r).lines}`).sort());
    expect((await readEntries(db)).find((e) => e.id === '7000000007')).toEqual(
      toEntry(records.find((r) => r.id === '7000000007')!),
    );
    await setStatus(db, ['7000000008'], 'appealed', '2026-11-21T08:00:00Z');
    expect((await listed()).filter((l) => l.startsWith('7000000008'))[0]).toMatch(/^7000000008 appealed /);
    await recordReadings(db, page([deniedTherapy()]));
    expect((await listed()).find((l) => l.startsWith('7100000001'))).toBe('7100000001 new modifier 97110');
    const paid = deniedTherapy(96, ['GP']);
    paid.status = { category: 'F1', code: null, text: 'Paid' };
    paid.paid = 96;
    paid.serviceLines[0]!.adjustments = [adj('CO-45', 24)];
    await recordReadings(db, page([paid]));
    expect((await listed()).find((l) => l.startsWith('7100000001'))).toMatch(/^7100000001 paid modifier /);
    expect(await loadRecords(db, ['7100000001', 'NOT-THERE'])).toHaveLength(1);
  });

  test('64 chunks at most however many claims, each claim in exactly one', async () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      claim({
        claimNumber: `7200-${String(i).padStart(6, '0')}`,
        payer: 'TEST PAYER',
        status: { category: 'F2', code: null, text: 'Denied' },
        finalizedDate: '2026-11-02',
        lines: [['97110', { charge: 120, paid: 0, adjustments: [adj('CO-4', 120)] }]],
      }),
    );
    await recordReadings(db, page(many));
    expect(await db.worklistChunks.count()).toBeLessThanOrEqual(WORKLIST_CHUNKS);
    const ids = (await readEntries(db)).map((e) => e.id);
    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
    expect(chunkOf('7200000001')).toBe(chunkOf('7200000001'));
  });
});

test('learnFixes: modifiers added and removed between the denied line and the paid one', () => {
  const line = { code: '97140', modifiers: ['59'] } as Parameters<typeof learnFixes>[0][number];
  expect(learnFixes([line], [{ code: '97140', modifiers: ['GP', 'XS'] }])).toEqual([
    { code: '97140', added: ['GP', 'XS'], removed: ['59'] },
  ]);
  expect(learnFixes([line], [{ code: '97140', modifiers: ['59'] }])).toEqual([]);
});
