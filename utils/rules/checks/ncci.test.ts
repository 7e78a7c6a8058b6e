import { describe, expect, it } from 'vitest';
import { brief, claim, type LineSpec, snapshot } from '../testing/builder';
import { checkClaimSpec, runSnapshot } from '../testing/run';

/**
 * NCCI PTP, MUE and add-on cases against the committed slices of the real tables
 * (tests/fixtures/rules: PTP practitioner v30.1, hospital v30.2, MUE 2024Q3, AOC 2024-06).
 * Date of service 2024-09-10 unless a case says otherwise (inside the MUE table's quarter, after the PTP
 * table's); payer Medicare; POS 11.
 */

describe('ptp: NCCI procedure-to-procedure pairs', () => {
  it.each([
    // PTP 20611|20610 ind 1, not deleted: the column-2 code 20610 is bundled.
    [['20611', '20610'], ['ptp error [1,2]']],
    // Same row; XS on column 2 (20610) is an NCCI-associated modifier: bypassed.
    [['20611', '20610-XS'], []],
    // Same row; 59 on column 1: 59/X count on either code. mod-59 only suggests X instead.
    [['20611-59', '20610'], ['mod-59 info [1]']],
    // Same row; 59 on column 2, anatomic on neither line.
    [['20611', '20610-XU'], []],
    // PTP 29880|29877 ind 0 (current row; the 2002-deleted ind 9 row does not apply): no modifier helps.
    [['29880', '29877-XS'], ['ptp error [1,2]']],
    // PTP 29880|29881 ind 1 (*, pre-1996): RT on both lines is the same knee, no bypass.
    [['29880-RT', '29881-RT'], ['ptp error [1,2]']],
    // Same row; RT and LT name different knees: bypassed.
    [['29880-RT', '29881-LT'], []],
    // PTP 20610|99213 ind 1: E/M is column 2, 25 on it bypasses; without 25 the ptp finding says to
    // add 25 (mod-25 stays quiet about the same pair).
    [['20610', '99213'], ['ptp error [1,2]']],
    [['20610', '99213-25'], []],
    // PTP 96372|99213 ind 1 (injection is not a minor procedure: global XXX, so no mod-25).
    [['96372', '99213'], ['ptp error [1,2]']],
    [['96372', '99213-25'], []],
    // PTP 99232|96372 ind 0: never together.
    [['99232', '96372'], ['ptp error [1,2]']],
    // PTP 93000|93005 ind 1: ECG global with its tracing-only component.
    [['93000', '93005'], ['ptp error [1,2]']],
    // PTP 20610|20605 ind 9 (deleted 1996-01-01): indicator 9 never fires.
    [['20610', '20605'], []],
    // PTP 93005|93010 ind 9 (deleted 2005-10-01); no other row for the pair.
    [['93005', '93010'], []],
    // PTP 97140|97530 ind 1 deleted 2019-12-31, no reverse row: nothing on a 2024 date of service.
    [['97140-GP', '97530-GP'], []],
    // No PTP row between 99213 and 93000 in v30.1: a clean claim.
    [['99213', '93000'], []],
  ])('%j → %j', async (lines, expected) => {
    expect(await checkClaimSpec({ lines })).toEqual(expected);
  });

  it('fires a deleted pair on a date of service before its deletion (97140|97530 deleted 2019-12-31)', async () => {
    // ICD-10-CM FY2019 is not in the fixtures, so code-valid says it could not check (never "invalid").
    const found = await checkClaimSpec(
      { lines: ['97140-GP', '97530-GP'], dos: '2019-06-14' },
      { today: '2019-06-20' },
    );
    // The 2024 PFS and the 2024Q3 MUE table cannot judge a 2019 date either: could not check, not silence.
    expect(found).toEqual([
      'code-valid could-not-check []',
      'global could-not-check [1,2]',
      'mue could-not-check []',
      'ptp error [1,2]',
    ]);
  });

  it('only pairs codes on the same date of service (PTP 20611|20610 ind 1, different days)', async () => {
    const found = await checkClaimSpec({
      lines: ['20611', ['20610', { dosFrom: '2024-09-11' }]],
    });
    expect(found).toEqual([]);
  });

  it('checks a claim being keyed before its date is typed, with today’s rules (PTP 20611|20610 ind 1)', async () => {
    const found = await checkClaimSpec({
      lines: [
        ['20611', { dosFrom: null }],
        ['20610', { dosFrom: null }],
      ],
    });
    expect(found).toEqual(['ptp error [1,2]']);
  });

  it('uses the hospital table for institutional claims (20610|99213 is in practitioner v30.1, not hospital v30.2)', async () => {
    const found = await checkClaimSpec({ lines: ['20610', '99213'], claimType: 'institutional' });
    expect(found).toEqual(['mod-25 error [1,2]']);
    // Hospital v30.2 has 20611|20610 ind 1.
    expect(await checkClaimSpec({ lines: ['20611', '20610'], claimType: 'institutional' })).toEqual([
      'ptp error [1,2]',
    ]);
  });

  it('indicator 0 in the hospital table too (PTP hospital 29880|29877 ind 0)', async () => {
    expect(await checkClaimSpec({ lines: ['29880', '29877'], claimType: 'institutional' })).toEqual([
      'ptp error [1,2]',
    ]);
  });

  it('tells the biller what to do, with the table and its vintage', async () => {
    const [f] = await runSnapshot(snapshot([claim({ lines: ['29880', '29877'], dos: '2024-06-14' })]));
    expect(f?.message).toContain('indicator 0');
    expect(f?.action).toMatch(/no modifier/i);
    expect(f?.action).toMatch(/appeal will not succeed/);
    expect(f?.source).toBe('NCCI PTP practitioner v30.1, effective 2024-04-01');
  });

  it('says when the table is older than the date of service (v30.1 is 2024Q2, DOS in 2024Q3)', async () => {
    const findings = await runSnapshot(snapshot([claim({ lines: ['20611', '20610'], dos: '2024-08-15' })]), {
      today: '2024-08-20',
    });
    const ptp = findings.find((f) => f.rule === 'ptp');
    expect(ptp?.source).toBe(
      'NCCI PTP practitioner v30.1, effective 2024-04-01 — older than this date of service (2024-08-15)',
    );
  });
});

