import { describe, expect, it } from 'vitest';
import { adj, brief, type ClaimSpec, claim, snapshot } from '../testing/builder';
import { denialOn, SUGGESTS_59_OR_X } from '../testing/denial';
import { checkClaimSpec, runSnapshot } from '../testing/run';

/**
 * Where ClaimLens must read CMS policy as CMS does (issue 11), on the real table slices
 * (tests/fixtures/rules: PTP v30.1, MUE 2024Q3 effective 2024-07-01, PFS RVU24C July 2024).
 * DOS 2024-09-10, Medicare, POS 11 unless a case says otherwise.
 */

describe('PFS rows: the row for the modifier billed, then the global row', () => {
  const cases: [string, ClaimSpec, string[]][] = [
    // 84166: global row status X, PC/TC 9; "84166 26" row status A, PC/TC 6 (interpretation): 26 allowed.
    ['84166-26: the 26 row (indicator 6) allows it', { lines: ['84166-26'] }, []],
    // No TC row: the lab test itself is not a fee-schedule service; indicator 6 codes never take TC.
    ['84166-TC: indicator 6 takes no TC', { lines: ['84166-TC'] }, ['pctc error [1]']],
    ['88371-26 (26 row indicator 6)', { lines: ['88371-26'] }, []],
    ['88371-TC', { lines: ['88371-TC'] }, ['pctc error [1]']],
    ['83020-26 (26 row indicator 6)', { lines: ['83020-26'] }, []],
    ['83020-TC', { lines: ['83020-TC'] }, ['pctc error [1]']],
    ['86335-26 (26 row indicator 6)', { lines: ['86335-26'] }, []],
    // 76519: global and TC rows bilateral 2 (already bilateral, no 50); the 26 row says 3 (per side).
    ['76519-50 (global row bilateral 2)', { lines: ['76519-50'] }, ['bilateral error [1]']],
    ['76519-TC-50 (TC row bilateral 2)', { lines: ['76519-TC-50'] }, ['bilateral error [1]']],
    ['76519-26-50 (26 row bilateral 3)', { lines: ['76519-26-50'] }, []],
    ['92136-26-50 (26 row bilateral 3)', { lines: ['92136-26-50'] }, []],
    // 77022: global row assistant 0 (documentation), 26 row assistant 9 (never paid).
    ['77022-80 (global row assistant 0)', { lines: ['77022-80'] }, ['asst warning [1]']],
    ['77022-26-80 (26 row assistant 9)', { lines: ['77022-26-80'] }, ['asst error [1]']],
    // 72159: global row assistant 0, TC row assistant 9.
    ['72159-TC-80 (TC row assistant 9)', { lines: ['72159-TC-80'] }, ['asst error [1]']],
    ['72159-26-80 (26 row assistant 0)', { lines: ['72159-26-80'] }, ['asst warning [1]']],
  ];
  it.each(cases)('%s', async (_name, spec, expected) => {
    expect(await checkClaimSpec(spec)).toEqual(expected);
  });

  it('says why TC is wrong on an interpretation-only code', async () => {
    const [f] = await runSnapshot(snapshot([claim({ lines: ['84166-TC'] })]));
    expect(f?.message).toBe(
      '84166 on line 1 is billed with TC, but it has no technical component (indicator 6).',
    );
    expect(f?.action).toMatch(/only the interpretation \(26\)/);
  });
});

