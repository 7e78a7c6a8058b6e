import { describe, expect, test } from 'vitest';
import { claimKey } from '../model/claim-key';
import { emptyClaim, emptyLine, emptySnapshot } from '../model/empty';
import type { Finding } from '../model/finding';
import type { Claim } from '../model/snapshot';
import { claimFacts, listFacts } from './decide';
import { dismissalId } from './dismissals';
import { buildItems, headline } from './items';
import { chipCounts, matchesFilters, NO_FILTERS, statusClass } from './list';
import {
  claimView,
  defaultClaimIndex,
  dismissKeyOf,
  firstNeedingAttention,
  noteFindings,
  panelView,
  standingFindings,
} from './view';

const f = (p: Partial<Finding> & Pick<Finding, 'rule' | 'severity'>): Finding => ({
  claimIndex: 0,
  lines: [],
  message: p.rule,
  action: '',
  source: '',
  reason: null,
  ...p,
});

/** A remittance: 99214 (CO-45, PR-2), 11102 (CO-97, CO-45, N130), 96372 x4 (CO-151, PR-2, N362). */
function remit(): Claim {
  const c = emptyClaim();
  c.claimNumber = '7000000006';
  c.serviceLines = [
    {
      ...emptyLine(1),
      code: '99214',
      adjustments: [
        { group: 'CO', reason: '45', amount: 50 },
        { group: 'PR', reason: '2', amount: 10 },
      ],
    },
    {
      ...emptyLine(2),
      code: '11102',
      adjustments: [
        { group: 'CO', reason: '97', amount: 160 },
        { group: 'CO', reason: '45', amount: 0 },
      ],
      remarks: ['N130'],
    },
    {
      ...emptyLine(3),
      code: '96372',
      units: 4,
      adjustments: [
        { group: 'CO', reason: '151', amount: 60 },
        { group: 'PR', reason: '2', amount: 5 },
      ],
      remarks: ['N362'],
    },
  ];
  return c;
}

const denial = (lines: number[], severity: Finding['severity'], message: string, action = '') =>
  f({ rule: 'denial', severity, lines, message, action });

function remitFindings(): Finding[] {
  return [
    denial([1], 'info', 'Line 1 (99214): CO-45 — above the fee schedule. The charge is above…'),
    denial([1], 'info', "Line 1 (99214): PR-2 — coinsurance. This is the patient's share."),
    denial(
      [2],
      'error',
      'Line 2 (11102): CO-97 — bundled into another service. The payer…',
      'Add XS if distinct.',
    ),
    denial([2], 'info', 'Line 2 (11102): CO-45 — above the fee schedule. The charge…'),
    denial([2], 'warning', 'Line 2 (11102): remark N130 — see plan benefits.'),
    denial(
      [3],
      'error',
      'Line 3 (96372): CO-151 — units above what the payer allows (N362: the MUE).',
      'Split.',
    ),
    denial([3], 'info', "Line 3 (96372): PR-2 — coinsurance. This is the patient's share."),
    denial([3], 'warning', 'Line 3 (96372): remark N362 — units above the MUE.'),
    f({
      rule: 'ptp',
      severity: 'error',
      lines: [1, 2],
      message: '11102 is bundled into 99214.',
      action: 'Add 59/XS.',
    }),
    f({
      rule: 'mue',
      severity: 'warning',
      lines: [3],
      message: '4 units over the MUE of 2.',
      action: 'Split the units.',
    }),
    f({ rule: 'dx-pointer', severity: 'warning', message: 'Pointer to a missing diagnosis.' }),
  ];
}

describe('items: what the panel shows for one claim', () => {
  test('a denial code, its remarks and the check that explains it are one item with one next step', () => {
    const items = buildItems(remit(), remitFindings());
    const co97 = items.find((i) => i.codes[0] === 'CO-97')!;
    expect(co97.codes).toEqual(['CO-97', 'N130']);
    expect(co97.parts.map((p) => p.rule)).toEqual(['denial', 'denial', 'ptp']);
    expect(co97.title).toBe('CO-97 — bundled into another service');
    expect(co97.detail).toBe('11102 is bundled into 99214.');
    expect(co97.action).toBe('Add XS if distinct.');
    expect(co97.where).toBe('Line 2 · 11102');
    const co151 = items.find((i) => i.codes[0] === 'CO-151')!;
    expect(co151.parts.map((p) => p.rule)).toEqual(['denial', 'denial', 'mue']);
    // The PTP pair is not repeated on its own.
    expect(items.filter((i) => i.parts.some((p) => p.rule === 'ptp'))).toHaveLength(1);
  });

  test('routine adjustments are one row per code over all its lines, after the problems', () => {
    const items = buildItems(remit(), remitFindings());
    expect(items.map((i) => `${i.severity} ${i.codes.join('+') || i.lead.rule}`)).toEqual([
      'error CO-97+N130',
      'error CO-151+N362',
      'warning dx-pointer',
      'info CO-45',
      'info PR-2',
    ]);
    expect(items.find((i) => i.codes[0] === 'CO-45')!.where).toBe('Lines 1 and 2');
  });

  test('the 277 status joins the code item that explains it; alone, it is an item of its own', () => {
    const status = f({ rule: 'denial', severity: 'warning', message: 'Claim status F2: finalized: denied.' });
    const merged = buildItems(remit(), [...remitFindings(), status]);
    expect(merged.some((i) => i.lead === status)).toBe(false);
    expect(merged[0]!.parts).toContain(status);
    const alone = buildItems(emptyClaim(), [status]);
    expect(alone.map((i) => i.lead)).toEqual([status]);
  });

  test('a code the guidance did not explain never loses a finding: unmatched findings stand alone', () => {
    const odd = denial([2], 'warning', 'Line 2: something the panel cannot tie to a code.');
    expect(buildItems(remit(), [odd]).map((i) => i.lead)).toEqual([odd]);
  });

  test('headline: the code and its short meaning, without the line prefix', () => {
    expect(headline('Line 2 (11102): CO-97 — bundled into another service. The payer paid…')).toBe(
      'CO-97 — bundled into another service',
    );
    expect(headline('Claim: CO-16 — information missing. More.')).toBe('CO-16 — information missing');
  });
});