describe('mue: units by adjudication indicator', () => {
  it('judges each date of service by the table in force then: a mixed-date claim', async () => {
    // MUE 23670 = 1 (MAI 2), 71046 = 2 (MAI 3); the table is effective 2024-07-01. Line 1 (2024-06-26)
    // is before it: one could-not-check for that date, never the false error 5 > 1. Line 2 is checked.
    const spec = {
      lines: [
        ['23670 x5', { dosFrom: '2024-06-26' }],
        ['71046 x3', { dosFrom: '2024-08-09' }],
      ] as LineSpec[],
    };
    expect(await checkClaimSpec(spec)).toEqual(['mue could-not-check [1]', 'mue error [2]']);
    const found = await runSnapshot(snapshot([claim(spec)]));
    const early = found.find((f) => f.severity === 'could-not-check');
    expect(early?.message).toBe('Could not check units against the MUE for the date of service 2024-06-26.');
    expect(early?.reason).toBe(
      'No NCCI MUE practitioner table for the date of service 2024-06-26; the newest loaded (NCCI MUE practitioner 2024Q3) starts 2024-07-01: import the MUE table in force on that date.',
    );
    // The checked line's source has no "newer than" note: only its own date was judged.
    expect(found.find((f) => f.severity === 'error')?.source).toBe(
      'NCCI MUE practitioner 2024Q3, effective 2024-07-01',
    );
  });

  it('the same early line alone: could not check (no table for that quarter), never an error', async () => {
    const found = await runSnapshot(snapshot([claim({ lines: ['23670 x5'], dos: '2024-06-26' })]));
    expect(brief(found)).toEqual(['mue could-not-check []']);
    expect(found[0]?.reason).toBe(
      'No NCCI MUE practitioner table for the date of service 2024-06-26; the newest loaded (NCCI MUE practitioner 2024Q3) starts 2024-07-01: import the MUE table in force on that date.',
    );
  });

  it.each([
    // MUE 20610 = 2, MAI 3 (per day, clinical).
    [['20610 x2'], []],
    [['20610 x3'], ['mue error [1]']],
    // MAI 3 adds the lines of the day even when split by side: 2 + 1 > 2.
    [['20610-RT x2', '20610-LT x1'], ['mue error [1,2]']],
    // MUE 11042 = 1, MAI 2 (per day, policy).
    [['11042 x2'], ['mue error [1]']],
    // MUE A6460 = 1, MAI 1 (per line): lines split by side are counted separately.
    [['A6460-RT x1', 'A6460-LT x1'], []],
    [['A6460 x2'], ['mue error [1]']],
    // MUE A0425 = 250, MAI 1 (RH: residence to hospital).
    [['A0425-RH x250'], []],
    [['A0425-RH x251'], ['mue error [1]']],
    // MUE 97014 = 0: Medicare does not pay it for practitioners (G0283 instead).
    [['97014'], ['mue error [1]']],
    // MUE 64484 = 4, MAI 3; AOC 64484 type 1 with primary 64483 present.
    [['64483', '64484 x4'], []],
    [['64483', '64484 x5'], ['mue error [2]']],
  ])('%j → %j', async (lines, expected) => {
    expect(await checkClaimSpec({ lines })).toEqual(expected);
  });

  it('uses the MUE of the claim setting (71046: practitioner 2, outpatient hospital 3, both MAI 3)', async () => {
    expect(await checkClaimSpec({ lines: ['71046 x3'] })).toEqual(['mue error [1]']);
    expect(await checkClaimSpec({ lines: ['71046 x3'], claimType: 'institutional' })).toEqual([]);
    // 96372: practitioner 4, hospital 5.
    expect(await checkClaimSpec({ lines: ['96372 x5'], claimType: 'institutional' })).toEqual([]);
    expect(await checkClaimSpec({ lines: ['96372 x6'], claimType: 'institutional' })).toEqual([
      'mue error [1]',
    ]);
  });

  it('says whether an appeal makes sense by MAI', async () => {
    const policy = await runSnapshot(snapshot([claim({ lines: ['11042 x2'] })]));
    expect(policy[0]?.action).toMatch(/never paid.*will not succeed/);
    const clinical = await runSnapshot(snapshot([claim({ lines: ['20610 x3'] })]));
    expect(clinical[0]?.action).toMatch(/appeal with records/);
    const line = await runSnapshot(snapshot([claim({ lines: ['A6460 x2'] })]));
    expect(line[0]?.action).toMatch(/split them onto separate lines/);
  });
});

