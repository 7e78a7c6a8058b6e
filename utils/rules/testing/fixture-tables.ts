import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { memoryMcd } from '../../../tests/fixtures/mcd/memory';
import { VINTAGE } from '../../../tests/fixtures/mcd/spec';
import type { MemoryTables } from './memory-store';

/**
 * The committed slices of the real CMS tables (tests/fixtures/rules, written by
 * scripts/make-rule-fixtures.ts) as MemoryTables, with the vintage of each release, and the synthetic
 * coverage articles of tests/fixtures/mcd. Node only.
 */
const DIR = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'rules');

function rows<T>(name: string): T {
  return JSON.parse(readFileSync(join(DIR, name), 'utf8')) as T;
}

export function fixtureTables(): MemoryTables {
  return {
    ptp: {
      practitioner: {
        info: { label: 'NCCI PTP practitioner v30.1', version: '30.1', effectiveFrom: '2024-04-01' },
        rows: rows('ptp-practitioner-v30.1.json'),
      },
      hospital: {
        info: { label: 'NCCI PTP hospital v30.2', version: '30.2', effectiveFrom: '2024-07-01' },
        rows: rows('ptp-hospital-v30.2.json'),
      },
    },
    mue: {
      practitioner: {
        info: { label: 'NCCI MUE practitioner 2024Q3', version: '2024Q3', effectiveFrom: '2024-07-01' },
        rows: rows('mue-practitioner-2024q3.json'),
      },
      hospital: {
        info: {
          label: 'NCCI MUE outpatient hospital 2024Q3',
          version: '2024Q3',
          effectiveFrom: '2024-07-01',
        },
        rows: rows('mue-hospital-2024q3.json'),
      },
    },
    addon: {
      info: { label: 'NCCI add-on code edits 2024-06', version: '2024Q2', effectiveFrom: '2024-04-01' },
      rows: rows('addon-2024-06.json'),
    },
    pfs: {
      info: { label: 'Medicare PFS RVU24C', version: '2024Q3', effectiveFrom: '2024-07-01' },
      rows: rows('pfs-2024q3.json'),
    },
    hcpcs: {
      info: { label: 'HCPCS Level II April 2024', version: '2024Q2', effectiveFrom: '2024-04-01' },
      rows: rows('hcpcs-2024apr.json'),
    },
    icd10cm: {
      FY2024: {
        info: {
          label: 'ICD-10-CM FY2024',
          version: 'FY2024',
          effectiveFrom: '2023-10-01',
          effectiveTo: '2024-09-30',
        },
        rows: rows('icd10cm-fy2024.json'),
      },
      FY2026: {
        info: {
          label: 'ICD-10-CM FY2026',
          version: 'FY2026',
          effectiveFrom: '2025-10-01',
          effectiveTo: '2026-09-30',
        },
        rows: rows('icd10cm-fy2026.json'),
      },
    },
    pos: {
      info: { label: 'CMS place of service codes 2026-02', version: '2026-02', effectiveFrom: '2026-02-01' },
      rows: rows('pos-2026-02.json'),
    },
    mcd: {
      info: { label: `MCD coverage articles ${VINTAGE}`, version: VINTAGE, effectiveFrom: VINTAGE },
      rows: memoryMcd(),
    },
  };
}
