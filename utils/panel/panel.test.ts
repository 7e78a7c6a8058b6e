import { describe, expect, test } from 'vitest';
import { claimKey } from '../model/claim-key';
import { emptyClaim, emptyLine, emptySnapshot } from '../model/empty';
import type { Finding } from '../model/finding';
import type { DataSetInfo } from '../ruledata/types';
import { dismissalId, dismissalReason, partitionDismissed } from './dismissals';
import { dateRange, money, usDate } from './format';
import { groupByLine, groupTitle, worstFirst } from './groups';
import { category277Label, portalLabel } from './labels';
import { daysLeft, soonestDaysLeft, statusLine } from './status';
import { claimDates, countBySeverity, countsText, dataVintages } from './summary';
import { panelState, panelView, worstByLine } from './view';

const fnd = (p: Partial<Finding> & Pick<Finding, 'rule' | 'severity'>): Finding => ({
  claimIndex: 0,
  lines: [],
  message: p.rule,
  action: '',
  source: '',
  reason: null,
  ...p,
});

function claimWithLines() {
  const claim = emptyClaim();
  claim.claimNumber = 'A-100';
  claim.serviceLines = [
    { ...emptyLine(1), code: '99213', modifiers: ['25'], dosFrom: '2026-03-02', dosTo: null },
    { ...emptyLine(2), code: '20610', modifiers: ['RT'], dosFrom: '2026-03-01', dosTo: '2026-03-04' },
  ];
  return claim;
}

describe('dismissalId', () => {
  test('is claimKey|rule|lines, so formatting of the claim number does not matter', () => {
    const f = fnd({ rule: 'ptp', severity: 'error', lines: [1, 2] });
    expect(dismissalId('7000-0001 a', f)).toBe(`${claimKey('7000-0001 a')}|ptp|1,2`);
    expect(dismissalId('7000-0001 a', f)).toBe('70000001A|ptp|1,2');
    expect(dismissalId('x', fnd({ rule: 'dx-pointer', severity: 'warning' }))).toBe('X|dx-pointer|');
  });

  test('partition keeps could-not-check findings standing and matches only the same claim', () => {
    const ptp = fnd({ rule: 'ptp', severity: 'error', lines: [1, 2] });
    const cnc = fnd({ rule: 'mue', severity: 'could-not-check', lines: [1, 2] });
    const record = (id: string) => ({
      id,
      claimNumber: '',
      rule: '',
      lines: [],
      reason: 'r',
      dismissedAt: '',
    });
    const dismissals = [record(dismissalId('A100', ptp)), record(dismissalId('A100', cnc))];
    const { active, dismissed } = partitionDismissed('a-100', [ptp, cnc], dismissals);
    expect(active).toEqual([cnc]);
    expect(dismissed.map((d) => d.finding)).toEqual([ptp]);
    expect(partitionDismissed('B200', [ptp], dismissals).dismissed).toEqual([]);
    expect(partitionDismissed(null, [ptp], dismissals).active).toEqual([ptp]);
  });

  test('the reason keeps the biller details, and "Other" needs words', () => {
    expect(dismissalReason('False alarm', '')).toBe('False alarm');
    expect(dismissalReason('False alarm', ' read  wrong ')).toBe('False alarm: read wrong');
    expect(dismissalReason('Other', '  ')).toBeNull();
    expect(dismissalReason('Other', 'contract')).toBe('contract');
  });
});