describe('dismissing an item dismisses what it shows', () => {
  test('a dismissed item keeps its place (for the undo bar) and leaves what the note is written from', () => {
    const snap = emptySnapshot('https://x', 'availity', 'remittance', 'a');
    snap.claims = [remit()];
    const all = remitFindings();
    const co97 = buildItems(remit(), all).find((i) => i.codes[0] === 'CO-97')!;
    const dismissals = co97.parts.map((p) => ({
      id: dismissalId('7000000006', p),
      claimNumber: '7000000006',
      rule: p.rule,
      lines: p.lines,
      reason: 'False alarm',
      dismissedAt: '2026-11-27T10:00:00Z',
    }));
    const view = panelView(snap, all, dismissals, []);
    const states = view.claims[0]!.items;
    expect(states[0]!.item.key).toBe(co97.key);
    expect(states[0]!.dismissal?.reason).toBe('False alarm');
    const standing = standingFindings(view);
    for (const p of co97.parts) expect(standing).not.toContain(p);
    expect(standing).toHaveLength(all.length - co97.parts.length);
  });

  test('the cheap answers the wiring uses agree with the full view', () => {
    const s = emptySnapshot('https://x', 'availity', 'remittance', 'a');
    s.claims = [remit(), { ...remit(), claimNumber: 'B' }, { ...remit(), claimNumber: 'C' }];
    const all = [
      ...remitFindings().map((x) => ({ ...x, claimIndex: 2 })),
      f({ rule: 'mue', severity: 'warning', claimIndex: 1, lines: [3] }),
      f({ rule: 'elig-ma', severity: 'error', claimIndex: null }),
    ];
    const co97 = buildItems(
      s.claims[2]!,
      all.filter((x) => x.claimIndex === 2),
    ).find((i) => i.codes[0] === 'CO-97')!;
    const dismissals = co97.parts.map((p) => ({
      id: dismissalId('C', p),
      claimNumber: 'C',
      rule: p.rule,
      lines: p.lines,
      reason: 'r',
      dismissedAt: '2026-11-27T10:00:00Z',
    }));
    const view = panelView(s, all, dismissals, []);
    expect(firstNeedingAttention(s, all, dismissals)).toBe(defaultClaimIndex(view));
    expect(firstNeedingAttention(s, all, dismissals)).toBe(2);
    const forNote = noteFindings(s, all, dismissals, 2);
    expect(new Set(forNote)).toEqual(new Set(standingFindings(view).filter((x) => x.claimIndex !== 1)));
    for (const p of co97.parts) expect(forNote).not.toContain(p);
    // Nothing on any claim: the first claim.
    expect(firstNeedingAttention(s, [], [])).toBe(0);
  });

  test('two codes on one line are dismissed apart (CO-97 is not CO-45)', () => {
    const [, , co97, co45] = remitFindings();
    expect(dismissalId('7000000006', co97!)).toBe('7000000006|denial|2|CO-97');
    expect(dismissalId('7000000006', co45!)).toBe('7000000006|denial|2|CO-45');
  });

  test('a claim being keyed has no number: its findings are filed under the form', () => {
    const snap = emptySnapshot('https://x', 'office-ally', 'claim-entry', 'a');
    const c = emptyClaim();
    c.serviceLines = [{ ...emptyLine(1), code: '99213', dosFrom: '2026-11-18' }];
    snap.claims = [c];
    expect(dismissKeyOf(snap, c)).toBe('Form office-ally 11/18/2026');
    expect(claimKey(dismissKeyOf(snap, c)!)).toBe('FORMOFFICEALLY11182026');
    expect(dismissKeyOf({ ...snap, kind: 'claim-detail' }, c)).toBeNull();
  });
});

