import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ClaimLensDb } from '../../db';
import { loadDenials, recordReadings } from '../store';
import { eraText, pageReadings } from '../testing/pages';
import { importEraFiles, readEraFiles } from './import';
import { readRemittance } from './remittance';

const DAY = eraText('test-payer-day.835');
const TODAY = '2026-11-20';
const NOW = '2026-11-20T09:00:00.000Z';

describe('reading an 835', () => {
  test('several claims, several CAS on one line, two reason/amount pairs in one CAS, remarks', () => {
    const claims = readRemittance(DAY);
    expect(claims.map((c) => `${c.claim.claimNumber} ${c.statusCode}`)).toEqual([
      '7100000001 1',
      '7100000002 4',
      '7100000003 1',
      '7100000004 22',
      '7100000004 4',
      '7100000005 22',
      '7100000005 1',
    ]);
    const first = claims[0]!.claim;
    expect(first).toMatchObject({
      payer: 'TEST PAYER',
      checkDate: '2026-11-20',
      receivedDate: '2026-10-15',
      billed: 360,
      paid: 64,
    });
    expect(
      first.serviceLines.map((l) => [
        l.code,
        l.modifiers.join(''),
        l.dosFrom,
        l.adjustments.map((a) => `${a.group}-${a.reason}:${a.amount}`).join(' '),
        l.remarks.join(' '),
      ]),
    ).toEqual([
      ['97110', '', '2026-10-10', 'CO-4:120', 'N519'],
      ['97140', 'GP', '2026-10-10', 'CO-45:20 PR-2:16', ''],
      ['97530', 'GP', '2026-10-10', 'CO-97:100 CO-45:40', 'M15'],
    ]);
    expect(first.serviceLines[1]!.allowed).toBe(80);
    // Claim-level adjustment; the claim's statement dates date its line.
    const second = claims[1]!.claim;
    expect(second.adjustments).toEqual([{ group: 'CO', reason: '29', amount: 250 }]);
    expect(second.serviceLines[0]!.dosFrom).toBe('2026-03-01');
  });

  test('names, member ids and patient control numbers are never read', () => {
    const text = JSON.stringify(readRemittance(DAY));
    for (const secret of ['TESTPATIENT', 'ALEX', 'ZZX000000001', 'PCN-NOT-STORED'])
      expect(text).not.toContain(secret);
  });

  test('denied and partly denied claims join the worklist; the paid one does not; reversals are handled', () => {
    const read = readEraFiles([{ name: 'day.835', text: DAY }], TODAY, NOW);
    if (!read.ok) throw new Error(read.message);
    expect(read.files).toEqual([{ name: 'day.835', claims: 7, denied: 3 }]);
    expect(
      read.readings.map((r) => `${r.reading.id} ${r.reading.outcome}${r.reading.reopens ? ' reopens' : ''}`),
    ).toEqual([
      '7100000001 denied',
      '7100000002 denied',
      '7100000003 paid',
      '7100000004 reversed',
      '7100000004 denied reopens',
      '7100000005 reversed',
      '7100000005 paid reopens',
    ]);
    const partly = read.readings[0]!.reading;
    expect(partly.lines.map((l) => `${l.code} ${l.reasons.join('+')} ${l.atRisk}`)).toEqual([
      '97110 CO-4 120',
      '97530 CO-97 100',
    ]);
    expect(read.readings[1]!.reading).toMatchObject({ cause: 'timely-filing', atRisk: 250 });
  });
});

describe('importing 835 files', () => {
  let db: ClaimLensDb;
  beforeEach(async () => {
    db = new ClaimLensDb(`era-${Math.random()}`);
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  test('the denials are recorded like those seen on pages', async () => {
    const result = await importEraFiles(db, [{ name: 'day.835', text: DAY }], TODAY, NOW);
    expect(result).toMatchObject({ ok: true, counts: { added: 3 } });
    const records = await loadDenials(db);
    expect(records.map((r) => `${r.id} ${r.cause} ${r.portal} ${r.status}`).sort()).toEqual([
      '7100000001 modifier era new',
      '7100000002 timely-filing era new',
      '7100000004 medical-necessity era new',
    ]);
    expect(records.every((r) => r.link === null && r.decisionDate === '2026-11-20')).toBe(true);
  });

  test('a reversal reopens a claim the worklist had as paid, and its new outcome decides', async () => {
    // Seen denied then paid on portal pages earlier; the 835 reverses the payment and denies it.
    const earlier = pageReadings('uhc-claim-detail', '2026-11-01').map(({ reading, at }) => ({
      reading: { ...reading, id: '7100000004', claimNumber: '7100000004' },
      at,
    }));
    await recordReadings(db, earlier);
    await db.denials.update('7100000004', { status: 'paid' });
    await importEraFiles(db, [{ name: 'day.835', text: DAY }], TODAY, NOW);
    expect(await db.denials.get('7100000004')).toMatchObject({ status: 'new', cause: 'medical-necessity' });
  });

  const broken: [string, (t: string) => string, RegExp][] = [
    ['not X12 at all', () => 'hello', /does not start with an ISA segment/],
    [
      'an 837 claim file, not a remittance',
      (t) => t.replace('ST*835*0001', 'ST*837*0001'),
      /X12 837 transaction, not an 835.*segment 3 \(ST\)/,
    ],
    [
      'a wrong segment count in SE',
      (t) => t.replace(/SE\*\d+\*0001/, 'SE*12*0001'),
      /SE01 says 12 segments.*\(SE\)/,
    ],
    [
      'a CAS with an unknown group',
      (t) => t.replace('CAS*CO*4*120', 'CAS*XX*4*120'),
      /CAS01 "XX".*segment 17 \(CAS\), character/,
    ],
    [
      'an amount that is not a number',
      (t) => t.replace('SVC*HC:97110*120*0**1', 'SVC*HC:97110*12O*0**1'),
      /SVC02 "12O" is not an amount.*segment 15 \(SVC\)/,
    ],
    [
      'a claim without its payer claim number',
      (t) => t.replace('*7100000002*11*1', '**11*1'),
      /CLP07.*missing.*\(CLP\)/,
    ],
    [
      'a file cut off in the middle',
      (t) => t.slice(0, t.indexOf('CLP*PCN-NOT-STORED-3') + 20),
      /ends in the middle of a segment/,
    ],
    [
      'a bad date',
      (t) => t.replace('DTM*472*20261010', 'DTM*472*20261310'),
      /DTM02 "20261310" is not a date/,
    ],
    ['a missing IEA', (t) => t.replace(/IEA\*1\*000000101~\n?/, ''), /no IEA/],
  ];

  test.each(broken)(
    '%s is refused with where it broke, and nothing is written',
    async (_what, damage, message) => {
      const result = await importEraFiles(
        db,
        [
          { name: 'good.835', text: eraText('uhc-90837.835') },
          { name: 'broken.835', text: damage(DAY) },
        ],
        TODAY,
        NOW,
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.file).toBe('broken.835');
      expect(result.message).toMatch(message);
      expect(await db.denials.count()).toBe(0);
    },
  );
});
