import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtures, freshDb, PTP_PRACTITIONER } from '../../tests/fixtures/cms/load';
import { loadBundledData } from './bundled';
import { importFiles } from './import';
import { DATA_LAYOUTS } from './layout';
import { createRuleStore } from './store';
import type { DataSetKind, RuleQuery } from './types';

/**
 * A release that changes how a kind's rows are stored bumps DATA_LAYOUTS. These tests play that
 * release: data stored by the previous one must say "re-import this file", never go quiet.
 */
const layouts = DATA_LAYOUTS as Record<DataSetKind, number>;
const saved = { ...layouts };
afterEach(() => Object.assign(layouts, saved));

const PUBLIC = join(import.meta.dirname, '..', '..', 'public');
const fetchAsset = async (path: string) => new Uint8Array(readFileSync(join(PUBLIC, path)));

const CLAIM: RuleQuery = {
  codes: ['20611', '20610'],
  modifiers: ['XS'],
  diagnoses: ['M5451'],
  datesOfService: ['2026-02-10'],
  setting: 'practitioner',
  placesOfService: ['11'],
};

describe('rule data layout versions', () => {
  it('every imported set records the layout it was written in', async () => {
    const db = freshDb();
    await importFiles(db, fixtures(PTP_PRACTITIONER));
    await loadBundledData(db, fetchAsset);
    const sets = await db.datasets.toArray();
    expect(sets.length).toBe(4);
    for (const set of sets) expect(set.layout).toBe(DATA_LAYOUTS[set.kind]);
  });

  it('a set in an older layout answers "re-import this file" with its name, never an empty answer', async () => {
    const db = freshDb();
    await importFiles(db, fixtures(PTP_PRACTITIONER));
    const store = createRuleStore(db);
    const before = await store.load({ ...CLAIM, datesOfService: ['2024-08-01'] });
    expect(before.ptp.status).toBe('ok');

    layouts.ptp = saved.ptp + 1; // the next release stores PTP differently
    const after = await store.load({ ...CLAIM, datesOfService: ['2024-08-01'] });
    expect(after.ptp.status).toBe('no-data');
    expect(after.ptp.status === 'no-data' && after.ptp.reason).toMatch(
      /^NCCI PTP practitioner v30\.1 was stored by another ClaimLens version .*re-import this file \(.*ccipra-v301r0-f1\.zip.*\) on the options page\.$/,
    );
  });

  it('an old-layout ICD-10-CM year says so for that year', async () => {
    const db = freshDb();
    await loadBundledData(db, fetchAsset);
    layouts.icd10cm = saved.icd10cm + 1;
    const data = await createRuleStore(db).load(CLAIM);
    expect(data.icd10cm.FY2026).toEqual({
      status: 'no-data',
      reason: expect.stringMatching(
        /^ICD-10-CM FY2026 was stored by another ClaimLens version.*reinstall ClaimLens/,
      ),
    });
    expect(data.pos.status).toBe('ok'); // other kinds are unaffected
  });

  it('the bundled data reload compares the layout, not only the file hash', async () => {
    const db = freshDb();
    await loadBundledData(db, fetchAsset);
    expect((await loadBundledData(db, fetchAsset)).map((r) => r.status)).toEqual([
      'already-loaded',
      'already-loaded',
      'already-loaded',
    ]);
    layouts.icd10cm = saved.icd10cm + 1;
    expect((await loadBundledData(db, fetchAsset)).map((r) => r.status)).toEqual([
      'loaded',
      'already-loaded',
      'already-loaded',
    ]);
    const data = await createRuleStore(db).load(CLAIM);
    expect(data.icd10cm.FY2026).toMatchObject({ status: 'ok', value: { M5451: 'billable' } });
    expect((await db.datasets.toArray()).filter((d) => d.kind === 'icd10cm')).toHaveLength(1);
  });
});