describe('the summary line: the deciding facts, worst first', () => {
  const snap = () => {
    const s = emptySnapshot('https://x', 'availity', 'remittance', 'a');
    s.claims = [remit()];
    return s;
  };

  test('past the filing limit comes first, then what to work', () => {
    const clock = f({
      rule: 'timely-filing',
      severity: 'error',
      message: 'The filing limit ended on 2024-09-12, 761 days ago.',
    });
    const view = claimView(snap(), 0, [...remitFindings(), clock], []);
    const facts = claimFacts(view, 'remittance');
    expect(facts.map((x) => `${x.level}: ${x.text}`)).toEqual([
      'error: 761 days past the filing limit',
      'error: 2 to work: CO-97 (line 2), CO-151 (line 3)',
    ]);
    expect(facts[0]!.target).toMatch(/^item-0-timely-filing/);
  });

  test('on a claim being keyed: errors before submit, or ready to submit', () => {
    const s = { ...snap(), kind: 'claim-entry' as const };
    const two = claimView(
      s,
      0,
      [
        f({ rule: 'ptp', severity: 'error', lines: [1, 2] }),
        f({ rule: 'mue', severity: 'error', lines: [3] }),
      ],
      [],
    );
    expect(claimFacts(two, 'claim-entry').map((x) => x.text)).toEqual(['2 errors to fix before you submit']);
    expect(claimFacts(claimView(s, 0, [], []), 'claim-entry').map((x) => x.text)).toEqual([
      'No errors found: ready to submit',
    ]);
    const cnc = f({
      rule: 'code-valid',
      severity: 'could-not-check',
      message: 'Could not check code validity.',
    });
    expect(claimFacts(claimView(s, 0, [cnc], []), 'claim-entry').map((x) => x.text)).toEqual([
      'No errors found; 1 check could not run',
    ]);
  });

  test('Medicare Advantage on a claim decides who gets it', () => {
    const ma = f({
      rule: 'elig-ma',
      severity: 'error',
      message: 'MA plan.',
      action: 'Bill the Medicare Advantage plan, not the MAC; more.',
    });
    const facts = claimFacts(claimView(snap(), 0, [ma], []), 'claim-detail');
    expect(facts[0]).toMatchObject({ level: 'error', text: 'Bill the Medicare Advantage plan, not the MAC' });
  });

  test('a list: how many claims need the biller, and clocks running out', () => {
    const s = emptySnapshot('https://x', 'availity', 'claim-status', 'a');
    s.claims = [remit(), { ...remit(), claimNumber: 'B' }, { ...remit(), claimNumber: 'C' }];
    const late = f({
      rule: 'timely-filing',
      severity: 'error',
      claimIndex: 1,
      message: 'ended on 2026-01-02, 12 days ago.',
    });
    const view = panelView(
      s,
      [late, f({ rule: 'mue', severity: 'warning', claimIndex: 2, lines: [3] })],
      [],
      [],
    );
    expect(listFacts(view.claims).map((x) => x.text)).toEqual([
      '1 claim past the filing limit',
      '2 of 3 claims need you: 1 with errors, 1 with warnings',
    ]);
    expect(view.claims.map((c) => c.claimNumber)).toEqual(['B', 'C', '7000000006']);
    expect(view.claims[0]!.daysLeft).toBe(-12);
  });
});

describe('claims lists: status chips and filters', () => {
  test('the 277 category files a claim, else the page words', () => {
    expect(statusClass({ category: 'F2', code: null, text: null })).toBe('denied');
    expect(statusClass({ category: 'A7', code: null, text: null })).toBe('rejected');
    expect(statusClass({ category: 'R4', code: null, text: null })).toBe('info-requested');
    expect(statusClass({ category: 'P1', code: null, text: null })).toBe('pending');
    expect(statusClass({ category: null, code: null, text: 'PAID' })).toBe('paid');
    expect(statusClass({ category: null, code: null, text: 'Claim denied' })).toBe('denied');
    expect(statusClass(null)).toBe('other');
  });

  test('chips offer what is there; status chips are "any of", payer and findings narrow further', () => {
    const rows = [
      { statusClass: 'denied' as const, payer: 'Aetna', urgency: 1 as const },
      { statusClass: 'paid' as const, payer: 'Cigna', urgency: 2 as const },
      { statusClass: 'denied' as const, payer: 'Cigna', urgency: 0 as const },
    ];
    const chips = chipCounts(rows);
    expect(chips.statuses.map((c) => `${c.label} ${c.count}`)).toEqual(['Denied 2', 'Paid 1']);
    expect(chips.payers.map((c) => `${c.label} ${c.count}`)).toEqual(['Cigna 2', 'Aetna 1']);
    expect(chips.withFindings).toBe(2);
    const pick = (filters: typeof NO_FILTERS) => rows.filter((r) => matchesFilters(r, filters)).length;
    expect(pick(NO_FILTERS)).toBe(3);
    expect(pick({ ...NO_FILTERS, statuses: ['denied', 'paid'] })).toBe(3);
    expect(pick({ ...NO_FILTERS, statuses: ['denied'], payers: ['Cigna'] })).toBe(1);
    expect(pick({ ...NO_FILTERS, withFindings: true })).toBe(2);
  });
});
