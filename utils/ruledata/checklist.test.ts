import { expect, test } from 'vitest';
import { dataChecklist, missingImports } from './checklist';
import type { DataSetInfo } from './types';

const set = (kind: DataSetInfo['kind'], label: string, bundled: boolean): DataSetInfo => ({
  id: `${kind}-${label}`,
  kind,
  setting: 'all',
  version: '1',
  label,
  effectiveFrom: '2026-10-01',
  effectiveTo: null,
  rows: 1,
  storedBytes: 1,
  sources: [],
  importedAt: '2026-11-01T00:00:00Z',
  bundled,
});

test('a fresh install: the built-in sets are there, the CMS files are missing (HCPCS codes too)', () => {
  const fresh = [
    set('icd10cm', 'ICD-10-CM FY2026', true),
    set('hcpcs', 'HCPCS Level II modifiers 2024 APR', true),
    set('pos', 'Place of service codes 2026-02', true),
  ];
  const rows = dataChecklist(fresh);
  expect(rows.map((r) => `${r.kind}:${r.status}`)).toEqual([
    'ptp:missing',
    'mue:missing',
    'addon:missing',
    'pfs:missing',
    'hcpcs:missing',
    'icd10cm:built-in',
    'pos:built-in',
  ]);
  expect(missingImports(fresh).map((r) => r.name)).toEqual([
    'NCCI PTP edits',
    'NCCI MUE',
    'NCCI add-on code edits',
    'PFS relative value file',
    'HCPCS Level II',
  ]);
});

test('an imported set is named with its vintage and wins over the built-in one', () => {
  const rows = dataChecklist([
    set('hcpcs', 'HCPCS Level II modifiers 2024 APR', true),
    set('hcpcs', 'HCPCS Level II 2026 Q4', false),
    set('ptp', 'NCCI PTP practitioner v32.3', false),
  ]);
  expect(rows.find((r) => r.kind === 'hcpcs')).toMatchObject({
    status: 'loaded',
    detail: 'HCPCS Level II 2026 Q4, effective 2026-10-01',
  });
  expect(rows.find((r) => r.kind === 'ptp')?.status).toBe('loaded');
  expect(rows.find((r) => r.kind === 'icd10cm')?.status).toBe('missing');
});
