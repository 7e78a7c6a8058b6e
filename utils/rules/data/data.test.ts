import { describe, expect, it } from 'vitest';
import { tables } from '../testing/run';
import { AMBULANCE_CODES, isPlacePair, isValidPlacePair, OTHER_MEANING } from './ambulance';
import { CRNA_PROCEDURES, isAnesthesiaCode, PRICING_MODIFIERS } from './anesthesia';
import { excludedGroup } from './excluded-services';
import {
  ALWAYS_THERAPY,
  ASSISTANT_DISCIPLINE,
  EVALUATION_DISCIPLINE,
  SOMETIMES_THERAPY,
  therapyFamily,
} from './therapy-codes';

/**
 * The built-in code lists, a test per code family, checked against the real tables where they speak
 * (tests/fixtures/rules: PFS RVU24C July 2024, HCPCS Level II April 2024 with all its modifiers).
 */
const pfs = tables().pfs?.rows ?? [];
const hcpcs = tables().hcpcs?.rows ?? [];
const globalRow = (code: string) => pfs.find((r) => r.code === code && r.modifier === '');

describe('therapy code list', () => {
  it('PT evaluations 97161–97164 take GP', () => {
    for (const c of ['97161', '97162', '97163', '97164']) expect(EVALUATION_DISCIPLINE[c], c).toBe('GP');
  });
  it('OT evaluations 97165–97168 take GO', () => {
    for (const c of ['97165', '97166', '97167', '97168']) expect(EVALUATION_DISCIPLINE[c], c).toBe('GO');
  });
  it('SLP evaluations 92521–92524 take GN', () => {
    for (const c of ['92521', '92522', '92523', '92524']) expect(EVALUATION_DISCIPLINE[c], c).toBe('GN');
  });
  it('every evaluation is an always-therapy code; treatment codes take any discipline', () => {
    for (const c of Object.keys(EVALUATION_DISCIPLINE)) expect(therapyFamily(c), c).toBe('always');
    for (const c of ['97110', '97140', '97530', '92507', '97129', 'G0283'])
      expect([therapyFamily(c), EVALUATION_DISCIPLINE[c]], c).toEqual(['always', undefined]);
  });
  it('sometimes-therapy codes (wound care, canalith repositioning, dry needling) never also "always"', () => {
    for (const c of ['97597', '95992', '20560', '29580', '98977'])
      expect(therapyFamily(c), c).toBe('sometimes');
    expect([...ALWAYS_THERAPY].filter((c) => SOMETIMES_THERAPY.has(c))).toEqual([]);
  });
  it('97014 is not on the list (Medicare pays G0283 instead; PFS status I)', () => {
    expect(therapyFamily('97014')).toBeNull();
    expect(globalRow('97014')?.status).toBe('I');
  });
  it('agrees with the fee schedule: PT/OT/SLP codes with PC/TC 7 in RVU24C are always-therapy', () => {
    const seven = pfs.filter((r) => r.modifier === '' && r.pctc === '7' && !/^925[5-9]/.test(r.code));
    expect(seven.length).toBeGreaterThan(10);
    for (const r of seven) expect(therapyFamily(r.code), r.code).toBe('always');
  });
  it('assistants: CQ with GP, CO with GO', () => {
    expect(ASSISTANT_DISCIPLINE).toEqual({ CQ: 'GP', CO: 'GO' });
  });
});

describe('anesthesia', () => {
  it('00100–01999 are anesthesia codes, nothing around them', () => {
    expect(['00100', '00790', '01402', '01999'].map(isAnesthesiaCode)).toEqual([true, true, true, true]);
    expect(['00099', '02000', '99100', '0010T', null].map(isAnesthesiaCode)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
  it('the PFS lists the anesthesia codes in the slice with status J (anesthesia services)', () => {
    const j = pfs.filter((r) => r.modifier === '' && r.status === 'J');
    expect(j.map((r) => r.code).sort()).toEqual(['00142', '00790', '01402']);
    for (const r of j) expect(isAnesthesiaCode(r.code), r.code).toBe(true);
  });
  it('the six pricing modifiers are HCPCS Level II modifiers; CRNA procedures are not anesthesia codes', () => {
    const mods = new Set(hcpcs.filter((h) => h.modifier).map((h) => h.code));
    for (const m of Object.keys(PRICING_MODIFIERS)) expect(mods.has(m), m).toBe(true);
    for (const c of CRNA_PROCEDURES) expect(isAnesthesiaCode(c), c).toBe(false);
  });
});

describe('ambulance', () => {
  it('A0425–A0436 and the other trip codes are valid HCPCS codes in April 2024', () => {
    for (const c of AMBULANCE_CODES) {
      const h = hcpcs.find((x) => x.code === c);
      expect([h?.modifier, h?.terminated], c).toEqual([false, null]);
    }
    for (let n = 425; n <= 436; n++) expect(AMBULANCE_CODES.has(`A0${n}`)).toBe(true);
  });
  it('pairs: both letters from the list, X only as destination', () => {
    expect(['RH', 'SH', 'HN', 'RX', 'GN', 'HH'].map(isValidPlacePair)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['XH', 'XX', 'RZ', 'QM', 'R', 'RHX'].map(isValidPlacePair)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
  it('OTHER_MEANING is exactly the HCPCS modifiers spelled with origin/destination letters', () => {
    const spelled = hcpcs.filter((h) => h.modifier && isPlacePair(h.code)).map((h) => h.code);
    expect([...OTHER_MEANING].sort()).toEqual(spelled.sort());
    // A pure pair (RH: residence to hospital) is in no modifier list; RR is (DME rental).
    expect(hcpcs.some((h) => h.code === 'RH')).toBe(false);
    expect(hcpcs.some((h) => h.code === 'RR')).toBe(true);
  });
});

describe('services Medicare never covers', () => {
  it('each group: the codes the fee schedule marks non-covered (status N), foot care restricted (R)', () => {
    for (const c of ['99397', '99387', '92015', 'V5261', 'V5010', '92592']) {
      expect(excludedGroup(c), c).not.toBeNull();
      expect(globalRow(c)?.status, c).toBe('N');
    }
    for (const c of ['11719', '11055', 'G0127']) {
      expect(excludedGroup(c)?.coveredWith, c).toEqual(['Q7', 'Q8', 'Q9']);
      expect(globalRow(c)?.status, c).toBe('R');
    }
  });
  it('leaves covered services alone (IPPE/AWV codes, problem visits, eye visits)', () => {
    for (const c of ['99213', '99214', '92014', 'G0438', 'G0439', 'G0402', '99380', '99398'])
      expect(excludedGroup(c), c).toBeNull();
  });
});
