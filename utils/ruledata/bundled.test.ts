import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, freshDb } from '../../tests/fixtures/cms/load';
import { loadBundledData } from './bundled';
import { BUNDLED_ASSETS, frontCode, frontDecode } from './bundled-format';
import { importFiles } from './import';
import { createRuleStore } from './store';

const PUBLIC = join(import.meta.dirname, '..', '..', 'public');
const fetchAsset = async (path: string) => new Uint8Array(readFileSync(join(PUBLIC, path)));

describe('data shipped with the extension', () => {
  it('loads ICD-10-CM FY2026, HCPCS modifiers and places of service on install', async () => {
    const db = freshDb();
    expect((await loadBundledData(db, fetchAsset)).map((r) => r.status)).toEqual([
      'loaded',
      'loaded',
      'loaded',
    ]);
    const data = await createRuleStore(db).load({
      codes: ['99213'],
      modifiers: ['25', 'XS', 'TC'],
      diagnoses: ['M5451', 'M545', 'J449', 'QA00101'],
      datesOfService: ['2026-02-10'],
      setting: 'practitioner',
      placesOfService: ['11', '21', '99'],
    });
    expect(data.icd10cm.FY2026).toMatchObject({
      status: 'ok',
      value: { M5451: 'billable', M545: 'header', J449: 'billable', QA00101: 'billable' },
    });
    expect(data.icd10cm.FY2026?.status === 'ok' && data.icd10cm.FY2026.dataset.rows).toBe(74_719);
    expect(data.hcpcs).toMatchObject({
      status: 'ok',
      value: { XS: { modifier: true }, TC: { modifier: true } },
    });
    // 25 is a CPT (Level I) modifier: not in the HCPCS Level II list.
    expect(data.hcpcs.status === 'ok' && Object.keys(data.hcpcs.value).sort()).toEqual(['TC', 'XS']);
    expect(data.pos).toMatchObject({
      status: 'ok',
      value: {
        '11': { facility: false, name: 'Office' },
        '21': { facility: true, name: 'Inpatient Hospital' },
      },
    });
    // No CPT-bearing table ships: PTP, MUE and PFS still need the user's import.
    expect(data.ptp.status).toBe('no-data');
    expect(data.mue.status).toBe('no-data');
    expect(data.pfs.status).toBe('no-data');
  });

  it('does nothing on the next start, and never replaces what the user imported', async () => {
    const db = freshDb();
    await loadBundledData(db, fetchAsset);
    const before = await db.datasets.toArray();
    expect((await loadBundledData(db, fetchAsset)).map((r) => r.status)).toEqual([
      'already-loaded',
      'already-loaded',
      'already-loaded',
    ]);
    expect(await db.datasets.toArray()).toEqual(before);
    await importFiles(db, [fixture('2024-alpha-numeric-hcpcs-file.zip')]);
    const statuses = await loadBundledData(db, fetchAsset);
    expect(statuses[1]).toEqual({ label: 'HCPCS Level II modifiers 2024 APR', status: 'kept-imported' });
    expect((await db.datasets.where('kind').equals('hcpcs').first())?.label).toBe('HCPCS Level II 2024 APR');
  });

  it('keeps the shipped files small', () => {
    for (const path of Object.values(BUNDLED_ASSETS))
      expect(statSync(join(PUBLIC, path)).size).toBeLessThan(100_000);
  });

  it('front-codes a sorted code list losslessly', () => {
    const codes = ['A000', 'A001', 'A009', 'A0100', 'A01000', 'B20', 'QA00101'];
    expect(frontDecode(frontCode(codes))).toEqual(codes);
  });
});
