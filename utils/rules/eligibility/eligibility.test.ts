import { describe, expect, it } from 'vitest';
import type { Eligibility } from '../../model/eligibility';
import { brief, claim, eligibility, snapshot } from '../testing/builder';
import { runSnapshot } from '../testing/run';
import { expectedPatientShare } from './patient-share';

/** Eligibility checks against a claim on the same page (DOS 2024-09-10) or on their own. */

async function withClaim(e: Partial<Eligibility>, payer = 'Medicare'): Promise<string[]> {
  const snap = snapshot([claim({ lines: ['99213'], payer })], {
    kind: 'eligibility',
    eligibility: eligibility(e),
  });
  return brief(await runSnapshot(snap));
}

const period = (from: string | null, to: string | null, name = 'Plan', detail: string | null = null) => ({
  name,
  from,
  to,
  detail,
});

describe('eligibility checks', () => {
  it.each([
    ['active, no other coverage: nothing to say', {}, 'Medicare', []],
    ['coverage inactive', { coverage: 'inactive' as const }, 'Medicare', ['elig-inactive error []']],
    [
      'DOS before the plan began (CO-26)',
      { planBegin: '2024-10-01' },
      'Medicare',
      ['elig-inactive error []'],
    ],
    [
      'DOS after eligibility ended (CO-27)',
      { eligibilityEnd: '2024-05-31' },
      'Medicare',
      ['elig-inactive error []'],
    ],
    ['DOS inside plan dates', { planBegin: '2024-01-01', planEnd: '2024-12-31' }, 'Medicare', []],
    [
      'Medicare Advantage open on the DOS, claim to Medicare',
      { medicareAdvantage: [period('2024-01-01', null, 'Humana Gold Plus')] },
      'Medicare',
      ['elig-ma error []'],
    ],
    [
      'Medicare Advantage ended before the DOS',
      { medicareAdvantage: [period('2023-01-01', '2023-12-31')] },
      'Medicare',
      [],
    ],
    [
      'Medicare Advantage open, claim already to the MA plan',
      { medicareAdvantage: [period('2024-01-01', null)] },
      'Humana Medicare Advantage',
      [],
    ],
    [
      'MSP open on the DOS',
      { msp: [period('2022-03-01', null, 'Working aged', 'employer group plan')] },
      'Medicare',
      ['elig-msp warning []'],
    ],
    [
      'hospice election open on the DOS: the line without GW/GV is named (mod-hospice), once',
      { hospice: [period('2024-05-01', null, 'Hospice')] },
      'Medicare',
      ['mod-hospice warning [1]'],
    ],
    [
      'hospice election open, claim to a Medicare Advantage plan: the election is still said',
      { hospice: [period('2024-05-01', null, 'Hospice')] },
      'Humana Medicare Advantage',
      ['elig-hospice warning []'],
    ],
    ['hospice revoked before the DOS', { hospice: [period('2024-01-01', '2024-03-31')] }, 'Medicare', []],
    [
      'home health episode open',
      { homeHealth: [period('2024-08-01', '2024-09-29')] },
      'Medicare',
      ['elig-hospice warning []'],
    ],
    [
      'another payer primary',
      { otherPayers: [period('2020-01-01', null, 'Aetna', 'Primary')] },
      'Medicare',
      ['elig-cob warning []'],
    ],
    [
      'another payer listed as secondary',
      { otherPayers: [period('2020-01-01', null, 'AARP', 'Secondary')] },
      'Medicare',
      [],
    ],
    [
      'another payer, order not shown',
      { otherPayers: [period('2020-01-01', null, 'Cigna')] },
      'Medicare',
      ['elig-cob info []'],
    ],
  ])('%s', async (_name, e, payer, expected) => {
    expect(await withClaim(e, payer)).toEqual(expected);
  });

  it('prior authorization required by the plan and no number on the claim (CO-197 risk)', async () => {
    expect(await withClaim({ priorAuthRequired: true })).toEqual(['payer-rule warning []']);
    const snap = snapshot([claim({ lines: ['99213'], priorAuthorization: 'PA-778' })], {
      kind: 'eligibility',
      eligibility: eligibility({ priorAuthRequired: true }),
    });
    expect(brief(await runSnapshot(snap))).toEqual([]);
  });

  it('checks an eligibility page without a claim against the lookup date (page-level finding)', async () => {
    const snap = snapshot([], {
      kind: 'eligibility',
      eligibility: eligibility({ medicareAdvantage: [period('2024-01-01', null, 'Aetna Medicare')] }),
    });
    const found = await runSnapshot(snap);
    expect(found.map((f) => [f.rule, f.severity, f.claimIndex])).toEqual([['elig-ma', 'warning', null]]);
  });
});

describe('expected patient share', () => {
  const base = eligibility({
    deductible: [{ network: 'in', level: 'individual', total: 1000, met: 900, remaining: 100 }],
    copays: [{ service: 'Office visit', amount: 20, network: 'in' }],
    coinsurance: [{ service: 'Office visit', percent: 20, network: 'in' }],
  });

  it('takes the deductible first, then the copay, then coinsurance on the rest', () => {
    // 100 deductible + 20 copay + 20% of (250 − 100 − 20 = 130) = 26 → 146.
    expect(expectedPatientShare(base, 250)).toMatchObject({
      deductible: 100,
      copay: 20,
      coinsurance: 26,
      total: 146,
    });
  });

  it('never exceeds the allowed amount', () => {
    expect(expectedPatientShare(base, 50).total).toBe(50);
  });

  it('is capped by the out-of-pocket remaining', () => {
    const e = {
      ...base,
      outOfPocket: [
        { network: 'in' as const, level: 'individual' as const, total: 5000, met: 4880, remaining: null },
      ],
    };
    expect(expectedPatientShare(e, 250).total).toBe(120);
  });

  it('uses in-network values over out-of-network', () => {
    const e = eligibility({
      coinsurance: [
        { service: 'visit', percent: 40, network: 'out' },
        { service: 'visit', percent: 10, network: 'in' },
      ],
    });
    expect(expectedPatientShare(e, 100).total).toBe(10);
  });

  it('appears as an info finding when the claim shows an allowed amount', async () => {
    const snap = snapshot([claim({ lines: [['99213', { allowed: 250 }]] })], {
      kind: 'claim-detail',
      eligibility: base,
    });
    const found = await runSnapshot(snap);
    expect(brief(found)).toEqual(['elig-inactive info []']);
    expect(found[0]?.message).toContain('$146.00');
  });
});
