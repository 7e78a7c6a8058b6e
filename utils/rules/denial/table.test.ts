import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAYER_FAMILIES, type PayerFamily } from '../payer-family';
import { tellsToBillPatient } from '../testing/denial';
import { CARC_MEANINGS } from './carc-meanings';
import { RARC_MEANINGS } from './rarc-meanings';
import { type RouteContext, resolveRoute } from './routes';
import { codeMeaning, findRow, GUIDANCE_TABLE, guidanceFor, type Situation } from './table';
import { DENIAL_CAUSES, type Fact, GROUP_KEYS, type GroupKey, type GuidanceRow } from './types';

/** Properties of the whole guidance table: every row, every group, every payer family. */

const isRarc = (code: string) => code in RARC_MEANINGS;
const ALL_FACTS: Fact[] = [
  'em',
  'ga',
  'gz',
  'repeat',
  'qmb',
  'ptp-0',
  'ptp-1',
  'ptp-1-em',
  'ptp-bypassed',
  'mai-1',
  'mai-2',
  'mai-3',
];
const ROUTE_CONTEXTS: RouteContext[] = PAYER_FAMILIES.flatMap((family) =>
  [false, true].flatMap((institutional) =>
    [false, true].map((unprocessable) => ({ family, institutional, unprocessable })),
  ),
);

function situation(row: GuidanceRow, over: Partial<Situation> = {}): Situation {
  const group: GroupKey = row.groups === '*' ? 'CO' : (row.groups[0] ?? 'CO');
  return {
    kind: isRarc(row.code) ? 'rarc' : 'carc',
    code: row.code,
    group,
    remarks: row.remarks ? [row.remarks[0] ?? ''] : [],
    facts: new Set(row.when ?? []),
    family: row.family?.[0] ?? 'commercial',
    institutional: false,
    unprocessable: false,
    modLine: 2,
    ...over,
  };
}

describe('the guidance table', () => {
  it('has a meaning, a cause from the worklist list and a source on every row', () => {
    expect(GUIDANCE_TABLE.length).toBeGreaterThan(150);
    for (const row of GUIDANCE_TABLE) {
      const kind = isRarc(row.code) ? 'rarc' : 'carc';
      expect(codeMeaning(kind, row.code), row.code).not.toBeNull();
      expect(DENIAL_CAUSES).toContain(row.cause ?? codeMeaning(kind, row.code)?.cause);
      expect(row.source.length, row.code).toBeGreaterThan(10);
      expect(row.step, row.code).not.toMatch(/\{(?!fix\}|fix-records\}|appeal\}|modLine\})/);
      if (kind === 'rarc') expect(row.groups, row.code).toBe('*');
    }
  });

  it('keeps reason and remark codes apart (a row is found by its code alone)', () => {
    for (const code of Object.keys(CARC_MEANINGS)) expect(RARC_MEANINGS, code).not.toHaveProperty(code);
  });

  it('reaches every row: no row is hidden behind an earlier, more general one', () => {
    for (const row of GUIDANCE_TABLE) expect(findRow(situation(row)), `${row.code} ${row.step}`).toBe(row);
  });

  it('answers every code for every group and payer family, with or without facts', () => {
    const codes = [...Object.keys(CARC_MEANINGS), ...Object.keys(RARC_MEANINGS)];
    for (const code of codes) {
      for (const group of GROUP_KEYS) {
        for (const family of PAYER_FAMILIES) {
          for (const facts of [new Set<Fact>(), new Set(ALL_FACTS)]) {
            const s: Situation = {
              kind: isRarc(code) ? 'rarc' : 'carc',
              code,
              group,
              remarks: [],
              facts,
              family,
              institutional: false,
              unprocessable: false,
            };
            expect(guidanceFor(s), `${group}-${code} ${family}`).not.toBeNull();
          }
        }
      }
    }
  });

  it('never leads from CO (or PI, or no group shown) to billing the patient, for any family or route', () => {
    const notPatient: GroupKey[] = ['CO', 'PI', 'none'];
    const rows = GUIDANCE_TABLE.filter(
      (r) => !isRarc(r.code) && (r.groups === '*' || r.groups.some((g) => notPatient.includes(g))),
    );
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      expect(row.route, `${row.code}: ${row.step}`).not.toBe('bill-patient');
      for (const ctx of ROUTE_CONTEXTS) {
        const g = guidanceFor(situation(row, { ...ctx, group: 'CO' }));
        if (g?.row !== row) continue;
        expect(tellsToBillPatient(g.step), `CO-${row.code} ${ctx.family}: ${g.step}`).toBe(false);
        expect(g.route).not.toBe('bill-patient');
      }
    }
  });

  it('recognises a step that bills the patient, and one that forbids it', () => {
    expect(tellsToBillPatient('Bill the patient.')).toBe(true);
    expect(tellsToBillPatient('Wait, then bill the patient only what is left.')).toBe(true);
    expect(tellsToBillPatient('The patient owes the difference.')).toBe(true);
    expect(tellsToBillPatient('Do not bill the patient, and refund them.')).toBe(false);
    expect(tellsToBillPatient('Write it off — the patient may not be billed.')).toBe(false);
    expect(tellsToBillPatient('so do not bill it to the patient')).toBe(false);
  });

  it('keeps route and appeal advice consistent', () => {
    for (const row of GUIDANCE_TABLE) {
      if (row.route === 'dispute') expect(['yes', 'maybe'], row.code).toContain(row.appeal);
      if (row.appeal === 'no') expect(row.route, row.code).not.toBe('dispute');
      if (row.route === 'bill-patient') expect(row.groups, row.code).toEqual(['PR']);
    }
  });

  it('resolves the correction route by payer family', () => {
    const ctx = (family: PayerFamily, institutional = false): RouteContext => ({
      family,
      institutional,
      unprocessable: false,
    });
    expect(resolveRoute('fix', ctx('medicare'))).toBe('reopening');
    expect(resolveRoute('fix-records', ctx('medicare'))).toBe('redetermination');
    expect(resolveRoute('fix', ctx('medicare', true))).toBe('corrected-claim');
    expect(resolveRoute('dispute', ctx('medicare'))).toBe('redetermination');
    for (const f of ['medicare-advantage', 'medicaid', 'commercial'] as const) {
      expect(resolveRoute('fix', ctx(f))).toBe('corrected-claim');
      expect(resolveRoute('dispute', ctx(f))).toBe('appeal');
    }
    expect(resolveRoute('fix', { ...ctx('commercial'), unprocessable: true })).toBe('new-claim');
    expect(resolveRoute('write-off', ctx('medicare'))).toBe('write-off');
  });
});

