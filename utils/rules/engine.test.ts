import { describe, expect, it } from 'vitest';
import { checkClaim } from './engine';
import { formatPayerNames } from './payer-names';
import { DEFAULT_RULE_SETTINGS, RuleSettings } from './settings';
import { brief, claim, snapshot } from './testing/builder';
import { createMemoryStore } from './testing/memory-store';
import { checkClaimSpec, runSnapshot, TEST_TODAY, tables } from './testing/run';

describe('engine', () => {
  it('asks the store once per claim, with the claim’s codes, setting and dates', async () => {
    const store = createMemoryStore(tables());
    const snap = snapshot([
      claim({ lines: ['20610-RT', '99213-25'], dx: ['M1711'] }),
      claim({ lines: [['71046', { pos: '22' }]], claimType: 'institutional', dos: '2024-06-15' }),
    ]);
    await runSnapshot(snap, { store });
    expect(store.calls).toEqual([
      {
        codes: ['20610', '99213'],
        modifiers: ['25', 'RT'],
        diagnoses: ['M1711'],
        datesOfService: ['2024-09-10'],
        setting: 'practitioner',
        placesOfService: ['11'],
      },
      {
        codes: ['71046'],
        modifiers: [],
        diagnoses: ['I10'],
        datesOfService: ['2024-06-15'],
        setting: 'hospital',
        placesOfService: ['22'],
      },
    ]);
  });

  it('claims asking the same question share one load, and each still gets its own findings', async () => {
    const store = createMemoryStore(tables());
    const pair = { lines: ['20611', '20610'] };
    const snap = snapshot([claim(pair), claim({ lines: ['99213'] }), claim(pair), claim(pair)]);
    const found = await runSnapshot(snap, { store });
    expect(store.calls.map((q) => q.codes)).toEqual([['20610', '20611'], ['99213']]);
    const ptpClaims = found.filter((f) => f.rule === 'ptp').map((f) => f.claimIndex);
    expect(ptpClaims).toEqual([0, 2, 3]);
  });

  it('a clean claim of several services produces no finding at all', async () => {
    // 20610-RT with 99213-25 (PTP 20610|99213 bypassed by 25), 96372 with J3301 (no pair), M1711 valid FY2024.
    const found = await checkClaimSpec({
      lines: ['99213-25', '20610-RT', '96372', 'J3301 x4'],
      dx: ['M1711'],
    });
    // PTP 20610|96372 ind 1 and 96372|99213 ind 1 (99213 has 25) — 96372 needs a modifier: prove it fires…
    expect(found).toEqual(['ptp error [2,3]']);
    // …and that with XU on the injection the claim is clean.
    expect(
      await checkClaimSpec({ lines: ['99213-25', '20610-RT', '96372-XU', 'J3301 x4'], dx: ['M1711'] }),
    ).toEqual([]);
  });

  it('without rule data says "could not check" once per rule per claim — never silence, never a false alarm', async () => {
    const store = createMemoryStore({});
    const found = await runSnapshot(snapshot([claim({ lines: ['20610', '99213'] })]), { store });
    expect(brief(found)).toEqual([
      'addon could-not-check []',
      'code-valid could-not-check []',
      'global could-not-check []',
      'med-necessity could-not-check []',
      'mod-25 could-not-check []',
      'mue could-not-check []',
      'pos could-not-check []',
      'ptp could-not-check []',
    ]);
    expect(found.find((f) => f.rule === 'ptp')?.reason).toBe(
      'No NCCI PTP practitioner edits loaded: import the four …-ccipra-v…-f1.zip to -f4.zip files of the quarter.',
    );
  });

  it('lowers or switches off a rule globally and per payer; could-not-check keeps its level', async () => {
    const lowered = { rules: { ptp: { severity: 'warning' as const } } };
    expect(await checkClaimSpec({ lines: ['20611', '20610'] }, { settings: lowered })).toEqual([
      'ptp warning [1,2]',
    ]);
    const off = { rules: { ptp: { enabled: false } } };
    expect(await checkClaimSpec({ lines: ['20611', '20610'] }, { settings: off })).toEqual([]);
    const perPayer = { payerRules: [{ payerPattern: 'aetna', rules: { ptp: { enabled: false } } }] };
    expect(
      await checkClaimSpec({ payer: 'Aetna', lines: ['20611', '20610'] }, { settings: perPayer }),
    ).toEqual([]);
    expect(
      await checkClaimSpec({ payer: 'Cigna', lines: ['20611', '20610'] }, { settings: perPayer }),
    ).toEqual(['ptp error [1,2]']);
    const found = await runSnapshot(snapshot([claim({ lines: ['20611', '20610'] })]), {
      store: createMemoryStore({}),
      settings: lowered,
    });
    expect(found.find((f) => f.rule === 'ptp')?.severity).toBe('could-not-check');
  });

  it('numbers findings by claim on a page with several claims', async () => {
    const snap = snapshot([claim({ lines: ['99213'] }), claim({ lines: ['20611', '20610'] })], {
      kind: 'claim-status',
    });
    const found = await runSnapshot(snap);
    expect(found.map((f) => [f.rule, f.claimIndex, f.lines])).toEqual([['ptp', 1, [1, 2]]]);
  });

  it('a check that trips over malformed rule data reports could-not-check and the others still run', async () => {
    const real = createMemoryStore(tables());
    const store = {
      ...real,
      async load(q: Parameters<typeof real.load>[0]) {
        const data = await real.load(q);
        // A broken store answer: "ok" without a value.
        return { ...data, pfs: { ...data.pfs, value: undefined } } as unknown as typeof data;
      },
    };
    const found = await runSnapshot(snapshot([claim({ lines: ['20611', '20610', '99213'] })]), { store });
    // PTP 20611|20610, 20611|99213 and 20610|99213 (all ind 1) still fire; the two PFS checks say they could not run.
    expect(brief(found)).toEqual([
      'global could-not-check []',
      'mod-25 could-not-check []',
      'ptp error [1,2]',
      'ptp error [1,3]',
      'ptp error [2,3]',
    ]);
  });

  it('settings parse from an empty object to the documented defaults', () => {
    const s = RuleSettings.parse({});
    expect(s.unknownPayerFilingDays).toBe(90);
    expect(s.filingWarningDays).toBe(30);
    expect(s.redeterminationDays).toBe(120);
    expect(s.kxThresholds).toEqual({ '2024': 2330, '2025': 2410, '2026': 2480 });
    expect(s.filingLimits.map((l) => [formatPayerNames(l.payer), l.days])).toEqual([
      ['medicare, not advantage, not replacement', 365],
      ['cigna', 90],
      ['united, uhc, optum', 90],
      ['aetna', 120],
      ['anthem, elevance', 90],
    ]);
  });

  it('checks a 12-line claim in 3 ms or less (rule data already loaded)', async () => {
    const lines = [
      '99213-25',
      '20610-RT',
      '20611-LT',
      '29880-RT',
      '29881-LT',
      '93000',
      '93005',
      '96372',
      '71046-26',
      '64483',
      '64484 x2',
      'J0897-JZ x60',
    ];
    const c = claim({ lines, dx: ['M1711', 'E119', 'I10', 'R051'] });
    const snap = snapshot([c]);
    const store = createMemoryStore(tables());
    await store.load({
      codes: [],
      modifiers: [],
      diagnoses: [],
      datesOfService: [],
      setting: 'practitioner',
      placesOfService: [],
    });
    const data = await store.load({
      codes: [...new Set(lines.map((l) => l.split(/[- ]/)[0] ?? ''))],
      modifiers: ['25', 'RT', 'LT', '26', 'JZ'],
      diagnoses: ['M1711', 'E119', 'I10', 'R051'],
      datesOfService: ['2024-06-14'],
      setting: 'practitioner',
      placesOfService: ['11'],
    });
    for (let i = 0; i < 100; i++) checkClaim(snap, 0, data, DEFAULT_RULE_SETTINGS, TEST_TODAY); // warm up the JIT
    // The median of single runs: one GC pause in the test process must not decide the result.
    const times: number[] = [];
    for (let i = 0; i < 201; i++) {
      const start = performance.now();
      checkClaim(snap, 0, data, DEFAULT_RULE_SETTINGS, TEST_TODAY);
      times.push(performance.now() - start);
    }
    const perClaim = times.sort((a, b) => a - b)[100] ?? Number.POSITIVE_INFINITY;
    expect(perClaim).toBeLessThanOrEqual(3);
  });
});
