// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import type { Finding } from '../../utils/model/finding';
import type { DismissalRecord } from '../../utils/panel/dismissals';
import { dismissalId } from '../../utils/panel/dismissals';
import { SidePanel, type SidePanelProps } from '../SidePanel';
import { claimDetail, claimFindings } from './test-fixtures';
import { click, input, mount, texts } from './test-render';

const mueOf = (root: ParentNode) => root.querySelector('li.item[data-finding-rule=mue]')!;
const button = (root: ParentNode, label: string) =>
  Array.from(root.querySelectorAll('button')).find((b) => b.textContent === label);

function records(findings: Finding[], targets: { id: string; claimNumber: string }[], reason: string) {
  return findings.map(
    (f, i): DismissalRecord => ({
      id: targets[i]!.id,
      claimNumber: targets[i]!.claimNumber,
      rule: f.rule,
      lines: f.lines,
      reason,
      dismissedAt: '2026-11-27T10:00:00.000Z',
    }),
  );
}

/** A panel whose dismissals live in the test, as main.tsx keeps them in IndexedDB. */
function livePanel(extra: Partial<SidePanelProps> = {}) {
  let dismissals: DismissalRecord[] = [];
  const props = (): SidePanelProps => ({
    snapshot: claimDetail(),
    findings: claimFindings(),
    today: '2026-11-27',
    dismissals,
    onDismiss,
    onUndoDismiss,
    ...extra,
  });
  // Re-rendered in place, as a state change in main.tsx does.
  const draw = () => act(() => render(<SidePanel {...props()} />, c));
  const onDismiss = vi.fn(
    (findings: Finding[], reason: string, targets: { id: string; claimNumber: string }[]) => {
      dismissals = [...dismissals, ...records(findings, targets, reason)];
      draw();
    },
  );
  const onUndoDismiss = vi.fn((ids: string[]) => {
    dismissals = dismissals.filter((d) => !ids.includes(d.id));
    draw();
  });
  const c = mount(<SidePanel {...props()} />);
  return { c, onDismiss, onUndoDismiss };
}

