// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import { dismissalId } from '../../utils/panel/dismissals';
import type { DismissalRecord } from '../../utils/ruledata/db';
import { SidePanel } from '../SidePanel';
import { claimDetail, claimFindings } from './test-fixtures';
import { click, mount, texts } from './test-render';

function change(el: Element | null, value: string, event: 'change' | 'input') {
  if (!(el instanceof HTMLSelectElement || el instanceof HTMLInputElement)) throw new Error('no field');
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

function submit(form: Element | null) {
  click(form?.querySelector('button[type=submit]'));
}

const ptpOf = (root: ParentNode) => root.querySelector('[data-finding-rule=ptp]')!;

describe('dismissing a finding', () => {
  test('opens an inline form, focuses the reason, and calls back with the reason and the id', () => {
    const onDismiss = vi.fn();
    const c = mount(<SidePanel snapshot={claimDetail()} findings={claimFindings()} onDismiss={onDismiss} />);
    const open = ptpOf(c).querySelector('button')!;
    expect(open.textContent).toBe('Dismiss…');
    click(open);
    const form = ptpOf(c).querySelector('form')!;
    const select = form.querySelector('select')!;
    expect(document.activeElement).toBe(select);
    expect(texts(select, 'option')).toEqual([
      'Documented distinct service',
      'Payer does not apply this edit',
      'False alarm',
      'Other',
    ]);
    // Every field has a label.
    for (const field of form.querySelectorAll('select, input')) {
      expect(form.querySelector(`label[for="${field.id}"]`)).not.toBeNull();
    }
    change(select, 'Payer does not apply this edit', 'change');
    submit(form);
    expect(onDismiss).toHaveBeenCalledOnce();
    const [finding, reason, target] = onDismiss.mock.calls[0]!;
    expect(finding.rule).toBe('ptp');
    expect(reason).toBe('Payer does not apply this edit');
    expect(target).toEqual({ id: '7000000001|ptp|1,2', claimNumber: '7000000001' });
    expect(c.querySelector('[data-testid=announcement]')?.textContent).toContain('Dismissed');
    // Focus stays with the claim's findings rather than falling back to the top of the panel.
    expect(document.activeElement?.textContent).toBe('Findings');
  });

  test('"Other" needs the biller\'s own words', () => {
    const onDismiss = vi.fn();
    const c = mount(<SidePanel snapshot={claimDetail()} findings={claimFindings()} onDismiss={onDismiss} />);
    click(ptpOf(c).querySelector('button'));
    const form = ptpOf(c).querySelector('form')!;
    change(form.querySelector('select'), 'Other', 'change');
    submit(form);
    expect(onDismiss).not.toHaveBeenCalled();
    expect(form.querySelector('[role=alert]')?.textContent).toContain('Say why');
    change(form.querySelector('input'), '  Payer  contract exempts  ', 'input');
    submit(form);
    expect(onDismiss.mock.calls[0]?.[1]).toBe('Payer contract exempts');
  });

  test('Escape closes the form and puts focus back on the Dismiss button', () => {
    const c = mount(<SidePanel snapshot={claimDetail()} findings={claimFindings()} onDismiss={vi.fn()} />);
    click(ptpOf(c).querySelector('button'));
    act(() => {
      ptpOf(c)
        .querySelector('select')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(ptpOf(c).querySelector('form')).toBeNull();
    expect(document.activeElement).toBe(ptpOf(c).querySelector('button'));
  });

  test('could-not-check findings offer no dismiss', () => {
    const c = mount(<SidePanel snapshot={claimDetail()} findings={claimFindings()} onDismiss={vi.fn()} />);
    expect(c.querySelector('[data-group=could-not-check] button')).toBeNull();
  });
});

describe('dismissed findings', () => {
  const findings = claimFindings();
  const ptp = findings.find((f) => f.rule === 'ptp')!;
  const record: DismissalRecord = {
    id: dismissalId('7000-000001', ptp),
    claimNumber: '7000-000001',
    rule: 'ptp',
    lines: [1, 2],
    reason: 'Documented distinct service: separate knee',
    dismissedAt: '2026-11-20T15:00:00.000Z',
  };

  test('move to a collapsed "Dismissed (n)" group with the reason, counted in the header', () => {
    const c = mount(
      <SidePanel snapshot={claimDetail('7000000001')} findings={findings} dismissals={[record]} />,
    );
    expect(c.querySelector('[data-finding-rule=ptp]')).toBeNull();
    const group = c.querySelector('details[data-group=dismissed]') as HTMLDetailsElement;
    expect(group.open).toBe(false);
    expect(group.querySelector('summary')?.textContent).toBe('Dismissed (1)');
    const item = group.querySelector('[data-dismissed-rule=ptp]')!;
    expect(item.getAttribute('data-lines')).toBe('1,2');
    expect(item.textContent).toContain('Dismissed 11/20/2026: Documented distinct service: separate knee');
    expect(c.querySelector('[data-testid=counts]')?.textContent).toBe(
      '1 error · 4 warnings · 1 info · 1 could not check · 1 dismissed',
    );
  });

  test('Undo calls back with the dismissal id', () => {
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
    expect(onUndoDismiss).toHaveBeenCalledWith('7000000001|ptp|1,2');
  });

  test('a dismissal for other lines or another claim does not hide the finding', () => {
    const c = mount(
      <SidePanel
        snapshot={claimDetail('7000000002')}
        findings={findings}
        dismissals={[record, { ...record, id: dismissalId('7000000002', { rule: 'ptp', lines: [2, 3] }) }]}
      />,
    );
    expect(c.querySelector('[data-finding-rule=ptp]')).not.toBeNull();
    expect(c.querySelector('[data-group=dismissed]')).toBeNull();
  });
});