describe('grouping', () => {
  test('worst first, stable among equals', () => {
    const list = [
      fnd({ rule: 'pos', severity: 'info' }),
      fnd({ rule: 'mue', severity: 'warning' }),
      fnd({ rule: 'ptp', severity: 'error' }),
      fnd({ rule: 'abn', severity: 'warning' }),
    ];
    expect(worstFirst(list).map((f) => f.rule)).toEqual(['ptp', 'mue', 'abn', 'pos']);
  });

  test('by line set, whole claim first, could-not-check left out', () => {
    const claim = claimWithLines();
    const groups = groupByLine(
      [
        fnd({ rule: 'mue', severity: 'warning', lines: [2] }),
        fnd({ rule: 'ptp', severity: 'error', lines: [2, 1] }),
        fnd({ rule: 'addon', severity: 'could-not-check', lines: [2] }),
        fnd({ rule: 'dx-pointer', severity: 'warning' }),
        fnd({ rule: 'mod-59', severity: 'error', lines: [2] }),
      ],
      claim,
    );
    expect(groups.map((g) => [g.title, g.findings.map((f) => f.rule)])).toEqual([
      ['Whole claim', ['dx-pointer']],
      ['Lines 1 and 2 · 99213 25, 20610 RT', ['ptp']],
      ['Line 2 · 20610 RT', ['mod-59', 'mue']],
    ]);
  });

  test('titles for lines the page did not show', () => {
    expect(groupTitle([7], null)).toBe('Line 7');
    expect(groupTitle([1, 2, 3], null)).toBe('Lines 1, 2 and 3');
  });
});

describe('summary', () => {
  test('counts read like a biller says them', () => {
    const c = countBySeverity([
      fnd({ rule: 'ptp', severity: 'error' }),
      fnd({ rule: 'mue', severity: 'error' }),
      fnd({ rule: 'pos', severity: 'warning' }),
      fnd({ rule: 'addon', severity: 'could-not-check' }),
    ]);
    expect(countsText(c, 1)).toBe('2 errors · 1 warning · 1 could not check · 1 dismissed');
    expect(countsText(countBySeverity([]), 0)).toBe('No findings');
  });

  test('claim dates span the lines', () => {
    expect(claimDates(claimWithLines())).toBe('03/01/2026 – 03/04/2026');
    expect(claimDates(emptyClaim())).toBe('');
    const row = { ...emptyClaim(), serviceDates: { from: '2026-03-01', to: '2026-03-01' } };
    expect(claimDates(row)).toBe('03/01/2026');
  });

  test('vintages: the data sets findings used, stale ones flagged, built-in sources listed', () => {
    const ds = (label: string, version: string): DataSetInfo => ({
      id: label,
      kind: 'ptp',
      setting: 'practitioner',
      version,
      label,
      effectiveFrom: '2024-04-01',
      effectiveTo: null,
      rows: 1,
      storedBytes: 1,
      sources: [],
      importedAt: '',
      bundled: false,
    });
    const sets = [ds('NCCI PTP practitioner v30.1', '30.1'), ds('MUE practitioner', '2024Q2')];
    const findings = [
      fnd({
        rule: 'ptp',
        severity: 'error',
        source:
          'NCCI PTP practitioner v30.1, effective 2024-04-01 — older than this date of service (2026-01-02)',
      }),
      fnd({ rule: 'mod-59', severity: 'error', source: 'ClaimLens modifier rules 2026-11' }),
      fnd({ rule: 'addon', severity: 'could-not-check', source: 'ClaimLens' }),
    ];
    expect(dataVintages(findings, sets)).toEqual([
      { label: 'NCCI PTP practitioner v30.1', detail: 'effective 2024-04-01', stale: true },
      { label: 'ClaimLens modifier rules 2026-11', detail: '', stale: false },
    ]);
    // Nothing fired: the loaded sets are what the page was checked against.
    expect(dataVintages([], sets).map((v) => `${v.label}, ${v.detail}`)).toEqual([
      'NCCI PTP practitioner v30.1, effective 2024-04-01',
      'MUE practitioner, 2024Q2, effective 2024-04-01',
    ]);
  });
});

