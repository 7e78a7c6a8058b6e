import { describe, expect, test } from 'vitest';
import { adj, claim, snapshot } from '../rules/testing/builder';
import { readClaim, readPage } from './classify';
import { fixtureSnapshot } from './testing/pages';

const brief = (id: string) =>
  readPage(fixtureSnapshot(id)).map((r) => ({
    claim: r.claimNumber,
    outcome: r.outcome,
    cause: r.cause,
    lines: r.lines.map((l) => `${l.code}${l.modifiers.map((m) => `-${m}`).join('')} ${l.reasons.join('+')}`),
  }));

describe('what the worklist takes from a page', () => {
  test('a partly denied UHC claim: the denied lines only, each with its cause; the paid line is left out', () => {
    const [r] = readPage(fixtureSnapshot('uhc-claim-detail'));
    expect(r).toMatchObject({
      claimNumber: '7000000007',
      payer: 'UnitedHealthcare',
      outcome: 'denied',
      decisionDate: '2026-10-30',
      codes: ['CO-97', 'M15', 'CO-151', 'N362'],
    });
    expect(r!.lines.map((l) => [l.line, l.code, l.cause, l.atRisk])).toEqual([
      [1, '99213', 'bundling', 125],
      // No amounts on the page: billed less paid (the patient's share has no amount either).
      [2, '20610', 'units', 511.44],
    ]);
    // The claim's cause is that of its largest denial.
    expect(r!.cause).toBe('units');
  });

  test('contractual write-offs and patient share are not denials; amounts come from the adjustments', () => {
    const [r] = readPage(fixtureSnapshot('availity-remittance-claim'));
    expect(r!.lines.map((l) => `${l.code} ${l.reasons.join('+')} ${l.atRisk}`)).toEqual([
      '11102 CO-97 98.1',
      '96372 CO-151 84',
    ]);
    expect(r!.atRisk).toBe(182.1);
  });

  test('a Medicare claim detail is denied with the Medicare route (reopening), dated by the decision', () => {
    expect(brief('noridian-claim-detail')).toEqual([
      {
        claim: '7000000008',
        outcome: 'denied',
        cause: 'bundling',
        lines: ['64484-LT CO-107', '20611-LT CO-16', '20610-LT CO-97'],
      },
    ]);
    expect(readPage(fixtureSnapshot('noridian-claim-detail'))[0]).toMatchObject({
      payer: 'Medicare',
      route: 'reopening',
      decisionDate: '2026-10-28',
    });
  });

  test('claims lists: denied, paid and rejected rows are heard; pending rows are not', () => {
    expect(brief('availity-claim-status').map((r) => `${r.claim} ${r.outcome}`)).toEqual([
      '7000000001 denied',
      '7000000002 paid',
    ]);
    expect(brief('palmetto-claim-status').map((r) => `${r.claim} ${r.outcome} ${r.cause}`)).toEqual([
      '7000000016 paid other',
      '7000000017 rejected information-missing',
    ]);
  });

  test('a claim denied by its status alone counts every unpaid line as denied, with no reason code', () => {
    expect(brief('epaces-claim-status')[0]).toMatchObject({ outcome: 'denied', lines: ['99213 ', '81002 '] });
  });

  test('eligibility and claim-entry pages are never recorded', () => {
    expect(readPage(fixtureSnapshot('availity-eligibility-active'))).toEqual([]);
    expect(readPage(fixtureSnapshot('office-ally-claim-fix'))).toEqual([]);
  });

  test('a claim without a number cannot be kept', () => {
    const c = claim({ claimNumber: null, lines: [['99213', { adjustments: [adj('CO-97')] }]] });
    expect(readClaim(snapshot([c], { kind: 'claim-detail' }), c)).toBeNull();
  });

  test('an unknown reason code is a denial unless it is patient responsibility', () => {
    const c = claim({
      claimNumber: 'T-1',
      lines: [
        ['99213', { adjustments: [adj('CO-B99', 50)], charge: 50, paid: 0 }],
        ['99214', { adjustments: [adj('PR-B99', 20)], charge: 80, paid: 60 }],
      ],
    });
    const r = readClaim(snapshot([c], { kind: 'remittance' }), c)!;
    expect(r.lines.map((l) => `${l.code} ${l.reasons.join('+')} ${l.cause}`)).toEqual(['99213 CO-B99 other']);
  });

  test('nothing that identifies the patient is in a reading', () => {
    const page = fixtureSnapshot('uhc-claim-detail');
    const text = JSON.stringify(readPage({ ...page, patient: { initials: 'AT', age: 65, sex: 'F' } }));
    for (const secret of ['TESTPATIENT', 'ZZX000000001', '1961', '"AT"', 'diagnos'])
      expect(text).not.toContain(secret);
  });
});
