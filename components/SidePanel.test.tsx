// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { claimDetail, claimFindings, PTP_DATASET } from './panel/test-fixtures';
import { attrs, click, mount, texts } from './panel/test-render';
import { SidePanel } from './SidePanel';

const today = '2026-11-27';

function claimPanel() {
  return mount(
    <SidePanel snapshot={claimDetail()} findings={claimFindings()} datasets={[PTP_DATASET]} today={today} />,
  );
}

describe('a read claim page', () => {
  test('keeps the hooks the end-to-end tests read', () => {
    const c = claimPanel();
    const main = c.querySelector('main');
    expect(main?.getAttribute('data-state')).toBe('read');
    expect(main?.getAttribute('data-kind')).toBe('claim-detail');
    expect(texts(c, '[data-testid=portal]')).toEqual(['Availity']);
    expect(texts(c, '[data-testid=kind]')).toEqual(['Claim detail']);
    expect(texts(c, '[data-testid=claim-number]')).toEqual(['7000000001']);
    expect(texts(c, '[data-testid=line-code]')).toEqual(['20611', '20610']);
    expect(texts(c, '[data-testid=line-modifiers]')).toEqual(['RT', 'RT']);
  });

  test('the header names the patient by initials, the dates of service, the counts and the data vintage', () => {
    const c = claimPanel();
    expect(texts(c, '[data-testid=patient-initials]')).toEqual(['JD']);
    expect(texts(c, '[data-testid=claim-dates]')).toEqual(['10/14/2026']);
    // 2 errors (ptp, mod-59), 2 warnings (mue, dx-pointer, + denial and timely filing in Status explained)
    expect(texts(c, '[data-testid=counts]')).toEqual(['2 errors · 4 warnings · 1 info · 1 could not check']);
    expect(c.querySelector('[data-testid=vintages]')?.textContent).toContain(
      'NCCI PTP practitioner v32.3, effective 2026-10-01',
    );
  });

  test('groups findings by line, whole claim first, worst first within a line', () => {
    const c = claimPanel();
    const groups = Array.from(c.querySelectorAll('.findings .finding-group:not(.could-not-check)'));
    expect(groups.map((g) => g.querySelector('.group-title')?.textContent)).toEqual([
      'Whole claim',
      'Line 1 · 20611 RT',
      'Lines 1 and 2 · 20611 RT, 20610 RT',
      'Line 2 · 20610 RT',
    ]);
    const line2 = groups[3]!;
    expect(attrs(line2, '[data-finding-rule]', 'data-finding-severity')).toEqual(['error', 'warning']);
    expect(attrs(line2, '[data-finding-rule]', 'data-finding-rule')).toEqual(['mod-59', 'mue']);
    expect(attrs(c, '[data-finding-rule=ptp]', 'data-lines')).toEqual(['1,2']);
  });

  test('the lines table marks each line with its worst finding', () => {
    const c = claimPanel();
    const marks = Array.from(c.querySelectorAll('tr[data-line]'), (tr) =>
      tr.querySelector('[data-line-severity]')?.getAttribute('data-line-severity'),
    );
    expect(marks).toEqual(['error', 'error']);
    expect(c.querySelector('tr[data-line="1"] .visually-hidden')?.textContent).toBe(' (error)');
  });

  test('each finding says its level in words, what is wrong, what to do, and its rule and source', () => {
    const c = claimPanel();
    const ptp = c.querySelector('[data-finding-rule=ptp]')!;
    expect(ptp.querySelector('.badge')?.textContent).toBe('✖Error');
    expect(ptp.querySelector('.badge-icon')?.getAttribute('aria-hidden')).toBe('true');
    expect(ptp.textContent).toContain('bundled into 20611');
    expect(ptp.textContent).toContain('Next: Remove 20610 from the claim.');
    expect(ptp.querySelector('.source')?.textContent).toBe(
      'ptp · NCCI PTP practitioner v32.3, effective 2026-10-01',
    );
  });

  test('could-not-check findings have their own group with the reason', () => {
    const c = claimPanel();
    const group = c.querySelector('[data-group=could-not-check]')!;
    expect(group.querySelector('.group-title')?.textContent).toBe('Could not check (1)');
    expect(attrs(group, '[data-finding-rule]', 'data-finding-severity')).toEqual(['could-not-check']);
    expect(group.textContent).toContain('Why: No NCCI add-on table for 2026-10-14.');
  });

  test('status explained: the 277 status, the denial code in plain words, the filing clock', () => {
    const c = claimPanel();
    const status = c.querySelector('[data-testid=status-explained]')!;
    expect(status.querySelector('[data-testid=status-category]')?.textContent).toBe('F2 · Finalized: denial');
    expect(status.querySelector('[data-testid=status-text]')?.textContent).toBe('Denied');
    expect(status.textContent).toContain('CO-97');
    const denial = status.querySelector('[data-finding-rule=denial]')!;
    expect(denial.textContent).toContain('do not appeal');
    const clock = status.querySelector('[data-testid=timely-filing]')!;
    expect(clock.querySelector('[data-testid=days-left]')?.textContent).toContain('45 days left');
    // Shown once: not repeated in the line groups.
    expect(c.querySelectorAll('[data-finding-rule=denial]')).toHaveLength(1);
  });

  test('a claim without findings says so', () => {
    const c = mount(<SidePanel snapshot={claimDetail()} findings={[]} />);
    expect(c.querySelector('.all-clear')?.textContent).toBe('No findings on this claim.');
    expect(texts(c, '[data-testid=counts]')).toEqual(['No findings']);
  });

  test('after its status explained, a claim with nothing else found says "no other findings"', () => {
    const snap = claimDetail();
    snap.kind = 'claim-status';
    const status = {
      rule: 'denial' as const,
      severity: 'warning' as const,
      claimIndex: 0,
      lines: [],
      message: 'Claim status F2: finalized: denied.',
      action: 'Read the CARC/RARC.',
      source: 's',
      reason: null,
    };
    const c = mount(<SidePanel snapshot={snap} findings={[status]} />);
    expect(c.querySelector('.all-clear')?.textContent).toBe('No other findings on this claim.');
  });

  test('controls whose events are not wired are not shown', () => {
    const c = claimPanel();
    expect(c.querySelector('button')).toBeNull();
  });

  test('page text stays text: markup in a claim number or message is shown literally', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const findings = [...claimFindings(), { ...claimFindings()[1]!, message: `<b>${evil}</b>` }];
    const c = mount(<SidePanel snapshot={claimDetail(evil)} findings={findings} />);
    expect(texts(c, '[data-testid=claim-number]')).toEqual([evil]);
    expect(c.querySelector('img')).toBeNull();
    expect(c.querySelector('b')).toBeNull();
    expect(c.textContent).toContain(`<b>${evil}</b>`);
  });

  test('markup in read problems, the host name and the note stays text too', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const snap = claimDetail();
    snap.ok = false;
    snap.read.problems = [evil];
    let c = mount(<SidePanel snapshot={snap} findings={[]} notePreview={evil} onCopyNote={() => {}} />);
    expect(c.querySelector('[data-testid=unreadable] li')?.textContent).toBe(evil);
    expect(c.querySelector('[data-testid=note-preview]')?.textContent).toBe(evil);
    expect(c.querySelector('img')).toBeNull();
    c = mount(<SidePanel snapshot={null} findings={[]} portalSupported={false} hostName={evil} />);
    expect(c.querySelector('[data-testid=host-name]')?.textContent).toBe(evil);
    expect(c.querySelector('img')).toBeNull();
  });
});

