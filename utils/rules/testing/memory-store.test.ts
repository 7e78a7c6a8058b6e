import { describe, expect, it } from 'vitest';
import type { RuleQuery } from '../../ruledata/types';
import { createMemoryStore } from './memory-store';
import { tables } from './run';

const query = (q: Partial<RuleQuery>): RuleQuery => ({
  codes: [],
  modifiers: [],
  diagnoses: [],
  datesOfService: ['2024-06-14'],
  setting: 'practitioner',
  placesOfService: [],
  ...q,
});

describe('in-memory RuleStore (test double of the IndexedDB store)', () => {
  it('returns only PTP rows whose two codes are both on the claim, all dates', async () => {
    const data = await createMemoryStore(tables()).load(query({ codes: ['20610', '99213'] }));
    expect(data.ptp.status === 'ok' && data.ptp.value).toEqual([
      { column1: '20610', column2: '99213', effective: '1996-01-01', deleted: null, modifierIndicator: 1 },
      // The historical row CMS keeps beside the current one: the rules filter by date of service.
      {
        column1: '20610',
        column2: '99213',
        effective: '1996-01-01',
        deleted: '2019-12-31',
        modifierIndicator: 1,
      },
    ]);
  });

  it('tells billable, header and invalid ICD-10-CM codes apart per fiscal year', async () => {
    const data = await createMemoryStore(tables()).load(
      query({ diagnoses: ['E119', 'E11', 'E11A', 'E668'], datesOfService: ['2024-06-14', '2025-11-10'] }),
    );
    const fy24 = data.icd10cm.FY2024;
    const fy26 = data.icd10cm.FY2026;
    expect(fy24?.status === 'ok' && fy24.value).toEqual({
      E119: 'billable',
      E11: 'header',
      E11A: 'invalid',
      E668: 'billable',
    });
    expect(fy26?.status === 'ok' && fy26.value).toEqual({
      E119: 'billable',
      E11: 'header',
      E11A: 'billable',
      E668: 'header',
    });
  });

  it('answers no-data with a reason for what was not imported', async () => {
    const data = await createMemoryStore({}).load(
      query({ codes: ['99213'], datesOfService: ['2024-11-05'] }),
    );
    // The IndexedDB store's own words (store-contract.test.ts checks every answer against it).
    expect(data.mue).toEqual({
      status: 'no-data',
      reason:
        'No NCCI MUE practitioner table loaded: import MCR_MUE_PractitionerServices_Eff_….csv (the zip from cms.gov).',
    });
    expect(data.icd10cm.FY2025).toEqual({
      status: 'no-data',
      reason:
        'No ICD-10-CM data for FY2025 (dates of service 2024-10-01 to 2025-09-30): import icd10cm-codes-2025.txt.',
    });
  });
});
