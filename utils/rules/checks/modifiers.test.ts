import { describe, expect, it } from 'vitest';
import type { ClaimSpec } from '../testing/builder';
import { checkClaimSpec } from '../testing/run';

/**
 * Modifier and fee-schedule checks against the PFS RVU24C slice (tests/fixtures/rules/pfs-2024q3.json)
 * and the built-in rules. DOS 2024-09-10, Medicare, POS 11 unless a case says otherwise.
 */

const cases: [string, ClaimSpec, string[]][] = [
  // --- bilateral (PFS BILAT SURG) ---
  ['20610 bilat 1: 50 allowed', { lines: ['20610-50'] }, []],
  ['69210 bilat 2: already bilateral, no 50', { lines: ['69210-50'] }, ['bilateral error [1]']],
  ['11042 bilat 0: no 50', { lines: ['11042-50'] }, ['bilateral error [1]']],
  ['J3301 bilat 9: concept n/a', { lines: ['J3301-50'] }, ['bilateral error [1]']],
  ['20610 50 with RT on one line', { lines: ['20610-50-RT'] }, ['bilateral error [1]']],
  ['20610 bilat 1, 50 with 2 units for Medicare', { lines: ['20610-50 x2'] }, ['bilateral warning [1]']],
  // --- pctc (PFS PCTC IND) ---
  ['71046 pctc 1: 26 allowed', { lines: ['71046-26'] }, []],
  ['71046 pctc 1: TC allowed', { lines: ['71046-TC'] }, []],
  ['93000 pctc 4: global-only, no 26', { lines: ['93000-26'] }, ['pctc error [1]']],
  ['93010 pctc 2: professional-only, no 26', { lines: ['93010-26'] }, ['pctc error [1]']],
  ['93005 pctc 3: technical-only, no TC', { lines: ['93005-TC'] }, ['pctc error [1]']],
  ['97110 pctc 7: therapy, no TC', { lines: ['97110-GP-TC'] }, ['pctc error [1]']],
  [
    '71046 pctc 1 in outpatient hospital without 26',
    { lines: [['71046', { pos: '22' }]] },
    ['pctc warning [1]'],
  ],
  ['71046-26 in outpatient hospital', { lines: [['71046-26', { pos: '22' }]] }, []],
  // --- asst (PFS ASST/CO-/TEAM SURG) ---
  ['27447 asst 2: assistant paid', { lines: ['27447-80'] }, []],
  ['11042 asst 1: assistant never paid', { lines: ['11042-80'] }, ['asst error [1]']],
  ['29881 asst 0: assistant only with documentation', { lines: ['29881-AS'] }, ['asst warning [1]']],
  ['29881 co-surg 0: 62 not permitted', { lines: ['29881-62'] }, ['asst error [1]']],
  ['27447 co-surg 1: 62 with documentation', { lines: ['27447-62'] }, ['asst warning [1]']],
  ['27447 team 0: 66 not permitted', { lines: ['27447-66'] }, ['asst error [1]']],
  // --- mod-25 (PFS GLOB DAYS 000/010) ---
  // PTP 10060|99213 ind 1 already says "add 25 to the E/M": one finding, not two.
  ['10060 (010) with 99213 same day, no 25', { lines: ['10060', '99213'] }, ['ptp error [1,2]']],
  // XS on the procedure bypasses the pair, but the E/M still needs 25: mod-25 says so.
  ['10060-XS with 99213, no 25', { lines: ['10060-XS', '99213'] }, ['mod-25 error [1,2]']],
  ['10060 (010) with 99213-25', { lines: ['10060', '99213-25'] }, []],
  [
    '11102 (000) with 99213 same day, no 25 (PTP 11102|99213 ind 1)',
    { lines: ['99213', '11102'] },
    ['ptp error [1,2]'],
  ],
  ['71046 (XXX) with 99213: not a minor procedure', { lines: ['99213', '71046'] }, []],
  // --- global (PFS GLOB DAYS 010/090) ---
  [
    '99213 six days after 10060 (010)',
    { lines: [['10060', { dosFrom: '2024-09-04' }], '99213'] },
    ['global warning [1,2]'],
  ],
  ['99213-24 six days after 10060', { lines: [['10060', { dosFrom: '2024-09-04' }], '99213-24'] }, []],
  [
    '99213 eleven days after 10060: outside the 10 days',
    { lines: [['10060', { dosFrom: '2024-08-30' }], '99213'] },
    [],
  ],
  [
    '99213 the day before 29881 (090) without 57',
    { lines: [['99213', { dosFrom: '2024-09-09' }], '29881'] },
    ['global warning [1,2]'],
  ],
  ['99213-57 the day before 29881', { lines: [['99213-57', { dosFrom: '2024-09-09' }], '29881'] }, []],
  // PTP 29881|99213 ind 1: 57 on the E/M (column 2) is a global-surgery bypass.
  ['99213-57 same day as 29881', { lines: ['29881', '99213-57'] }, []],
  [
    '11042 fifty days after 29881 (090), no 79',
    { lines: [['29881', { dosFrom: '2024-07-22' }], '11042'] },
    ['global warning [1,2]'],
  ],
  ['11042-79 fifty days after 29881', { lines: [['29881', { dosFrom: '2024-07-22' }], '11042-79'] }, []],
  // 36415 (XXX, status X) and 71046 (XXX) are not part of a surgical package.
  [
    '36415 and 71046 inside the global period of 29881',
    { lines: [['29881', { dosFrom: '2024-08-28' }], '36415', '71046'] },
    [],
  ],
  // --- mod-59 (built in) ---
  ['59 on an E/M', { lines: ['99213-59'] }, ['mod-59 error [1]']],
  ['59 and XS on one line', { lines: ['20610-59-XS'] }, ['mod-59 error [1]']],
  ['XS alone on a procedure', { lines: ['20610-XS'] }, []],
  // PTP 29880|29881 ind 1: RT vs LT already bypasses; XS on top is redundant (info only, no ptp finding).
  [
    'XS where RT/LT already tell the knees apart',
    { lines: ['29880-RT', '29881-LT-XS'] },
    ['mod-59 info [2]'],
  ],
  // --- telehealth (built-in dated table) ---
  ['Medicare 99213-95 at POS 10', { lines: [['99213-95', { pos: '10' }]] }, []],
  ['Medicare 99213-93 at POS 02', { lines: [['99213-93', { pos: '02' }]] }, []],
  ['93 and 95 on one line', { lines: [['99213-93-95', { pos: '10' }]] }, ['telehealth error [1]']],
  ['Medicare GT outside CAH II', { lines: [['99213-GT', { pos: '02' }]] }, ['telehealth warning [1]']],
  [
    'Aetna POS 10 without 95/93',
    { payer: 'Aetna', lines: [['99213', { pos: '10' }]] },
    ['telehealth info [1]'],
  ],
  ['FQ at an office', { lines: ['99213-FQ'] }, ['telehealth warning [1]']],
  // --- abn (built in) ---
  ['GA with GZ', { lines: ['20610-GA-GZ'] }, ['abn error [1]']],
  ['GZ: no ABN signed', { lines: ['20610-GZ'] }, ['abn warning [1]']],
  ['GA alone', { lines: ['20610-GA'] }, []],
  ['GX with GY (voluntary notice on an excluded service)', { lines: ['20610-GX-GY'] }, []],
  // --- jwjz (built-in single-dose list; JZ since 2023-07-01) ---
  ['J9035 without JW/JZ', { lines: ['J9035 x10'] }, ['jwjz error [1]']],
  ['J9035-JZ', { lines: ['J9035-JZ x10'] }, []],
  ['J9035 with JW and JZ', { lines: ['J9035-JW-JZ x10'] }, ['jwjz error [1]']],
  ['J9035 used amount + JW discarded line', { lines: ['J9035 x8', 'J9035-JW x2'] }, []],
  ['J3301 is multi-dose: no JW/JZ needed', { lines: ['J3301 x4'] }, []],
  // --- kx (threshold by year, settings) ---
  ['97110 $2,500 in 2024 without KX', { lines: [['97110-GP x4', { charge: 2500 }]] }, ['kx warning [1]']],
  ['97110-KX $2,500', { lines: [['97110-KX-GP x4', { charge: 2500 }]] }, []],
  ['97110 $500', { lines: [['97110-GP x4', { charge: 500 }]] }, []],
  ['commercial therapy: no KX rule', { payer: 'Aetna', lines: [['97110-GP x4', { charge: 2500 }]] }, []],
  // --- duplicate ---
  ['97110 on two lines', { lines: ['97110-GP x2', '97110-GP x1'] }, ['duplicate warning [1,2]']],
  ['36415 repeated with 91', { lines: ['36415', '36415-91'] }, []],
  ['20610 RT and LT', { lines: ['20610-RT', '20610-LT'] }, []],
  ['20610 twice, the second marked XS (another joint)', { lines: ['20610', '20610-XS'] }, []],
  // --- pos ---
  ['POS 98 is not a CMS code', { lines: [['99213', { pos: '98' }]] }, ['pos error [1]']],
  ['POS 11 office', { lines: [['99213', { pos: '11' }]] }, []],
];

