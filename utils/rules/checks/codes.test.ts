import { describe, expect, it } from 'vitest';
import { type ClaimSpec, claim, snapshot } from '../testing/builder';
import { createMemoryStore } from '../testing/memory-store';
import { checkClaimSpec, runSnapshot, tables } from '../testing/run';

/**
 * code-valid, dx-pointer, dx-age-sex against the ICD-10-CM FY2024 / FY2026 code files and the
 * HCPCS April 2024 file (tests/fixtures/rules). FY2025 is deliberately absent.
 */

describe('code-valid: ICD-10-CM by fiscal year of the date of service', () => {
  it.each([
    // FY2024 lists E119 (billable).
    ['E119 in FY2024', ['E119'], '2024-09-10', '2024-09-16', []],
    // E11 is a prefix of E119 and not listed itself: a category header.
    ['E11 header', ['E11'], '2024-09-10', '2024-09-16', ['code-valid error [1]']],
    // R05 became a header in FY2023 (R051…R059 listed, R05 not).
    ['R05 header', ['R05'], '2024-09-10', '2024-09-16', ['code-valid error [1]']],
    // E11A (type 2 diabetes in remission) is in FY2026, not FY2024.
    ['E11A in FY2024', ['E11A'], '2024-09-10', '2024-09-16', ['code-valid error [1]']],
    ['E11A in FY2026', ['E11A'], '2025-11-10', '2025-11-20', []],
    // E668 is billable in FY2024; in FY2026 it is a header (E6681x added).
    ['E668 in FY2024', ['E668'], '2024-09-10', '2024-09-16', []],
    ['E668 in FY2026', ['E668'], '2025-11-10', '2025-11-20', ['code-valid error [1]']],
    // I10 is listed in FY2026.
    ['I10 in FY2026', ['I10'], '2025-11-10', '2025-11-20', []],
    // FY2025 (2024-10-01 … 2025-09-30) is not imported: could not check, never "invalid".
    ['FY2025 not imported', ['E11A'], '2024-11-05', '2024-11-20', ['code-valid could-not-check []']],
  ])('%s', async (_name, dx, dos, today, expected) => {
    expect(await checkClaimSpec({ lines: ['99213'], dx, dos }, { today })).toEqual(expected);
  });

  it('says "needs more characters" for a header and names the fiscal year', async () => {
    const [f] = await runSnapshot(snapshot([claim({ lines: ['99213'], dx: ['E11'] })]));
    expect(f?.message).toBe(
      'Diagnosis A E11 is a category, not a billable code in FY2024: it needs more characters.',
    );
    expect(f?.source).toBe('ICD-10-CM FY2024, effective 2023-10-01');
  });

  it('gives a could-not-check its reason', async () => {
    const [f] = await runSnapshot(snapshot([claim({ lines: ['99213'], dos: '2024-11-05' })]), {
      today: '2024-11-20',
    });
    expect(f?.reason).toContain('FY2025');
  });
});

describe('code-valid: HCPCS Level II codes and modifiers', () => {
  // Dates inside the April 2024 HCPCS file's quarter, which the 2024Q3 MUE table cannot judge.
  const MUE_Q2 = 'mue could-not-check []';
  it.each([
    // J0897 added 2012-01-01, not terminated.
    ['J0897-JZ valid', ['J0897-JZ'], '2024-06-14', [MUE_Q2]],
    // J0000 is not a HCPCS code.
    ['J0000 not a code', ['J0000'], '2024-06-14', ['code-valid error [1]', MUE_Q2]],
    // ZZ is not a Level II modifier (the file has ZA, ZB, ZC) and not a CPT modifier.
    ['modifier ZZ', ['99213-ZZ'], '2024-06-14', ['code-valid error [1]', MUE_Q2]],
    // CPT modifier numbers are built in: 25 is valid, and so is the Category II modifier 8P.
    ['modifier 25', ['99213-25'], '2024-06-14', [MUE_Q2]],
    ['modifier 8P', ['99213-8P'], '2024-06-14', [MUE_Q2]],
  ])('%s', async (_name, lines, dos, expected) => {
    expect(await checkClaimSpec({ lines, dos })).toEqual(expected);
  });

  it('a code missing from a HCPCS file older than the DOS is a warning, not an error (file is April 2024)', async () => {
    const found = await checkClaimSpec(
      { lines: [['J0000', { diagnosisPointers: [] }]], dx: [], dos: '2024-09-10' },
      { today: '2024-09-12' },
    );
    expect(found).toEqual(['code-valid warning [1]']);
  });

  it('G2211 (added 2021-01-01) is not valid on a 2020 date of service', async () => {
    const found = await checkClaimSpec(
      { lines: [['G2211', { diagnosisPointers: [] }]], dx: [], dos: '2020-06-01' },
      { today: '2020-06-10' },
    );
    expect(found).toEqual(['code-valid error [1]', 'mue could-not-check []']);
  });
});

