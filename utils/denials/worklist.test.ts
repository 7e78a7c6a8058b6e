import { describe, expect, test } from 'vitest';
import { DEFAULT_RULE_SETTINGS, RuleSettings } from '../rules/settings';
import { atRiskByDaysLeft, denialsByCause, denialsByPayerPerWeek } from './charts';
import { worklistToCsv } from './csv';
import { dueDate } from './deadline';
import { mergeReading } from './merge';
import type { DenialRecord } from './model';
import { toEntry } from './summary';
import { pageReadings } from './testing/pages';
import {
  DEFAULT_FILTERS,
  filterRows,
  groupByCause,
  payerOptions,
  UNKNOWN_PAYER,
  worklistRows,
} from './worklist';

const TODAY = '2026-11-20';
const recordOf = (id: string): DenialRecord => {
  const [first] = pageReadings(id, TODAY);
  return mergeReading(undefined, first!.reading, first!.at)!;
};

describe('deadlines from the settings', () => {
  test('Medicare: the redetermination window from the decision date (a fix needing the records)', () => {
    // CGS: CO-151 on 97110 with MAI unknown → a redetermination-or-reopening route; decided 2026-11-16.
    const r = { ...recordOf('noridian-claim-detail'), route: 'redetermination' };
    expect(dueDate(r, DEFAULT_RULE_SETTINGS)).toMatchObject({ date: '2027-02-25', what: 'redetermination' });
  });

  test('Medicare reopening: one year from the initial determination', () => {
    expect(dueDate(recordOf('noridian-claim-detail'), DEFAULT_RULE_SETTINGS)).toMatchObject({
      date: '2027-10-28',
      what: 'reopening',
    });
  });

  test("a corrected claim: the payer's filing limit from the date of service (UHC: 90 days)", () => {
    expect(dueDate(recordOf('uhc-claim-detail'), DEFAULT_RULE_SETTINGS)).toMatchObject({
      date: '2027-01-06',
      what: 'correct',
    });
    const longer = RuleSettings.parse({
      filingLimits: [{ name: 'UHC', payerPattern: 'united', days: 180 }],
    });
    expect(dueDate(recordOf('uhc-claim-detail'), longer)?.date).toBe('2027-04-06');
  });

  test('an appeal: the appeal days from the decision, or from when first seen without one', () => {
    const cigna = recordOf('cigna-claim-detail');
    expect(cigna.route).toBe('appeal');
    expect(dueDate(cigna, DEFAULT_RULE_SETTINGS)).toMatchObject({ date: '2027-05-19', what: 'appeal' });
    expect(dueDate(cigna, RuleSettings.parse({ appealDays: 60 }))?.date).toBe('2027-01-19');
  });

  test('a rejection is resubmitted within the filing limit; a write-off has no deadline', () => {
    const rejected = recordOf('availity-claim-detail-aetna');
    expect(dueDate(rejected, DEFAULT_RULE_SETTINGS)?.what).toBe('correct');
    expect(dueDate({ ...rejected, rejected: false, route: 'write-off' }, DEFAULT_RULE_SETTINGS)).toBeNull();
  });
});

describe('the worklist view', () => {
  const records = [
    'uhc-claim-detail',
    'noridian-claim-detail',
    'cigna-claim-detail',
    'availity-claim-detail',
    'epaces-claim-status',
  ].map(recordOf);
  const rows = worklistRows(records.map(toEntry), DEFAULT_RULE_SETTINGS, TODAY);

  test('most urgent first: open deadlines by days left, then past ones, then none', () => {
    const writeOff = {
      ...recordOf('availity-claim-detail-aetna'),
      id: 'NONE',
      rejected: false,
      route: 'write-off',
    };
    const all = worklistRows([...records, writeOff].map(toEntry), DEFAULT_RULE_SETTINGS, TODAY);
    expect(all.map((r) => `${r.record.id} ${r.daysLeft}`)).toEqual([
      '7000000015 45',
      '7000000007 47',
      '7000000014 180',
      '7000000008 342',
      // Its 2024 date of service put the corrected claim's deadline in 2024.
      '7000000001 -751',
      'NONE null',
    ]);
  });

  test('filters by payer, cause, age, status and claim number', () => {
    const byPayer = filterRows(rows, { ...DEFAULT_FILTERS, payer: 'medicare' });
    expect(byPayer.map((r) => r.record.id)).toEqual(['7000000008']);
    expect(
      filterRows(rows, { ...DEFAULT_FILTERS, cause: 'medical-necessity' }).map((r) => r.record.id),
    ).toEqual(['7000000014']);
    expect(filterRows(rows, { ...DEFAULT_FILTERS, claim: '7000-000-00' }).length).toBe(3);
    expect(filterRows(rows, { ...DEFAULT_FILTERS, payer: UNKNOWN_PAYER }).map((r) => r.record.id)).toEqual([
      '7000000001',
    ]);
    expect(filterRows(rows, { ...DEFAULT_FILTERS, age: '0-30' }).length).toBeGreaterThan(0);
    expect(filterRows(rows, { ...DEFAULT_FILTERS, age: '181+' })).toEqual([]);
    const paid = rows.map((r) =>
      r.record.id === '7000000014' ? { ...r, record: { ...r.record, status: 'paid' as const } } : r,
    );
    expect(filterRows(paid, DEFAULT_FILTERS).map((r) => r.record.id)).not.toContain('7000000014');
    expect(filterRows(paid, { ...DEFAULT_FILTERS, status: 'paid' }).map((r) => r.record.id)).toEqual([
      '7000000014',
    ]);
  });

  test('grouped by cause in the order of their most urgent claim, with dollars at risk', () => {
    const groups = groupByCause(rows);
    expect(groups[0]!.rows[0]).toBe(rows[0]);
    expect(groups.reduce((n, g) => n + g.rows.length, 0)).toBe(rows.length);
    expect(new Set(groups.map((g) => g.cause)).size).toBe(groups.length);
  });

  test('payer options name each payer once, most denials first', () => {
    expect(payerOptions(rows).map((p) => p.label)).toContain('Payer not shown');
  });

  test('the charts count the same rows', () => {
    expect(denialsByCause(rows).reduce((n, b) => n + b.value, 0)).toBe(rows.length);
    const total = rows.reduce((s, r) => s + r.record.atRisk, 0);
    expect(atRiskByDaysLeft(rows).reduce((s, b) => s + b.value, 0)).toBeCloseTo(total, 2);
    const weeks = denialsByPayerPerWeek(rows, TODAY, 8, 2);
    expect(weeks.weeks).toHaveLength(8);
    expect(weeks.series.at(-1)?.payer).toMatch(/^Other payers/);
    expect(weeks.series.flatMap((s) => s.counts).reduce((a, b) => a + b, 0)).toBe(rows.length);
  });
});

describe('CSV export', () => {
  test('one row per claim; formula-like cells from pages and notes are escaped', () => {
    const hostile = {
      ...recordOf('uhc-claim-detail'),
      payer: '=HYPERLINK("https://evil.example","x")',
      note: '+cmd|calc',
    };
    const csv = worklistToCsv(
      worklistRows([toEntry(hostile)], DEFAULT_RULE_SETTINGS, TODAY).map((row) => ({
        ...row,
        record: hostile,
      })),
    );
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'claim_number,payer,dos_from,dos_to,cause,codes,denied_lines,at_risk,deadline,days_left,days_past,deadline_basis,status,note,first_seen,last_seen,portal_page',
    );
    expect(row).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    expect(row).toContain(`'+cmd|calc`);
    expect(row).toContain('99213 20610-LT');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