describe('modifier and fee-schedule checks', () => {
  it.each(cases)('%s', async (_name, spec, expected) => {
    expect(await checkClaimSpec(spec)).toEqual(expected);
  });

  it('with the NCCI pair check switched off, the missing 25 is still reported, by mod-25', async () => {
    const spec: ClaimSpec = { lines: ['10060', '99213'] };
    const off = { rules: { ptp: { enabled: false } } };
    expect(await checkClaimSpec(spec, { settings: off })).toEqual(['mod-25 error [1,2]']);
  });

  it('uses the KX threshold from settings (user-editable)', async () => {
    const spec: ClaimSpec = { lines: [['97110-GP x4', { charge: 2500 }]] };
    expect(await checkClaimSpec(spec, { settings: { kxThresholds: { '2024': 3000 } } })).toEqual([]);
    const noYear = await checkClaimSpec(spec, { settings: { kxThresholds: { '2025': 2410 } } });
    expect(noYear).toEqual(['kx could-not-check []']);
  });

  it('does not ask for JW/JZ before 2023-07-01', async () => {
    expect(
      await checkClaimSpec(
        { lines: [['J9035 x10', { diagnosisPointers: [] }]], dos: '2023-03-01', dx: [] },
        { today: '2023-03-10' },
      ),
      // The only finding: the 2024Q3 MUE table cannot judge a 2023 date of service.
    ).toEqual(['mue could-not-check []']);
  });
});