describe('addon: add-on codes need their primary', () => {
  it.each([
    // AOC 64484 type 1, only primary 64483.
    [['64484'], ['addon error [1]']],
    [['64483', '64484'], []],
    // 51 never on an add-on.
    [['64483', '64484-51'], ['addon error [2]']],
    // AOC 99292 type 1, primary 99291 (no PTP row between them).
    [['99291', '99292'], []],
    [['99292'], ['addon error [1]']],
    // AOC 11103 type 1, primaries 11102/11104/11106.
    [['11102', '11103'], []],
    [['11103'], ['addon error [1]']],
    // AOC 11045 type 1, primary 11042.
    [['11042', '11045'], []],
    // AOC 76937 type 2 (CCCCC = any primary): alone → warning; with 36556 → fine (no PTP row).
    [['76937'], ['addon warning [1]']],
    [['36556', '76937'], []],
    // AOC 96160 type 3: listed primary 99213; another primary 11102 is also acceptable; alone → warning.
    [['99213', '96160'], []],
    [['11102', '96160'], []],
    [['96160'], ['addon warning [1]']],
    // AOC 88311 type 3, listed primary 88305.
    [['88305', '88311'], []],
  ])('%j → %j', async (lines, expected) => {
    expect(await checkClaimSpec({ lines })).toEqual(expected);
  });
});
