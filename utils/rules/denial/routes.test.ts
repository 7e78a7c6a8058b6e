import { describe, expect, it } from 'vitest';
import { adj } from '../testing/builder';
import { denialOn, oneDenial } from '../testing/denial';

/**
 * 4. The correction route follows the payer family: Medicare Part B reopens or redetermines (no
 * frequency-7 claims), institutional Medicare takes an adjustment claim, Medicare Advantage, Medicaid
 * and commercial payers take a corrected claim.
 */

const CORRECTED = /send a corrected claim \(frequency code 7 with the payer's claim number\)/;
const REOPENING =
  /ask the MAC for a reopening \(clerical error, within a year; Part B takes no frequency-7 claims/;

describe('4. correction routes by payer family', () => {
  it.each([
    ['CO-4', '93000'],
    ['CO-11', '93000'],
    ['CO-182', '93000'],
  ])('%s on original Medicare Part B: a reopening, not a frequency-7 claim', async (code, line) => {
    const f = await oneDenial([[line, { adjustments: [adj(code, 40)] }]]);
    expect(f.action).toMatch(REOPENING);
    expect(f.action).not.toMatch(CORRECTED);
    expect(f.source).toContain('Medicare Claims Processing Manual ch. 34, reopenings');
  });

  it('N519 on Medicare: reopening; on a commercial payer: corrected claim', async () => {
    const medicare = await oneDenial([['93000-GA-GZ', { remarks: ['N519'] }]]);
    expect(medicare.action).toMatch(REOPENING);
    const aetna = await oneDenial([['93000-GA-GZ', { remarks: ['N519'] }]], { payer: 'Aetna' });
    expect(aetna.action).toMatch(CORRECTED);
    expect(aetna.source).toContain('X12 837 claim frequency code 7');
  });

  it('the same CO-4 by family: Advantage plan, Medicaid, commercial, institutional Medicare, unknown', async () => {
    const step = async (more: Parameters<typeof oneDenial>[1]) =>
      (await oneDenial([['93000', { adjustments: [adj('CO-4', 40)] }]], more)).action;
    expect(await step({ payer: 'Humana Medicare Advantage PPO' })).toMatch(
      /send the plan a corrected claim \(frequency code 7 with its claim number\)/,
    );
    expect(await step({ payer: 'NY Medicaid' })).toMatch(/send a replacement claim \(frequency code 7/);
    expect(await step({ payer: 'UnitedHealthcare Choice Plus' })).toMatch(CORRECTED);
    expect(await step({ claimType: 'institutional' })).toMatch(
      /send the MAC an adjustment claim \(type of bill xx7\)/,
    );
    expect(await step({ payer: null })).toMatch(
      /frequency code 7 .* for Medicare Part B ask the MAC for a reopening instead/,
    );
  });

  it('a page on a MAC portal is Medicare even when it names no payer', async () => {
    const f = await oneDenial(
      [['93000', { adjustments: [adj('CO-4', 40)] }]],
      { payer: null },
      { portal: 'novitas' },
    );
    expect(f.action).toMatch(REOPENING);
  });

  it('changes the MAC must check against the records (25, 59/X, split units) go to a redetermination', async () => {
    const [bundled] = await denialOn(['20610', ['99213', { adjustments: [adj('CO-97', 75)] }]]);
    expect(bundled?.action).toMatch(/then request a redetermination with the records within 120 days/);
    expect(bundled?.source).toContain('ch. 29, redetermination');
    const [units] = await denialOn([['A6460 x2', { adjustments: [adj('CO-151', 10)] }]]);
    expect(units?.action).toMatch(/a clerical reopening cannot add lines/);
    const [commercial] = await denialOn([['A6460 x2', { adjustments: [adj('CO-151', 10)] }]], {
      payer: 'Cigna',
    });
    expect(commercial?.action).toMatch(CORRECTED);
  });

  it('a claim returned unprocessable (MA130) is a new claim whatever the payer', async () => {
    for (const payer of ['Medicare', 'Aetna']) {
      const found = await denialOn(
        [['93000', { adjustments: [adj('CO-16', 40)], remarks: ['M51', 'MA130'] }]],
        {
          payer,
        },
      );
      expect(found.map((f) => f.action)).toEqual([
        expect.stringMatching(/and submit a new claim: the claim is unprocessable/),
        expect.stringMatching(/^Correct the procedure code, then submit a new claim/),
        expect.stringMatching(/submit it as a new claim: no appeal, no reopening/),
      ]);
    }
  });

  it('appeals: Medicare redetermination, Advantage reconsideration, commercial appeal', async () => {
    const step = async (payer: string) =>
      (await oneDenial([['93000', { adjustments: [adj('CO-50', 40)] }]], { payer })).action;
    expect(await step('Medicare')).toMatch(/request a redetermination within 120 days/);
    expect(await step('Aetna Medicare Advantage')).toMatch(/ask the plan for a reconsideration/);
    expect(await step('Aetna')).toMatch(/appeal to the payer within its deadline/);
  });

  it('Medicare CO-29: no appeal; commercial CO-29: appeal only with proof', async () => {
    const [medicare] = await denialOn(['99213'], { adjustments: [adj('CO-29', 100)] });
    expect(medicare?.action).toMatch(/^Medicare does not accept appeals of timely filing denials/);
    expect(medicare?.message).toMatch(/past the 12-month filing limit/);
    const [aetna] = await denialOn(['99213'], { payer: 'Aetna', adjustments: [adj('CO-29', 100)] });
    expect(aetna?.action).toMatch(/^Appeal only with proof the claim was filed on time/);
  });
});
