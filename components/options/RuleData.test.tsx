// @vitest-environment happy-dom
import axe from 'axe-core';
import { describe, expect, test, vi } from 'vitest';
import type { DataSetInfo } from '../../utils/ruledata/types';
import { click, mount, texts } from '../panel/test-render';
import { RuleData, type RuleDataProps } from './RuleData';

const set = (kind: DataSetInfo['kind'], label: string, rows: number, bundled: boolean): DataSetInfo => ({
  id: `${kind}:${label}`,
  kind,
  setting: 'all',
  version: '1',
  label,
  effectiveFrom: '2025-10-01',
  effectiveTo: null,
  rows,
  storedBytes: 1_048_576,
  sources: [],
  importedAt: '2026-11-01T00:00:00Z',
  bundled,
});

const FRESH = [
  set('icd10cm', 'ICD-10-CM FY2026', 74_719, true),
  set('hcpcs', 'HCPCS Level II modifiers 2024 APR', 400, true),
  set('pos', 'Place of service codes 2026-02', 50, true),
];

function panel(props: Partial<RuleDataProps> = {}) {
  const handlers = {
    onFiles: vi.fn(),
    onCancel: vi.fn(),
    onDelete: vi.fn(),
    onDownload: vi.fn(),
    onReloadBuiltIn: vi.fn(),
  };
  const c = mount(
    <RuleData
      datasets={FRESH}
      staleIds={[]}
      progress={null}
      importing={[]}
      downloadStatus={null}
      reports={[]}
      notice={null}
      reloadStatus={null}
      {...handlers}
      {...props}
    />,
  );
  return { c, ...handlers };
}

describe('first run: a checklist and one recommended path', () => {
  test('the checklist says what is loaded, what is missing and what each unlocks', () => {
    const { c } = panel();
    const rows = Array.from(c.querySelectorAll('[data-testid=data-checklist] li'));
    expect(rows.map((r) => `${r.getAttribute('data-kind')}:${r.getAttribute('data-status')}`)).toEqual([
      'ptp:missing',
      'mue:missing',
      'addon:missing',
      'pfs:missing',
      'hcpcs:missing',
      'icd10cm:built-in',
      'pos:built-in',
    ]);
    expect(rows[0]?.textContent).toContain('NCCI PTP edits — missing · bundling pairs');
    expect(rows[5]?.textContent).toContain('ICD-10-CM — built in · diagnosis codes valid and billable');
  });

  test('download from CMS is the recommended path; the drop area is labelled and visible', () => {
    const { c } = panel();
    expect(c.textContent).toContain('Recommended: download them from CMS');
    const drop = c.querySelector('[data-testid=dropzone]')!;
    expect(drop.tagName).toBe('LABEL');
    expect(drop.textContent).toContain('Drop the CMS files here, or click to choose them');
    expect(drop.querySelector('input[type=file]')).not.toBeNull();
  });
});

describe('progress per file, with names and totals', () => {
  test('which data set of how many, rows of the total, and each file done, importing or waiting', () => {
    const { c, onCancel } = panel({
      importing: [
        { name: 'mue.zip', bytes: 2_097_152 },
        { name: 'ptp-f1.zip', bytes: 1_048_576 },
        { name: 'aoc.csv', bytes: 10_000 },
      ],
      progress: {
        rows: 12_000,
        total: 48_000,
        rowsPerSecond: 30_000,
        step: { index: 1, count: 3, label: 'NCCI PTP edits', files: ['ptp-f1.zip'] },
        doneFiles: ['mue.zip'],
      },
    });
    expect(texts(c, '[data-testid=import-step]')).toEqual(['Importing 2 of 3: NCCI PTP edits']);
    expect(texts(c, '[data-testid=import-progress]')).toEqual(['12,000 of 48,000 rows · 30,000 rows/s']);
    expect(
      Array.from(c.querySelectorAll('.import-files li'), (li) => li.getAttribute('data-file-state')),
    ).toEqual(['done', 'importing', 'waiting']);
    expect(c.querySelector('.import-files li')?.textContent).toContain('mue.zip (2.0 MB)');
    click(Array.from(c.querySelectorAll('button')).find((b) => b.textContent === 'Cancel import'));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  test('while the files are opened, it says so rather than "0 rows · 0 rows/s"', () => {
    const { c } = panel({
      importing: [{ name: 'a.zip', bytes: 3_145_728 }],
      progress: { rows: 0, total: null, rowsPerSecond: 0, step: null, doneFiles: [] },
    });
    expect(texts(c, '[data-testid=import-step]')).toEqual(['Reading 1 file (3.0 MB)…']);
    expect(c.textContent).not.toContain('0 rows');
  });
});

describe('deleting asks first; built-in data can be reloaded', () => {
  test('Delete asks with what it costs; "Keep it" keeps it and returns focus, "Delete" deletes', () => {
    const { c, onDelete } = panel();
    const icd = c.querySelector('tr[data-dataset=icd10cm]')!;
    const del = icd.querySelector('button[aria-label="Delete ICD-10-CM FY2026"]') as HTMLButtonElement;
    click(del);
    expect(onDelete).not.toHaveBeenCalled();
    const confirm = icd.querySelector('[data-testid=confirm-delete]')!;
    expect(confirm.textContent).toContain('Delete ICD-10-CM FY2026 (74,719 codes)?');
    expect(confirm.textContent).toContain('until you reload the built-in data');
    expect(document.activeElement?.textContent).toBe('Keep it');
    click(document.activeElement);
    expect(icd.querySelector('[data-testid=confirm-delete]')).toBeNull();
    expect(document.activeElement).toBe(del);
    click(del);
    click(icd.querySelector('[data-testid=confirm-delete-yes]'));
    expect(onDelete).toHaveBeenCalledWith('icd10cm:ICD-10-CM FY2026');
  });

  test('"Reload built-in data" calls back and shows what it did; it says when built-in data is missing', () => {
    const { c, onReloadBuiltIn } = panel({
      datasets: FRESH.slice(1),
      reloadStatus: 'Built-in data reloaded.',
    });
    expect(c.textContent).toContain('Built-in data is missing: reload it.');
    click(c.querySelector('[data-testid=reload-built-in]'));
    expect(onReloadBuiltIn).toHaveBeenCalledOnce();
    expect(c.querySelector('[data-testid=reload-status]')?.getAttribute('role')).toBe('status');
  });

  test('no serious accessibility problems, with a confirmation and an import open', async () => {
    const { c } = panel({
      importing: [{ name: 'a.zip', bytes: 10 }],
      progress: {
        rows: 1,
        total: 2,
        rowsPerSecond: 1,
        step: { index: 0, count: 1, label: 'NCCI MUE', files: ['a.zip'] },
        doneFiles: [],
      },
    });
    click(c.querySelector('tr[data-dataset=pos] button'));
    document.documentElement.lang = 'en';
    const result = await axe.run(c, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