describe('24, 25 and 57 count only on an E/M service', () => {
  const cases: [string, ClaimSpec, string[]][] = [
    // PTP 67413|93042 ind 1. 25/24/57 on 93042 (an ECG, not an E/M): the pair stays bundled, and the
    // misuse itself is reported once (25 by mod-25, 24 and 57 by global).
    ['67413 + 93042-25', { lines: ['67413', '93042-25'] }, ['mod-25 warning [2]', 'ptp error [1,2]']],
    ['67413 + 93042-24', { lines: ['67413', '93042-24'] }, ['global warning [2]', 'ptp error [1,2]']],
    ['67413 + 93042-57', { lines: ['67413', '93042-57'] }, ['global warning [2]', 'ptp error [1,2]']],
    ['67413 + 93042-XU: a distinct-service modifier bypasses', { lines: ['67413', '93042-XU'] }, []],
    // PTP 20611|20610 ind 1: 25 on the column-2 procedure does not bypass.
    ['20611 + 20610-25', { lines: ['20611', '20610-25'] }, ['mod-25 warning [2]', 'ptp error [1,2]']],
    // 25 on the procedure instead of the E/M (PTP 20610|99213 ind 1): the pair fires (add 25 to the
    // E/M) and the misuse says to move it.
    ['99213 + 20610-25', { lines: ['99213', '20610-25'] }, ['mod-25 warning [2]', 'ptp error [1,2]']],
    ['20610-25 alone', { lines: ['20610-25'] }, ['mod-25 warning [1]']],
    // 58/78/79 are procedure modifiers: 79 on the column-2 procedure still bypasses (PTP 29880|29881 ind 1).
    ['29880-RT + 29881-RT-79', { lines: ['29880-RT', '29881-RT-79'] }, []],
    // The eye visits 92002–92014 take 25 like an E/M (PTP 65205|92012 ind 1; 65205 is a 000 procedure).
    ['65205 + 92012-25', { lines: ['65205', '92012-25'] }, []],
    ['65205 + 92012 (the pair says to add 25)', { lines: ['65205', '92012'] }, ['ptp error [1,2]']],
    [
      '65205-XS + 92012: the pair is bypassed, the visit still needs 25',
      { lines: ['65205-XS', '92012'] },
      ['mod-25 error [1,2]'],
    ],
    ['99213-25 + 20610 (25 where it belongs)', { lines: ['99213-25', '20610'] }, []],
  ];
  it.each(cases)('%s', async (_name, spec, expected) => {
    expect(await checkClaimSpec(spec)).toEqual(expected);
  });

  it('denial guidance reads the eye visit as the ptp check does: CO-97 on 92012 asks for 25, never 59/X', async () => {
    // PTP 65205|92012 ind 1: the modifier goes on the eye visit, and for it that is 25.
    const [f] = await denialOn(['65205', ['92012', { adjustments: [adj('CO-97', 60)] }]]);
    expect(f?.action).toMatch(/add 25 to the E\/M on line 2/);
    expect(f?.action).not.toMatch(SUGGESTS_59_OR_X);
    // With no pair in sight (CO-236 on 92014 alone), the eye visit still gets 25/57 only.
    const [alone] = await denialOn([['92014', { adjustments: [adj('CO-236', 60)] }]]);
    expect(alone?.action).toMatch(/add 25/);
    expect(alone?.action).not.toMatch(SUGGESTS_59_OR_X);
  });

  it('the pair finding says why 25 did not count, and the misuse says where 25 belongs', async () => {
    const found = await runSnapshot(snapshot([claim({ lines: ['67413', '93042-25'] })]));
    expect(found.find((f) => f.rule === 'ptp')?.message).toContain(
      '(25 on line 2 does not count: it is for E/M visits only)',
    );
    const moved = await runSnapshot(snapshot([claim({ lines: ['99213', '20610-25'] })]));
    expect(moved.find((f) => f.rule === 'mod-25')?.action).toBe(
      'Move 25 to the E/M on line 1 if it applies there, and remove it from line 2.',
    );
  });
});

describe('anatomic modifiers: the deliberate reading', () => {
  it.each([
    // PTP 38573|12017 ind 1. RT on the column-2 line only counts as a bypass (claims systems compare
    // modifiers mechanically; policy text does not settle it).
    ['38573 + 12017-RT', ['38573', '12017-RT'], []],
    // The same site on both lines is not a different site.
    ['38573-RT + 12017-RT', ['38573-RT', '12017-RT'], ['ptp error [1,2]']],
    ['38573-RT + 12017-LT', ['38573-RT', '12017-LT'], []],
  ])('%s', async (_name, lines, expected) => {
    expect(await checkClaimSpec({ lines })).toEqual(expected);
  });
});