describe('labels and formats', () => {
  test('portal names and 277 categories', () => {
    expect(portalLabel('uhc')).toBe('UnitedHealthcare');
    expect(portalLabel('generic')).toBe('Generic reader');
    expect(category277Label('F2')).toBe('Finalized: denial');
    expect(category277Label('F3F')).toBe('Finalized: forwarded to the next payer');
    expect(category277Label('R13')).toBe('Request for more information');
    expect(category277Label('Z9')).toBeNull();
  });

  test('US dates and money', () => {
    expect(usDate('2026-11-27')).toBe('11/27/2026');
    expect(dateRange('2026-01-01', '2026-01-01')).toBe('01/01/2026');
    expect(dateRange(null, null)).toBe('');
    expect(money(1234.5)).toBe('$1,234.50');
    expect(money(-5)).toBe('-$5.00');
  });

  test('status line and days left', () => {
    const claim = emptyClaim();
    expect(statusLine(claim)).toBeNull();
    claim.status = { category: 'P3', code: null, text: 'Pending' };
    expect(statusLine(claim)).toEqual({
      category: 'P3 · Waiting on information from the provider',
      code: null,
      text: 'Pending',
    });
    expect(daysLeft('Commercial 90-day limit: 12 days left to file.')).toBe(12);
    expect(daysLeft('1 day left')).toBe(1);
    expect(daysLeft('Past the limit.')).toBeNull();
    // The engine's own wording (utils/rules/checks/timely-filing.ts).
    expect(daysLeft('45 days left: the filing limit (365 days from …) ends on 2027-10-14.')).toBe(45);
    expect(daysLeft('The filing limit (90 days from …) ended on 2026-11-15, 12 days ago.')).toBe(-12);
    expect(soonestDaysLeft(['120 days left: appeal', '30 days left: filing', 'no number'])).toBe(30);
    expect(soonestDaysLeft(['no number'])).toBeNull();
  });
});

describe('panel view', () => {
  test('worst finding per line, could-not-check left out', () => {
    const worst = worstByLine([
      fnd({ rule: 'mue', severity: 'warning', lines: [2] }),
      fnd({ rule: 'ptp', severity: 'error', lines: [1, 2] }),
      fnd({ rule: 'pos', severity: 'info', lines: [3] }),
      fnd({ rule: 'addon', severity: 'could-not-check', lines: [4] }),
    ]);
    expect([...worst.entries()].sort()).toEqual([
      [1, 'error'],
      [2, 'error'],
      [3, 'info'],
    ]);
  });

  test('state from the snapshot, the host and whether it is a portal', () => {
    const snap = emptySnapshot('https://x', 'availity', 'claim-detail', 'a');
    expect(panelState(null, true, null)).toBe('empty');
    expect(panelState(null, false, null)).toBe('empty');
    expect(panelState(null, false, 'x.example.com')).toBe('unsupported');
    expect(panelState(snap, true, 'x')).toBe('read');
    expect(panelState({ ...snap, ok: false }, true, 'x')).toBe('unreadable');
  });

  test('a finding for a claim the snapshot does not have is kept on the page, never dropped; counts are items', () => {
    const snap = emptySnapshot('https://x', 'availity', 'claim-status', 'a');
    snap.claims = [claimWithLines()];
    const findings = [
      fnd({ rule: 'denial', severity: 'warning', lines: [2] }),
      fnd({ rule: 'timely-filing', severity: 'info' }),
      fnd({ rule: 'ptp', severity: 'error', lines: [1, 2] }),
      fnd({ rule: 'elig-ma', severity: 'error', claimIndex: null }),
      fnd({ rule: 'mue', severity: 'error', claimIndex: 5 }),
    ];
    const v = panelView(snap, findings, [], []);
    expect(v.pageItems.map((i) => i.lead.rule)).toEqual(['elig-ma', 'mue']);
    expect(v.claims[0]!.items.map((s) => s.item.lead.rule)).toEqual(['ptp', 'denial', 'timely-filing']);
    expect(v.counts).toBe('3 errors · 1 warning · 1 info');
  });
});
