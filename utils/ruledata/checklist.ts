import type { DataSetInfo, DataSetKind } from './types';

/**
 * The first-run checklist: each kind of rule data, whether it is loaded, and what it unlocks. The
 * side panel's notice and the options page show the same list, so a biller sees at once which checks
 * say "could not check" and why.
 */
export interface ChecklistRow {
  kind: DataSetKind;
  name: string;
  /** The checks it makes possible, in the biller's words. */
  unlocks: string;
  /** Where it comes from: "built in" data ships with ClaimLens; the rest is imported (CPT licence). */
  source: 'built-in' | 'import';
  status: 'loaded' | 'built-in' | 'missing';
  /** "NCCI PTP practitioner v30.1, effective 2024-04-01" for what is loaded. */
  detail: string;
}

const ROWS: Omit<ChecklistRow, 'status' | 'detail'>[] = [
  {
    kind: 'ptp',
    name: 'NCCI PTP edits',
    unlocks: 'bundling pairs, modifier 59/X and 25, CO-97 causes',
    source: 'import',
  },
  { kind: 'mue', name: 'NCCI MUE', unlocks: 'units over the limit, CO-151 causes', source: 'import' },
  {
    kind: 'addon',
    name: 'NCCI add-on code edits',
    unlocks: 'add-on codes without their primary',
    source: 'import',
  },
  {
    kind: 'pfs',
    name: 'PFS relative value file',
    unlocks: 'bilateral, PC/TC, global period and assistant-surgeon modifiers',
    source: 'import',
  },
  {
    kind: 'hcpcs',
    name: 'HCPCS Level II',
    unlocks: 'J, G and other Level II codes valid on the date of service (modifiers are built in)',
    source: 'import',
  },
  { kind: 'icd10cm', name: 'ICD-10-CM', unlocks: 'diagnosis codes valid and billable', source: 'built-in' },
  {
    kind: 'pos',
    name: 'Place of service codes',
    unlocks: 'place of service and telehealth',
    source: 'built-in',
  },
];

export function dataChecklist(datasets: readonly DataSetInfo[]): ChecklistRow[] {
  return ROWS.map((row) => {
    const sets = datasets.filter((d) => d.kind === row.kind);
    const imported = sets.filter((d) => !d.bundled);
    const shown = imported.length > 0 ? imported : sets;
    const detail = shown.map((d) => `${d.label}, effective ${d.effectiveFrom}`).join('; ');
    // The built-in HCPCS set holds the modifiers only: the codes still need the CMS file.
    const status: ChecklistRow['status'] =
      imported.length > 0 ? 'loaded' : sets.length > 0 && row.kind !== 'hcpcs' ? 'built-in' : 'missing';
    return { ...row, status, detail };
  });
}

/** The imported kinds still missing, for the side panel's one-line notice. */
export function missingImports(datasets: readonly DataSetInfo[]): ChecklistRow[] {
  return dataChecklist(datasets).filter((r) => r.source === 'import' && r.status === 'missing');
}
