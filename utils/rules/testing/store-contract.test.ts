import { beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/fixtures/cms/load';
import { createRuleStore } from '../../ruledata/store';
import type { Answer, RuleData, RuleQuery, RuleStore } from '../../ruledata/types';
import { createMemoryStore } from './memory-store';
import { tables } from './run';
import { writeTables } from './to-dexie';

/**
 * The in-memory store the check tests use must answer exactly like the IndexedDB store the extension
 * uses: the same tables are written into IndexedDB (fake-indexeddb) in the real stored layouts, and
 * every query below is asked of both. A check test cannot pass on a store that differs.
 */
const query = (q: Partial<RuleQuery>): RuleQuery => ({
  codes: [],
  modifiers: [],
  diagnoses: [],
  datesOfService: ['2024-08-01'],
  setting: 'practitioner',
  placesOfService: [],
  ...q,
});

const QUERIES: [string, RuleQuery][] = [
  [
    'a practitioner claim with pairs, units, add-on, PFS rows',
    query({ codes: ['20610', '99213', '20611', '11045', '11042', '64483', '64484'] }),
  ],
  [
    'codes as typed (spaces, lower case) and HCPCS Level II codes and modifiers',
    query({ codes: [' j1100 ', 'G0283', '97110'], modifiers: ['xs', 'JW', 'GA', '25'] }),
  ],
  [
    'diagnoses with and without dots, headers and invalid ones, two fiscal years',
    query({
      diagnoses: ['E11.9', 'E11', 'E11A', 'e668', 'M5451'],
      datesOfService: ['2024-06-14', '2025-11-10'],
    }),
  ],
  [
    'a date of service before the MUE/PFS releases (no MUE table for that date; PFS of a later year)',
    query({ codes: ['20610', '97110'], datesOfService: ['2024-03-01'] }),
  ],
  [
    'an outpatient hospital claim',
    query({ codes: ['20610', '99213', '96372', '96374'], setting: 'hospital' }),
  ],
  ['a DME claim', query({ codes: ['E0114', 'A4253'], setting: 'dme' })],
  [
    'places of service, known and unknown',
    query({ codes: ['99213'], placesOfService: ['11', '21', '02', '99', 'zz'] }),
  ],
  ['a fiscal year with no ICD-10-CM data', query({ diagnoses: ['E119'], datesOfService: ['2022-05-01'] })],
];

/** Answers compared by what a check reads: the data set's name, version and dates, and the value or reason. */
function comparable(data: RuleData) {
  const one = (a: Answer<unknown>) =>
    a.status === 'ok'
      ? {
          status: a.status,
          value: a.value,
          dataset: {
            label: a.dataset.label,
            version: a.dataset.version,
            kind: a.dataset.kind,
            effectiveFrom: a.dataset.effectiveFrom,
            effectiveTo: a.dataset.effectiveTo,
          },
        }
      : a;
  const sortPtp = (a: Answer<unknown>) =>
    a.status === 'ok' && Array.isArray(a.value)
      ? { ...a, value: [...a.value].map((e) => JSON.stringify(e)).sort() }
      : a;
  return {
    ptp: one(sortPtp(data.ptp)),
    mue: one(data.mue),
    addon: one(data.addon),
    pfs: one(data.pfs),
    hcpcs: one(data.hcpcs),
    pos: one(data.pos),
    mcd: one(data.mcd),
    icd10cm: Object.fromEntries(Object.entries(data.icd10cm).map(([fy, a]) => [fy, one(a)])),
  };
}

function contract(name: string, stores: () => { memory: RuleStore; dexie: RuleStore }) {
  describe(name, () => {
    for (const [what, q] of QUERIES) {
      it(what, async () => {
        const { memory, dexie } = stores();
        expect(comparable(await memory.load(q))).toEqual(comparable(await dexie.load(q)));
      });
    }
  });
}

let full: { memory: RuleStore; dexie: RuleStore };
let empty: { memory: RuleStore; dexie: RuleStore };
beforeAll(async () => {
  const db = freshDb();
  await writeTables(db, tables());
  full = { memory: createMemoryStore(tables()), dexie: createRuleStore(db) };
  empty = { memory: createMemoryStore({}), dexie: createRuleStore(freshDb()) };
}, 120_000);

contract('with the rule data slices loaded, the in-memory store answers as IndexedDB does', () => full);
contract('with nothing loaded, both say the same "no data" with the same reason', () => empty);

it('both list the same data sets', async () => {
  const names = async (s: RuleStore) =>
    (await s.datasets()).map((d) => `${d.kind} ${d.setting} ${d.label}`).sort();
  expect(await names(full.memory)).toEqual(await names(full.dexie));
});

it('an MUE table newer than every date of service is never applied: both say there is no table for that date', async () => {
  const q = query({ codes: ['20610'], datesOfService: ['2024-03-01'] });
  const [memory, dexie] = [(await full.memory.load(q)).mue, (await full.dexie.load(q)).mue];
  expect(memory).toEqual(dexie);
  expect(dexie.status).toBe('no-data');
  expect(dexie.status === 'no-data' && dexie.reason).toMatch(
    /^No NCCI MUE practitioner table for the date of service 2024-03-01; the newest loaded \(NCCI MUE practitioner \S+\) starts \d{4}-\d\d-\d\d: import the MUE table in force on that date\.$/,
  );
});
