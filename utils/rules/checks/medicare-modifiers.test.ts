import { describe, expect, it } from 'vitest';
import type { CoveragePeriod } from '../../model/eligibility';
import type { PayerPackInput } from '../payer-pack';
import type { RuleSettingsInput } from '../settings';
import { brief, type ClaimSpec, claim, eligibility, snapshot } from '../testing/builder';
import { checkClaimSpec, runSnapshot } from '../testing/run';

/**
 * The modifiers Medicare denies most for (CO-4): mod-therapy, mod-anesthesia, mod-ambulance,
 * mod-hospice, mod-excluded. Every case runs the whole engine on the real table slices
 * (tests/fixtures/rules: PTP v30.1, MUE 2024Q3, PFS RVU24C, HCPCS April 2024), so a case also shows
 * that no other check speaks. DOS 2024-09-10, payer Medicare, POS 11 unless a case says otherwise.
 */

type Case = [string, ClaimSpec, string[]];

const pack = (payer: string, rules: PayerPackInput['rules']): PayerPackInput => ({
  schema: 1,
  name: `${payer} pack`,
  version: '2026-11',
  payer: { namePattern: payer },
  rules,
});

describe('mod-therapy: GP / GO / GN, CQ / CO', () => {
  const cases: Case[] = [
    ['97110-GP: the discipline matches', { lines: ['97110-GP'] }, []],
    ['97110 without a discipline (Medicare)', { lines: ['97110'] }, ['mod-therapy error [1]']],
    ['97161-GP: PT evaluation with GP', { lines: ['97161-GP'] }, []],
    ['97161-GO: GO on a PT evaluation', { lines: ['97161-GO'] }, ['mod-therapy error [1]']],
    ['97161 without a discipline', { lines: ['97161'] }, ['mod-therapy error [1]']],
    ['97165-GO: OT evaluation with GO', { lines: ['97165-GO'] }, []],
    ['97166-GP: GP on an OT evaluation', { lines: ['97166-GP'] }, ['mod-therapy error [1]']],
    ['97168-GO: OT re-evaluation', { lines: ['97168-GO'] }, []],
    ['92521-GN: SLP evaluation with GN', { lines: ['92521-GN'] }, []],
    ['92523-GP: GP on an SLP evaluation', { lines: ['92523-GP'] }, ['mod-therapy error [1]']],
    ['92507 (SLP treatment) without a discipline', { lines: ['92507'] }, ['mod-therapy error [1]']],
    ['G0283-GP (unattended e-stim, HCPCS)', { lines: ['G0283-GP'] }, []],
    ['97110-GP-GO: two disciplines on one line', { lines: ['97110-GP-GO'] }, ['mod-therapy error [1]']],
    ['97110-GP-CQ: PT assistant under PT', { lines: ['97110-GP-CQ'] }, []],
    ['97530-GO-CO: OT assistant under OT', { lines: ['97530-GO-CO'] }, []],
    ['97110-GO-CQ: CQ goes with GP', { lines: ['97110-GO-CQ'] }, ['mod-therapy error [1]']],
    ['97110-CQ: CQ without GP (one finding)', { lines: ['97110-CQ'] }, ['mod-therapy error [1]']],
    ['97110-GP-CQ-CO: both assistants', { lines: ['97110-GP-CQ-CO'] }, ['mod-therapy error [1]']],
    ['97597 (sometimes therapy) without a discipline', { lines: ['97597'] }, []],
    ['97597-GP (sometimes therapy under a PT plan)', { lines: ['97597-GP'] }, []],
    ['99213-GP: not a therapy code', { lines: ['99213-GP'] }, ['mod-therapy warning [1]']],
    [
      'a PT visit: evaluation, exercise and manual therapy, all GP (no PTP edit in force among them)',
      { lines: ['97161-GP', '97110-GP x2', '97140-GP'] },
      [],
    ],
    [
      'Medicare Advantage: a warning',
      { payer: 'Humana Medicare Advantage', lines: ['97110'] },
      ['mod-therapy warning [1]'],
    ],
    ['a commercial payer: a warning', { payer: 'Aetna', lines: ['97110'] }, ['mod-therapy warning [1]']],
    [
      'institutional claims carry the discipline too',
      { claimType: 'institutional', lines: ['97110'] },
      ['mod-therapy error [1]'],
    ],
  ];
  it.each(cases)('%s', async (_name, spec, expected) => {
    expect(await checkClaimSpec(spec)).toEqual(expected);
  });

  it('payer settings raise, lower or silence it for one payer', async () => {
    const spec: ClaimSpec = { payer: 'Aetna', lines: ['97110'] };
    const raised: RuleSettingsInput = {
      payerRules: [{ payerPattern: 'aetna', rules: { 'mod-therapy': { severity: 'error' } } }],
    };
    expect(await checkClaimSpec(spec, { settings: raised })).toEqual(['mod-therapy error [1]']);
    const silenced: RuleSettingsInput = {
      payerRules: [{ payerPattern: 'aetna', rules: { 'mod-therapy': { enabled: false } } }],
    };
    expect(await checkClaimSpec(spec, { settings: silenced })).toEqual([]);
    const byPack: RuleSettingsInput = { payerPacks: [pack('aetna', { 'mod-therapy': { enabled: false } })] };
    expect(await checkClaimSpec(spec, { settings: byPack })).toEqual([]);
    // Another payer is untouched by Aetna's settings.
    expect(await checkClaimSpec({ ...spec, payer: 'Cigna' }, { settings: silenced })).toEqual([
      'mod-therapy warning [1]',
    ]);
  });

  it('tells the biller which modifier to add', async () => {
    const [evaluation] = await runSnapshot(snapshot([claim({ lines: ['97161-GO'] })]));
    expect(evaluation?.message).toBe(
      '97161 on line 1 is a physical therapy evaluation billed with GO (occupational therapy).',
    );
    expect(evaluation?.action).toMatch(/^Use GP on line 1/);
    const [missing] = await runSnapshot(snapshot([claim({ lines: ['97110'] })]));
    expect(missing?.action).toMatch(/GP physical therapy, GO occupational therapy, GN speech-language/);
    expect(missing?.source).toContain('Pub. 100-04 ch. 5 §20.1');
  });
});