/** The codes issue 21 lists as met every week, plus the ones the first version of the rules named. */
const WEEKLY_CARCS = [
  ...['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '16', '18', '19', '20', '21', '22', '23'],
  ...['24', '26', '27', '29', '31', '35', '39', '40', '45', '49', '50', '54', '55', '58', '59', '96'],
  ...['97', '107', '109', '119', '129', '140', '146', '150', '151', '167', '170', '181', '182', '183'],
  ...['185', '189', '190', '197', '198', '204', '226', '227', '234', '236', '242', '252', '253', '256'],
  ...['272', '273', '284', '288', 'B7', 'B9', 'B11', 'B13', 'B15', 'B16', 'B20'],
];
const WEEKLY_RARCS = [
  ...['MA18', 'MA07', 'N522', 'N781', 'N782', 'N783', 'N4', 'N54', 'M20', 'M76', 'M77', 'M86', 'M90'],
  ...['N386', 'MA01', 'N1', 'MA130', 'N290', 'M51', 'N519', 'N362', 'N211', 'N115', 'N130', 'N382'],
  ...['N418', 'N264', 'N265'],
];

describe('the codes billers meet every week', () => {
  it('all have a meaning and guidance', () => {
    for (const c of WEEKLY_CARCS) expect(CARC_MEANINGS, c).toHaveProperty(c);
    for (const r of WEEKLY_RARCS) expect(RARC_MEANINGS, r).toHaveProperty(r);
  });

  it('are live codes in the X12 lists of June 2024 (no retired code is explained as current)', () => {
    const active = (file: string) =>
      new Set(
        readFileSync(new URL(`../../../tests/fixtures/denial/${file}`, import.meta.url), 'utf8')
          .trim()
          .split(/\r?\n/)
          .slice(1)
          .map((l) => l.split(','))
          .filter(([, , end]) => !end)
          .map(([code]) => code),
      );
    const carcs = active('carc-codes-2024-06.csv');
    const rarcs = active('rarc-codes-2024-06.csv');
    for (const c of Object.keys(CARC_MEANINGS)) expect(carcs.has(c), `CARC ${c}`).toBe(true);
    for (const r of Object.keys(RARC_MEANINGS)) expect(rarcs.has(r), `RARC ${r}`).toBe(true);
  });
});