describe('copy note', () => {
  test('shows the note as text, calls back on copy and announces the result', () => {
    const onCopyNote = vi.fn();
    const note = '11/27/2026 Availity claim status: claim 7000000001\nnext: write off CO-97';
    const props = { snapshot: claimDetail(), findings: [], notePreview: note, onCopyNote };
    let c = mount(<SidePanel {...props} noteStatus="idle" />);
    expect(c.querySelector('[data-testid=note-preview]')?.textContent).toBe(note);
    (c.querySelector('[data-testid=copy-note]') as HTMLButtonElement).click();
    expect(onCopyNote).toHaveBeenCalledOnce();
    const status = () => c.querySelector('[data-testid=note-status]');
    expect(status()?.getAttribute('aria-live')).toBe('polite');
    expect(status()?.textContent).toBe('');
    c = mount(<SidePanel {...props} noteStatus="copied" />);
    expect(status()?.textContent).toContain('Note copied');
    c = mount(<SidePanel {...props} noteStatus="failed" />);
    expect(status()?.textContent).toContain('copy it by hand');
  });

  test('places the note history slot under the note', () => {
    const c = mount(
      <SidePanel
        snapshot={claimDetail()}
        findings={[]}
        notePreview="n"
        historySlot={<p id="history">History</p>}
      />,
    );
    expect(c.querySelector('.note #history')).not.toBeNull();
  });
});