describe('dismissing with one-click reason chips', () => {
  test('"Dismiss…" shows the reasons as chips; one click dismisses every finding the item shows', () => {
    const onDismiss = vi.fn();
    const c = mount(<SidePanel snapshot={claimDetail()} findings={claimFindings()} onDismiss={onDismiss} />);
    const merged = c.querySelector('li.item[data-finding-rule=denial]')!;
    click(button(merged, 'Dismiss…'));
    const group = merged.querySelector('fieldset.dismiss-chips')!;
    expect(group.getAttribute('aria-label')).toContain('Dismiss because: CO-97');
    expect(texts(group, 'button.chip')).toEqual([
      'Documented distinct service',
      'Payer does not apply this edit',
      'False alarm',
      'Other…',
    ]);
    expect(document.activeElement?.textContent).toBe('Documented distinct service');
    click(button(group, 'Payer does not apply this edit'));
    expect(onDismiss).toHaveBeenCalledOnce();
    const [findings, reason, targets] = onDismiss.mock.calls[0]!;
    expect(findings.map((f: Finding) => f.rule)).toEqual(['denial', 'ptp']);
    expect(reason).toBe('Payer does not apply this edit');
    expect(targets).toEqual([
      { id: '7000000001|denial|2|CO-97', claimNumber: '7000000001' },
      { id: '7000000001|ptp|1,2', claimNumber: '7000000001' },
    ]);
    expect(c.querySelector('[data-testid=announcement]')?.textContent).toContain('Dismissed');
  });

  test('"Other…" needs the biller\'s own words', () => {
    const onDismiss = vi.fn();
    const c = mount(<SidePanel snapshot={claimDetail()} findings={claimFindings()} onDismiss={onDismiss} />);
    click(button(mueOf(c), 'Dismiss…'));
    click(button(mueOf(c), 'Other…'));
    const form = mueOf(c).querySelector('form')!;
    const why = form.querySelector('input')!;
    expect(document.activeElement).toBe(why);
    expect(form.querySelector(`label[for="${why.id}"]`)?.textContent).toBe('Why');
    click(form.querySelector('button[type=submit]'));
    expect(onDismiss).not.toHaveBeenCalled();
    expect(form.querySelector('[role=alert]')?.textContent).toContain('Say why');
    input(why, '  Payer  contract exempts  ');
    click(form.querySelector('button[type=submit]'));
    expect(onDismiss.mock.calls[0]?.[1]).toBe('Payer contract exempts');
  });

  test('Escape closes the chips and puts focus back on the Dismiss button', () => {
    const c = mount(<SidePanel snapshot={claimDetail()} findings={claimFindings()} onDismiss={vi.fn()} />);
    click(button(mueOf(c), 'Dismiss…'));
    act(() => {
      mueOf(c)
        .querySelector('.chip')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(mueOf(c).querySelector('fieldset')).toBeNull();
    expect(document.activeElement).toBe(button(mueOf(c), 'Dismiss…'));
  });

  test('could-not-check findings offer no dismiss', () => {
    const c = mount(<SidePanel snapshot={claimDetail()} findings={claimFindings()} onDismiss={vi.fn()} />);
    expect(c.querySelector('[data-group=could-not-check] button')).toBeNull();
  });

  test('claim-entry findings can be dismissed too: filed under the form being keyed', () => {
    const onDismiss = vi.fn();
    const snap = claimDetail();
    snap.kind = 'claim-entry';
    snap.claims[0]!.claimNumber = null;
    const c = mount(<SidePanel snapshot={snap} findings={claimFindings()} onDismiss={onDismiss} />);
    click(button(mueOf(c), 'Dismiss…'));
    click(button(mueOf(c), 'False alarm'));
    expect(onDismiss.mock.calls[0]?.[2]).toEqual([
      { id: 'FORMAVAILITY10142026|mue|2', claimNumber: 'Form availity 10/14/2026' },
    ]);
  });
});

describe('"Dismissed · Undo" in place', () => {
  test('the item becomes a bar where it stood, with focus on Undo; Undo brings it back with focus on it', () => {
    const live = livePanel();
    click(button(mueOf(live.c), 'Dismiss…'));
    click(button(mueOf(live.c), 'False alarm'));
    const bar = live.c.querySelector('li.dismissed-bar[data-dismissed-rule=mue]')!;
    expect(bar.textContent).toContain('Dismissed · False alarm');
    // In the same place: after the other warnings of the claim, before the info rows.
    expect(bar.parentElement?.classList.contains('cards')).toBe(true);
    expect(live.c.querySelector('li.item[data-finding-rule=mue]:not(.dismissed-bar)')).toBeNull();
    expect(document.activeElement).toBe(bar.querySelector('button'));
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Undo dismissal: Units on line 2 near the MUE.',
    );

    click(document.activeElement);
    expect(live.onUndoDismiss).toHaveBeenCalledWith(['7000000001|mue|2']);
    const back = live.c.querySelector('li.item[data-finding-rule=mue]')!;
    expect(back.classList.contains('card')).toBe(true);
    expect(back.contains(document.activeElement)).toBe(true);
    expect(document.activeElement?.textContent).toBe('Dismiss…');
  });
});

describe('dismissed earlier', () => {
  const findings = claimFindings();
  const mue = findings.find((f) => f.rule === 'mue')!;
  const record: DismissalRecord = {
    id: dismissalId('7000-000001', mue),
    claimNumber: '7000-000001',
    rule: 'mue',
    lines: [2],
    reason: 'Documented distinct service: separate knee',
    dismissedAt: '2026-11-20T15:00:00.000Z',
  };

  test('sit in a collapsed "Dismissed (n)" group with the reason, counted in the header', () => {
    const c = mount(
      <SidePanel snapshot={claimDetail('7000000001')} findings={findings} dismissals={[record]} />,
    );
    expect(c.querySelector('li.item[data-finding-rule=mue]')).toBeNull();
    const group = c.querySelector('details[data-group=dismissed]') as HTMLDetailsElement;
    expect(group.open).toBe(false);
    expect(group.querySelector('summary')?.textContent).toBe('Dismissed (1)');
    const item = group.querySelector('[data-dismissed-rule=mue]')!;
    expect(item.getAttribute('data-lines')).toBe('2');
    expect(item.textContent).toContain('dismissed 11/20/2026: Documented distinct service: separate knee');
    expect(c.querySelector('[data-testid=counts]')?.textContent).toBe(
      '2 errors · 2 warnings · 1 info · 1 could not check · 1 dismissed',
    );
  });

  test('Undo calls back with the dismissal ids', () => {
    const onUndoDismiss = vi.fn();
    const c = mount(
      <SidePanel
        snapshot={claimDetail()}
        findings={findings}
        dismissals={[record]}
        onUndoDismiss={onUndoDismiss}
      />,
    );
    const undo = c.querySelector('[data-dismissal-id] button')!;
    expect(undo.textContent).toBe('Undo');
    click(undo);
    expect(onUndoDismiss).toHaveBeenCalledWith(['7000000001|mue|2']);
  });

  test('a dismissal for other lines or another claim does not hide the finding', () => {
    const c = mount(
      <SidePanel
        snapshot={claimDetail('7000000002')}
        findings={findings}
        dismissals={[record, { ...record, id: dismissalId('7000000002', { rule: 'mue', lines: [3] }) }]}
      />,
    );
    expect(c.querySelector('li.item[data-finding-rule=mue]')).not.toBeNull();
    expect(c.querySelector('[data-group=dismissed]')).toBeNull();
  });
});
