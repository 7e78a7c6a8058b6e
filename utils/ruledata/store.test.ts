import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixtures, freshDb, PTP_PRACTITIONER } from '../../tests/fixtures/cms/load';
import { importFiles } from './import';
import { createRuleStore } from './store';
import type { RuleQuery } from './types';

const CLAIM: RuleQuery = {
  codes: ['20611', '20610'],
  modifiers: [],
  diagnoses: ['M1711'],
  datesOfService: ['2024-08-01'],
  setting: 'practitioner',
  placesOfService: ['11'],
};

/** A later release in the official layout where 20611/20610 became "never together" (indicator 0). */
function laterRelease() {
  const header =
    'CPT only copyright 2024 American Medical Association.  All rights reserved.\t\t\t\t\t\t\r\nColumn1/Column2 Edits\t\t\t\t\t\t\r\n';
  return [1, 2, 3, 4].map((n) => ({
    name: `medicare-ncci-2024q3-practitioner-ptp-edits-ccipra-v302r0-f${n}.zip`,
    bytes: zipSync({
      [`ccipra-v302r0-f${n}.TXT`]: strToU8(
        `${header}${n === 1 ? '20611\t20610\t\t20240701\t*\t0\tMisuse\r\n' : ''}`,
      ),
    }),
  }));
}

describe('the rule store', () => {
  it('answers every kind as "no data" with what to import when nothing is loaded', async () => {
    const data = await createRuleStore(freshDb()).load(CLAIM);
    expect(data.ptp).toEqual({
      status: 'no-data',
      reason:
        'No NCCI PTP practitioner edits loaded: import the four …-ccipra-v…-f1.zip to -f4.zip files of the quarter.',
    });
    for (const kind of ['mue', 'addon', 'pfs', 'hcpcs', 'pos'] as const)
      expect(data[kind].status).toBe('no-data');
    expect(data.icd10cm.FY2024?.status).toBe('no-data');
  });

  it('switches to a new release as soon as it is swapped in, even with rows of the old one read before', async () => {
    const db = freshDb();
    await importFiles(db, fixtures(PTP_PRACTITIONER));
    const store = createRuleStore(db);
    const before = await store.load(CLAIM);
    expect(before.ptp.status === 'ok' && before.ptp.value[0]?.modifierIndicator).toBe(1);
    const [report] = await importFiles(db, laterRelease());
    expect(report?.status).toBe('imported');
    const after = await store.load(CLAIM);
    expect(after.ptp.status === 'ok' && after.ptp.dataset.version).toBe('30.2');
    expect(after.ptp.status === 'ok' && after.ptp.value).toEqual([
      { column1: '20611', column2: '20610', effective: '2024-07-01', deleted: null, modifierIndicator: 0 },
    ]);
    expect(await db.datasets.count()).toBe(1); // v30.1 and its rows are gone
  });
});