describe('a release is applied only to the dates it covers (sweep of the other checks)', () => {
  it('PFS: a date in an earlier year than the fee schedule is "could not check", the rest is checked', async () => {
    // RVU24C holds the 2024 fee schedule. 93000-26 (PC/TC 4: no 26) on 2023-12-20 cannot be judged by
    // it; 93010-26 (PC/TC 2) on 2024-09-10 can. (MUE 2024Q3 cannot judge 2023-12-20 either.)
    const found = await runSnapshot(
      snapshot([claim({ lines: [['93000-26', { dosFrom: '2023-12-20' }], '93010-26'] })]),
    );
    expect(brief(found)).toEqual(['mue could-not-check [1]', 'pctc could-not-check [1]', 'pctc error [2]']);
    const early = found.find((f) => f.rule === 'pctc' && f.severity === 'could-not-check');
    expect(early?.reason).toBe(
      'Medicare PFS RVU24C holds the 2024 fee schedule; 2023-12-20 is earlier: import the release in force then.',
    );
  });

  it('PFS: an earlier quarter of the same year is judged, and the source says the file is newer', async () => {
    const found = await runSnapshot(snapshot([claim({ lines: ['93000-26'], dos: '2024-03-05' })]));
    expect(brief(found)).toEqual(['mue could-not-check []', 'pctc error [1]']);
    expect(found.find((f) => f.rule === 'pctc')?.source).toBe(
      'Medicare PFS RVU24C, effective 2024-07-01 — newer than this date of service (2024-03-05)',
    );
  });

  it('global surgery: a procedure dated before the fee schedule year is not judged by it', async () => {
    // 29881 (090) on 2023-12-01 and 11042 on 2024-01-20: the 2024 file cannot say 29881's global days
    // in 2023, so no "inside the global period" from it.
    const found = await checkClaimSpec({
      lines: [
        ['29881', { dosFrom: '2023-12-01' }],
        ['11042', { dosFrom: '2024-01-20' }],
      ],
    });
    expect(found.filter((f) => f.startsWith('global'))).toEqual(['global could-not-check [1]']);
  });

  it('KX: each calendar year is compared with its own threshold', async () => {
    const kx = async (spec: ClaimSpec) =>
      (await checkClaimSpec(spec, { today: '2025-01-10' })).filter((f) => f.startsWith('kx'));
    // $1,500 in 2024 and $1,500 in 2025: neither year passes its threshold ($2,330 / $2,410).
    expect(
      await kx({
        lines: [
          ['97110-GP x4', { charge: 1500, dosFrom: '2024-12-20' }],
          ['97110-GP x4', { charge: 1500, dosFrom: '2025-01-03' }],
        ],
      }),
    ).toEqual([]);
    // $2,500 in 2024: only the 2024 line passes its year's threshold.
    expect(
      await kx({
        lines: [
          ['97110-GP x4', { charge: 2500, dosFrom: '2024-12-20' }],
          ['97110-GP x1', { charge: 100, dosFrom: '2025-01-03' }],
        ],
      }),
    ).toEqual(['kx warning [1]']);
  });

  it('denial guidance does not cite an MUE table newer than the denied line', async () => {
    const denied = (dos: string) =>
      runSnapshot(
        snapshot([claim({ lines: [['20610 x3', { adjustments: [adj('CO-151', 100)] }]], dos })], {
          kind: 'remittance',
        }),
      );
    const before = (await denied('2024-06-26')).find((f) => f.rule === 'denial');
    expect(before?.message).not.toContain('The MUE for 20610');
    const after = (await denied('2024-08-09')).find((f) => f.rule === 'denial');
    expect(after?.message).toContain('The MUE for 20610 is 2 (MAI 3)');
  });
});