describe('code-valid with only the built-in HCPCS modifier list', () => {
  // What a fresh install has: the bundled HCPCS set holds the Level II modifiers, not the codes.
  const builtInOnly = () => {
    const t = tables();
    return createMemoryStore({
      ...t,
      hcpcs: t.hcpcs && {
        ...t.hcpcs,
        info: {
          label: 'HCPCS Level II modifiers 2024 APR',
          version: '2024 APR modifiers',
          effectiveFrom: '1984-01-01',
          bundled: true,
        },
      },
    });
  };

  it('a Level II code (G2211, J3301) is "could not check", never an error or a warning', async () => {
    const found = await runSnapshot(
      snapshot([
        claim({
          lines: [
            ['G2211', { diagnosisPointers: [] }],
            ['J3301', { diagnosisPointers: [] }],
          ],
          dx: [],
          dos: '2026-10-21',
        }),
      ]),
      { today: '2026-10-25', store: builtInOnly() },
    );
    const codeValid = found.filter((f) => f.rule === 'code-valid');
    expect(codeValid.map((f) => f.severity)).toEqual(['could-not-check']);
    expect(codeValid[0]?.reason).toContain('G2211, J3301');
    expect(codeValid[0]?.reason).toContain('only the built-in modifier list');
  });

  it('the modifiers on the line are still checked against the built-in list', async () => {
    const found = await checkClaimSpec(
      { lines: [['99213-ZZ', { diagnosisPointers: [] }]], dx: [], dos: '2024-09-10' },
      { store: builtInOnly() },
    );
    // A warning: the built-in list is dated (a newer modifier may be missing from it). A date the MUE
    // table is in force, so MUE has nothing to say.
    expect(found).toEqual(['code-valid warning [1]']);
  });
});

describe('dx-pointer', () => {
  const cases: [string, ClaimSpec, string[]][] = [
    [
      'pointer to a missing letter',
      { lines: [['99213', { diagnosisPointers: ['A', 'B'] }]] },
      ['dx-pointer error [1]'],
    ],
    [
      'five pointers',
      {
        lines: [['99213', { diagnosisPointers: ['A', 'B', 'C', 'D', 'E'] }]],
        dx: ['I10', 'E119', 'M1711', 'N400', 'R051'],
      },
      ['dx-pointer error [1]'],
    ],
    [
      'four pointers, all present',
      {
        lines: [['99213', { diagnosisPointers: ['A', 'B', 'C', 'D'] }]],
        dx: ['I10', 'E119', 'M1711', 'R051'],
      },
      [],
    ],
    [
      'no pointer on a claim being keyed',
      { lines: [['99213', { diagnosisPointers: [] }]] },
      ['dx-pointer warning [1]'],
    ],
  ];
  it.each(cases)('%s', async (_name, spec, expected) => {
    expect(await checkClaimSpec(spec)).toEqual(expected);
  });

  it('stays quiet about missing pointers on a status page (they are often not shown)', async () => {
    const snap = snapshot([claim({ lines: [['99213', { diagnosisPointers: [] }]] })], {
      kind: 'claim-status',
    });
    expect(await runSnapshot(snap)).toEqual([]);
  });
});

describe('dx-age-sex (warning only)', () => {
  it.each([
    [
      'O80 (maternity) for a 40-year-old man',
      ['O80'],
      { age: 40, sex: 'M' as const },
      ['dx-age-sex warning [1]'],
    ],
    ['O80 for a 30-year-old woman', ['O80'], { age: 30, sex: 'F' as const }, []],
    ['O80 for a 9-year-old girl', ['O80'], { age: 9, sex: 'F' as const }, ['dx-age-sex warning [1]']],
    ['P0739 (perinatal) at 45', ['P0739'], { age: 45, sex: 'F' as const }, ['dx-age-sex warning [1]']],
    ['P0739 for a newborn', ['P0739'], { age: 0, sex: 'M' as const }, []],
    ['N400 (prostate) for a woman', ['N400'], { age: 70, sex: 'F' as const }, ['dx-age-sex warning [1]']],
    ['Z0000 (adult exam) at 8', ['Z0000'], { age: 8, sex: 'F' as const }, ['dx-age-sex warning [1]']],
    ['I10 has no age or sex range', ['I10'], { age: 3, sex: 'M' as const }, []],
  ])('%s', async (_name, dx, p, expected) => {
    const snap = snapshot([claim({ lines: ['99213'], dx })], { patient: { initials: 'AB', ...p } });
    const found = (await runSnapshot(snap)).map((f) => `${f.rule} ${f.severity} [${f.lines.join(',')}]`);
    expect(found).toEqual(expected);
  });

  it('says nothing when the page shows no patient details', async () => {
    expect(await checkClaimSpec({ lines: ['99213'], dx: ['O80'] })).toEqual([]);
  });
});