describe('mod-anesthesia: AA / AD / QK / QX / QY / QZ', () => {
  const named: RuleSettingsInput = { payerPacks: [pack('aetna', { 'mod-anesthesia': { enabled: true } })] };
  const cases: [string, ClaimSpec, string[], RuleSettingsInput?][] = [
    ['00790 without a pricing modifier', { lines: ['00790'] }, ['mod-anesthesia error [1]']],
    ['00790-AA: personally performed', { lines: ['00790-AA'] }, []],
    ['00790-QK: medical direction', { lines: ['00790-QK'] }, []],
    ['00142-QZ: CRNA without direction', { lines: ['00142-QZ'] }, []],
    ['01402-QX: CRNA with direction', { lines: ['01402-QX'] }, []],
    ['00790-AA-QZ: contradict', { lines: ['00790-AA-QZ'] }, ['mod-anesthesia error [1]']],
    ['00790-QK-QX: contradict on one line', { lines: ['00790-QK-QX'] }, ['mod-anesthesia error [1]']],
    [
      'anesthesiologist and CRNA on lines of their own',
      { lines: ['00790-QK', '00790-QX'] },
      // Two lines of the same code on one day: the duplicate check asks whether it is a repeat.
      ['duplicate warning [1,2]'],
    ],
    ['a non-Medicare payer with no setting: quiet', { payer: 'Aetna', lines: ['00790'] }, []],
    [
      'a pack that names the check for its payer: a warning',
      { payer: 'Aetna', lines: ['00790'] },
      ['mod-anesthesia warning [1]'],
      named,
    ],
    ['99213-QZ: a pricing modifier on a visit', { lines: ['99213-QZ'] }, ['mod-anesthesia warning [1]']],
    ['36556-QZ: a CRNA line procedure', { lines: ['36556-QZ'] }, []],
    ['36556-AA: AA is for anesthesia codes', { lines: ['36556-AA'] }, ['mod-anesthesia warning [1]']],
  ];
  it.each(cases)('%s', async (_name, spec, expected, settings) => {
    expect(await checkClaimSpec(spec, { settings })).toEqual(expected);
  });

  it('names both contradicting modifiers', async () => {
    const [f] = await runSnapshot(snapshot([claim({ lines: ['00790-AA-QZ'] })]));
    expect(f?.message).toContain('AA (personally performed by the anesthesiologist)');
    expect(f?.message).toContain('QZ (CRNA without medical direction)');
  });
});