describe('a results list with several claims', () => {
  test('shows each claim in page order, without an empty lines table per claim', () => {
    const snap = claimDetail('7000000001');
    snap.kind = 'claim-status';
    const second = { ...snap.claims[0]!, claimNumber: '7000000002', serviceLines: [] };
    snap.claims = [{ ...snap.claims[0]!, serviceLines: [] }, second];
    const c = mount(<SidePanel snapshot={snap} findings={[]} />);
    expect(texts(c, '[data-testid=claim-number]')).toEqual(['7000000001', '7000000002']);
    expect(c.textContent).not.toContain('No service lines');
    expect(c.querySelectorAll('[data-testid=status-explained]')).toHaveLength(2);
  });
});

describe('a results list', () => {
  test('claims needing the biller come first: errors, then warnings, each in page order', () => {
    const snap = claimDetail();
    snap.kind = 'claim-status';
    snap.claims = ['C1', 'C2', 'C3', 'C4'].map((n) => ({
      ...snap.claims[0]!,
      claimNumber: n,
      serviceLines: [],
    }));
    const f = (claimIndex: number, severity: 'error' | 'warning' | 'info') => ({
      rule: 'timely-filing' as const,
      severity,
      claimIndex,
      lines: [],
      message: `m${claimIndex}`,
      action: '',
      source: 's',
      reason: null,
    });
    const c = mount(<SidePanel snapshot={snap} findings={[f(0, 'info'), f(1, 'warning'), f(3, 'error')]} />);
    expect(texts(c, '[data-testid=claim-number]')).toEqual(['C4', 'C2', 'C1', 'C3']);
    expect(c.querySelector('[data-testid=list-order]')?.textContent).toBe(
      '4 claims: those with errors first, then warnings, then the rest, each in page order.',
    );
  });
});

describe('a long results list', () => {
  test('shows the first 50 claims at once and the rest on request', () => {
    const snap = claimDetail();
    snap.kind = 'claim-status';
    snap.claims = Array.from({ length: 120 }, (_, i) => ({
      ...snap.claims[0]!,
      claimNumber: `C${i + 1}`,
      serviceLines: [],
    }));
    const c = mount(<SidePanel snapshot={snap} findings={[]} />);
    expect(c.querySelectorAll('[data-claim-number]')).toHaveLength(50);
    const more = c.querySelector('[data-testid=show-all-claims]')!;
    expect(more.textContent).toBe('Show all 120 claims');
    click(more);
    expect(c.querySelectorAll('[data-claim-number]')).toHaveLength(120);
    expect(document.activeElement?.textContent).toBe('Claim C51');
    expect(c.querySelector('[data-testid=show-all-claims]')).toBeNull();
  });
});
