import { describe, expect, it } from 'vitest';
import type { Finding } from '../../model/finding';
import { adj, claim, snapshot } from '../testing/builder';
import { runSnapshot } from '../testing/run';
import { describeCarc, describeGroup, KNOWN_CARCS } from './carc';
import { describeCategory, KNOWN_CATEGORIES } from './category';
import { describeRarc, KNOWN_RARCS } from './rarc';

/** Denial guidance on claim status / detail / remittance pages; causes checked against the real slices. */

const RULES_MD_CARCS = [
  '1',
  '2',
  '3',
  '4',
  '11',
  '16',
  '18',
  '22',
  '24',
  '26',
  '27',
  '29',
  '31',
  '45',
  '50',
  '96',
  '97',
  '109',
  '146',
  '151',
  '167',
  '181',
  '182',
  '197',
  '198',
  '204',
  '236',
  '252',
];
const RULES_MD_RARCS = [
  'MA130',
  'N290',
  'M51',
  'N519',
  'N362',
  'N211',
  'N115',
  'N130',
  'N382',
  'N418',
  'N264',
  'N265',
];
const CATEGORIES = [
  ...['A0', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'],
  ...['P0', 'P1', 'P2', 'P3', 'P4', 'P5'],
  ...['F0', 'F1', 'F2', 'F3', 'F4'],
  ...Array.from({ length: 18 }, (_, i) => `R${i}`),
  ...['E0', 'E1', 'E2', 'E3', 'E4', 'D0'],
];

async function denialOn(
  lines: Parameters<typeof claim>[0]['lines'],
  more: Partial<Parameters<typeof claim>[0]> = {},
): Promise<Finding[]> {
  const snap = snapshot([claim({ lines, ...more })], { kind: 'claim-status' });
  return (await runSnapshot(snap)).filter((f) => f.rule === 'denial');
}

describe('denial guidance tables', () => {
  it('covers every CARC, RARC and 277 category RULES.md lists', () => {
    for (const c of RULES_MD_CARCS) expect(KNOWN_CARCS).toContain(c);
    for (const r of RULES_MD_RARCS) expect(KNOWN_RARCS).toContain(r);
    for (const c of CATEGORIES) expect(KNOWN_CATEGORIES).toContain(c);
  });

  it('gives short meanings for the side panel and notes', () => {
    expect(describeCarc('97')?.short).toBe('bundled into another service');
    expect(describeCarc('045')?.short).toBe('above the fee schedule');
    expect(describeRarc('N362')?.short).toBe('units above the MUE');
    expect(describeCategory('F2')?.short).toBe('finalized: denied');
    expect(describeCategory('A7')?.level).toBe('error');
    expect(describeGroup('PR')).toMatch(/patient/);
    expect(describeCarc('9999')).toBeNull();
  });
});

describe('denial findings', () => {
  it.each(RULES_MD_CARCS)('CARC %s on a line: plain words and a next step on that line', async (code) => {
    const found = await denialOn([['99213', { adjustments: [adj(`CO-${code}`, 10)] }]]);
    expect(found).toHaveLength(1);
    expect(found[0]?.lines).toEqual([1]);
    expect(found[0]?.message).toContain(`CO-${code}`);
    expect(found[0]?.action.length).toBeGreaterThan(10);
  });

  it.each(RULES_MD_RARCS)('RARC %s at claim level', async (code) => {
    const found = await denialOn(['99213'], { remarks: [code] });
    expect(found).toHaveLength(1);
    expect(found[0]?.lines).toEqual([]);
    expect(found[0]?.message).toContain(code);
  });

  it.each(CATEGORIES)('277 category %s', async (category) => {
    const found = await denialOn(['99213'], { status: { category, code: null, text: null } });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(new RegExp(`^Claim status ${category}: `));
  });

  it('PR-1/2/3 and CO-45 are information, CO-50 is a denial to work', async () => {
    const found = await denialOn([
      ['99213', { adjustments: [adj('PR-1', 20), adj('PR-2', 5), adj('CO-45', 40)] }],
      ['93000', { adjustments: [adj('CO-50', 30)] }],
    ]);
    expect(found.map((f) => `${f.severity} [${f.lines}]`)).toEqual([
      'info [1]',
      'info [1]',
      'info [1]',
      'error [2]',
    ]);
  });

  it('CO-50 on a Medicare claim suggests an ABN with GA next time; on a commercial claim it does not', async () => {
    const [medicare] = await denialOn([['93000', { adjustments: [adj('CO-50', 30)] }]]);
    expect(medicare?.action).toMatch(/ABN.*GA/);
    const [cigna] = await denialOn([['93000', { adjustments: [adj('CO-50', 30)] }]], { payer: 'Cigna' });
    expect(cigna?.action).not.toMatch(/ABN|\bGA\b/);
    expect(cigna?.action).toMatch(/medical policy/);
  });

  it('CO-97 on an E/M in a PTP pair with indicator 1 (20610|99213): add the modifier and correct', async () => {
    const [f] = await denialOn(['20610', ['99213', { adjustments: [adj('CO-97', 75)] }]]);
    expect(f?.lines).toEqual([2]);
    expect(f?.message).toContain('modifier indicator 1');
    expect(f?.action).toMatch(/Add 59\/XS.*25 on the E\/M.*corrected claim/);
  });

  it('CO-236 on a PTP pair with indicator 0 (29880|29877): write off, do not appeal', async () => {
    const [f] = await denialOn(['29880', ['29877', { adjustments: [adj('CO-236', 300)] }]]);
    expect(f?.message).toContain('modifier indicator 0');
    expect(f?.action).toBe('Not payable together and no modifier changes that: write it off, do not appeal.');
  });

  it('CO-97 with no pair on the claim keeps the general advice', async () => {
    const [f] = await denialOn([['99213', { adjustments: [adj('CO-97', 75)] }]]);
    expect(f?.action).toMatch(/Check the NCCI pair/);
  });

  it('Medicare CO-29: no appeal; commercial CO-29: appeal only with proof', async () => {
    const [medicare] = await denialOn(['99213'], { adjustments: [adj('CO-29', 100)] });
    expect(medicare?.action).toMatch(/Medicare does not accept appeals/);
    const [aetna] = await denialOn(['99213'], { payer: 'Aetna', adjustments: [adj('CO-29', 100)] });
    expect(aetna?.action).toMatch(/only with proof/);
  });

  it('CO-151 / N362 advice follows the MAI of the real MUE row', async () => {
    // MUE 11042 = 1, MAI 2.
    const [mai2] = await denialOn([['11042 x2', { adjustments: [adj('CO-151', 100)] }]]);
    expect(mai2?.action).toMatch(/MAI 2.*do not appeal/);
    // MUE 20610 = 2, MAI 3.
    const [mai3] = await denialOn([['20610 x3', { remarks: ['N362'] }]]);
    expect(mai3?.action).toMatch(/MAI 3.*appeal with records/);
    // MUE A6460 = 1, MAI 1.
    const [mai1] = await denialOn([['A6460 x2', { adjustments: [adj('CO-151', 10)] }]]);
    expect(mai1?.action).toMatch(/MAI 1 is per line/);
  });

  it('does not explain codes on a claim being keyed (no remittance there)', async () => {
    const snap = snapshot([claim({ lines: [['99213', { adjustments: [adj('CO-97')] }]] })]);
    expect((await runSnapshot(snap)).filter((f) => f.rule === 'denial')).toEqual([]);
  });
});