describe('mod-ambulance: origin/destination pairs', () => {
  const cases: Case[] = [
    ['A0427-RH: residence to hospital', { lines: ['A0427-RH'] }, []],
    ['A0427 without a pair', { lines: ['A0427'] }, ['mod-ambulance error [1]']],
    ['A0427-XH: X is a destination only', { lines: ['A0427-XH'] }, ['mod-ambulance error [1]']],
    [
      'A0427-XS: X first, even if XS means something elsewhere',
      { lines: ['A0427-XS'] },
      ['mod-ambulance error [1]'],
    ],
    ['A0427-RH-HR: two pairs on one line', { lines: ['A0427-RH-HR'] }, ['mod-ambulance error [1]']],
    ['A0427-RX: residence to a physician office stop', { lines: ['A0427-RX'] }, []],
    ['A0427-GN: GN is a pair on an ambulance line (not speech therapy)', { lines: ['A0427-GN'] }, []],
    ['A0434-HH: specialty care transport between hospitals', { lines: ['A0434-HH'] }, []],
    ['A0429-SH-QM: a pair with another modifier', { lines: ['A0429-SH-QM'] }, []],
    ['base rate and mileage, both with the pair', { lines: ['A0427-RH', 'A0425-RH x12'] }, []],
    ['mileage without the pair', { lines: ['A0427-RH', 'A0425 x12'] }, ['mod-ambulance error [2]']],
    ['every payer: Aetna too', { payer: 'Aetna', lines: ['A0428'] }, ['mod-ambulance error [1]']],
    // RH is not in the HCPCS modifier list: one finding (code-valid leaves it to this check).
    ['99213-RH: an ambulance pair on a visit', { lines: ['99213-RH'] }, ['mod-ambulance error [1]']],
  ];
  it.each(cases)('%s', async (_name, spec, expected) => {
    expect(await checkClaimSpec(spec)).toEqual(expected);
  });
});

describe('mod-hospice: GW / GV when a hospice election is open', () => {
  const hospice = (from: string, to: string | null = null): CoveragePeriod => ({
    name: 'Sunrise Hospice',
    from,
    to,
    detail: null,
  });
  const run = async (spec: ClaimSpec, periods: CoveragePeriod[] | null, settings?: RuleSettingsInput) =>
    brief(
      await runSnapshot(
        snapshot([claim(spec)], periods ? { eligibility: eligibility({ hospice: periods }) } : {}),
        { settings },
      ),
    );
  it.each([
    ['an E/M without GW or GV', { lines: ['99214'] }, [hospice('2024-08-01')], ['mod-hospice warning [1]']],
    ['GW present: quiet', { lines: ['99214-GW'] }, [hospice('2024-08-01')], []],
    ['GV present (attending physician): quiet', { lines: ['99214-GV'] }, [hospice('2024-08-01')], []],
    ['election revoked before the DOS', { lines: ['99214'] }, [hospice('2024-05-01', '2024-07-31')], []],
    [
      'one line with GW, one without: only that one',
      { lines: ['99214-GW', '99309'] },
      [hospice('2024-08-01')],
      ['mod-hospice warning [2]'],
    ],
    [
      'election from the 5th: only the line on or after it',
      { lines: [['99214', { dosFrom: '2024-09-01' }], '99309'] },
      [hospice('2024-09-05')],
      ['mod-hospice warning [2]'],
    ],
    ['no eligibility read on the page: quiet', { lines: ['99214'] }, null, []],
    [
      'a non-Medicare payer with no setting: only the election is said',
      { payer: 'Aetna', lines: ['99214'] },
      [hospice('2024-08-01')],
      ['elig-hospice warning []'],
    ],
    [
      'an institutional claim (condition code 07, not GW): only the election is said',
      { claimType: 'institutional', lines: ['99214'] },
      [hospice('2024-08-01')],
      ['elig-hospice warning []'],
    ],
  ] as [string, ClaimSpec, CoveragePeriod[] | null, string[]][])(
    '%s',
    async (_name, spec, periods, expected) => {
      expect(await run(spec, periods)).toEqual(expected);
    },
  );

  it('with mod-hospice off, the election is still said once (elig-hospice)', async () => {
    const off: RuleSettingsInput = { rules: { 'mod-hospice': { enabled: false } } };
    expect(await run({ lines: ['99214'] }, [hospice('2024-08-01')], off)).toEqual([
      'elig-hospice warning []',
    ]);
  });
});

describe('mod-excluded: services Medicare never covers, without GY', () => {
  const named: RuleSettingsInput = { payerPacks: [pack('aetna', { 'mod-excluded': { enabled: true } })] };
  const cases: [string, ClaimSpec, string[], RuleSettingsInput?][] = [
    // MUE 99397 = 0 too: mod-excluded says why and what to add, once.
    ['99397 routine preventive visit without GY', { lines: ['99397'] }, ['mod-excluded info [1]']],
    ['99397-GY: quiet', { lines: ['99397-GY'] }, []],
    ['99387 new-patient preventive visit', { lines: ['99387'] }, ['mod-excluded info [1]']],
    ['92015 refraction', { lines: ['92015'] }, ['mod-excluded info [1]']],
    ['92015-GY with the eye visit', { lines: ['92014', '92015-GY'] }, []],
    ['V5261 hearing aid', { lines: ['V5261'] }, ['mod-excluded info [1]']],
    ['V5010 hearing aid assessment, GY', { lines: ['V5010-GY'] }, []],
    ['11719 nail trimming (routine foot care)', { lines: ['11719'] }, ['mod-excluded info [1]']],
    ['11719-Q8: class findings make it covered', { lines: ['11719-Q8'] }, []],
    ['G0127-Q7', { lines: ['G0127-Q7'] }, []],
    [
      '99397-GA: GA is the wrong notice for an excluded service',
      { lines: ['99397-GA'] },
      ['mod-excluded info [1]'],
    ],
    // GY with GA stays the abn check's finding.
    ['99397-GY-GA', { lines: ['99397-GY-GA'] }, ['abn error [1]']],
    // mod-excluded says nothing here; the MUE of 0 stays the mue check's (applied to every payer).
    ['a non-Medicare payer with no setting: quiet', { payer: 'Aetna', lines: ['99397'] }, ['mue error [1]']],
    [
      'Medicare Advantage (supplemental benefits): quiet',
      { payer: 'Humana Medicare Advantage', lines: ['99397'] },
      ['mue error [1]'],
    ],
    [
      'a pack that names the check for its payer',
      { payer: 'Aetna', lines: ['99397'] },
      ['mod-excluded info [1]'],
      named,
    ],
  ];
  it.each(cases)('%s', async (_name, spec, expected, settings) => {
    expect(await checkClaimSpec(spec, { settings })).toEqual(expected);
  });

  it('with mod-excluded off, the MUE of 0 still says Medicare does not pay it', async () => {
    const off: RuleSettingsInput = { rules: { 'mod-excluded': { enabled: false } } };
    expect(await checkClaimSpec({ lines: ['99397'] }, { settings: off })).toEqual(['mue error [1]']);
  });

  it('says why GY matters', async () => {
    const [f] = await runSnapshot(snapshot([claim({ lines: ['99397-GA'] })]));
    expect(f?.message).toContain('routine preventive visit');
    expect(f?.action).toContain('Add GY to line 1');
    expect(f?.action).toContain('GA is for services that may be denied as not necessary');
  });
});

describe('a modifier that is not valid for the code family is reported once, by one check', () => {
  it.each([
    ['99213-GP', 'mod-therapy warning [1]'],
    ['99213-CQ', 'mod-therapy warning [1]'],
    ['99213-QZ', 'mod-anesthesia warning [1]'],
    ['99213-RH', 'mod-ambulance error [1]'],
    ['20610-25', 'mod-25 warning [1]'],
    ['20610-57', 'global warning [1]'],
    // PC/TC 0 and 4: 26/TC belong to pctc.
    ['99213-26', 'pctc error [1]'],
    ['93000-TC', 'pctc error [1]'],
  ])('%s → %s only', async (line, only) => {
    expect(await checkClaimSpec({ lines: [line] })).toEqual([only]);
  });
});
