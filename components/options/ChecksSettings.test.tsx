// @vitest-environment happy-dom
import axe from 'axe-core';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { RULE_IDS } from '../../utils/model/finding';
import { DEFAULT_RULE_SETTINGS, RuleSettings } from '../../utils/rules/settings';
import type { DisplaySettings } from '../../utils/settings';
import { ChecksSettings, isNoisy, type RuleStats } from './ChecksSettings';
import { RULE_LABELS } from './rule-labels';

let root: HTMLDivElement;
let saved: RuleSettings[];
let displays: DisplaySettings[];

const STATS: RuleStats = {
  ptp: { fired: 10, dismissed: 1 },
  'mod-59': { fired: 8, dismissed: 6 },
  kx: { fired: 2, dismissed: 2 },
};

function Harness({ initial }: { initial: RuleSettings }) {
  const [settings, setSettings] = useState(initial);
  const [display, setDisplay] = useState<DisplaySettings>({ inlineFlags: true });
  return (
    <ChecksSettings
      settings={settings}
      display={display}
      stats={STATS}
      onChange={(s) => {
        saved.push(s);
        setSettings(s);
      }}
      onDisplayChange={(d) => {
        displays.push(d);
        setDisplay(d);
      }}
    />
  );
}

beforeEach(() => {
  saved = [];
  displays = [];
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(initial: RuleSettings = DEFAULT_RULE_SETTINGS) {
  act(() => render(<Harness initial={initial} />, root));
}

/** A control by its accessible name: aria-label, or a <label for>. */
function byName<T extends HTMLElement>(name: string): T {
  const direct = root.querySelector(`[aria-label="${name}"]`);
  if (direct) return direct as T;
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent === name);
  const target = label && root.querySelector(`[id="${label.htmlFor}"]`);
  if (!target) throw new Error(`no control named "${name}"`);
  return target as T;
}

function type(field: HTMLInputElement, value: string) {
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
function toggle(box: HTMLInputElement) {
  act(() => {
    box.checked = !box.checked;
    box.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
function button(text: string): HTMLButtonElement {
  const b = [...root.querySelectorAll('button')].find((x) => x.textContent?.trim() === text);
  if (!b) throw new Error(`no button "${text}"`);
  return b;
}
const last = () => {
  const s = saved.at(-1);
  if (!s) throw new Error('nothing saved');
  expect(RuleSettings.safeParse(s).success).toBe(true);
  return s;
};

test('every rule has a row with its label, switch, level and counts', () => {
  mount();
  expect(root.querySelector('h2#checks')?.textContent).toBe('Checks');
  const rows = root.querySelectorAll('.rules-table tbody tr');
  expect(rows.length).toBe(RULE_IDS.length);
  for (const r of RULE_IDS) {
    expect(byName<HTMLInputElement>(`${RULE_LABELS[r]} on`).checked).toBe(true);
    expect(byName<HTMLSelectElement>(`${RULE_LABELS[r]} level`).value).toBe('default');
  }
  const ptp = root.querySelector('tr[data-rule="ptp"]');
  expect(ptp?.querySelector('[data-count="fired"]')?.textContent).toBe('10');
  expect(ptp?.querySelector('[data-count="dismissed"]')?.textContent).toBe('1');
});

test('switching a rule off and lowering another saves new valid settings', () => {
  mount();
  toggle(byName(`${RULE_LABELS.kx} on`));
  expect(last().rules.kx).toEqual({ enabled: false, severity: null });
  choose(byName(`${RULE_LABELS.ptp} level`), 'warning');
  expect(last().rules).toEqual({
    kx: { enabled: false, severity: null },
    ptp: { enabled: true, severity: 'warning' },
  });
  // Back to on + default removes the entry.
  toggle(byName(`${RULE_LABELS.kx} on`));
  choose(byName(`${RULE_LABELS.ptp} level`), 'default');
  expect(last().rules).toEqual({});
  expect(saved.every((s) => s !== DEFAULT_RULE_SETTINGS)).toBe(true);
});

test('rules dismissed more than half the time are named and can be sorted first', () => {
  mount();
  expect(isNoisy(STATS['mod-59'])).toBe(true);
  expect(isNoisy(STATS.kx)).toBe(false); // too few to tell
  expect(isNoisy(STATS.ptp)).toBe(false);
  expect(root.querySelector('[data-testid="noisy-summary"]')?.textContent).toContain(RULE_LABELS['mod-59']);
  expect(root.querySelector('tr[data-rule="mod-59"]')?.className).toBe('is-noisy');
  expect(root.querySelector('tr[data-rule="mod-59"] .noisy-flag')?.textContent).toContain('75%');
  choose(byName('Sort checks by'), 'dismissed');
  const order = [...root.querySelectorAll('.rules-table tbody tr')].map((r) => r.getAttribute('data-rule'));
  expect(order.slice(0, 2)).toEqual(['kx', 'mod-59']);
  choose(byName('Sort checks by'), 'fired');
  expect(root.querySelector('.rules-table tbody tr')?.getAttribute('data-rule')).toBe('ptp');
});

test('inline flags checkbox calls onDisplayChange', () => {
  mount();
  toggle(byName('Show inline flags on claim-entry forms'));
  expect(displays).toEqual([{ inlineFlags: false }]);
  expect(saved).toEqual([]);
});

test('a filing limit days of 0 is refused with the reason and not saved; a valid value is saved', () => {
  mount();
  const days = byName<HTMLInputElement>('Days for Aetna');
  type(days, '0');
  expect(saved).toEqual([]);
  const alert = root.querySelector('[role="alert"]');
  expect(alert?.textContent).toBe('Days must be more than 0');
  expect(days.getAttribute('aria-invalid')).toBe('true');
  expect(days.getAttribute('aria-describedby')).toBe(alert?.id);
  expect(days.value).toBe('0');
  type(days, '12.5');
  expect(root.querySelector('[role="alert"]')?.textContent).toBe('Days must be a whole number');
  type(days, '180');
  expect(root.querySelector('[role="alert"]')).toBeNull();
  expect(last().filingLimits.find((l) => l.name === 'Aetna')?.days).toBe(180);
});

test('filing limits: out-of-network empty means none, rows can be removed and added', () => {
  mount();
  type(byName('Out-of-network days for Cigna (empty: same)'), '');
  expect(last().filingLimits.find((l) => l.name === 'Cigna')?.outOfNetworkDays).toBeNull();
  const before = last().filingLimits.length;
  act(() => button('Remove the limit for Anthem').click());
  expect(last().filingLimits.map((l) => l.name)).not.toContain('Anthem');
  expect(last().filingLimits.length).toBe(before - 1);

  const form = root.querySelector('form[aria-label="Add a filing limit"]') as HTMLFormElement;
  type(byName('Days'), '60');
  act(() => form.requestSubmit());
  expect(form.querySelector('[role="alert"]')?.textContent).toBe(
    'Payer name contains: must name at least one payer',
  );
  const count = saved.length;
  const inputs = form.querySelectorAll('input');
  type(inputs[0] as HTMLInputElement, 'Humana');
  type(inputs[1] as HTMLInputElement, 'humana');
  act(() => form.requestSubmit());
  expect(saved.length).toBe(count + 1);
  expect(last().filingLimits.at(-1)).toMatchObject({
    name: 'Humana',
    payer: { nameContains: ['humana'], unlessNameContains: [] },
    days: 60,
  });
  expect(form.querySelector('[role="alert"]')).toBeNull();
});

test('unknown-payer, warning and redetermination days are editable and validated', () => {
  mount();
  type(byName('Days for payers not listed above'), '120');
  expect(last().unknownPayerFilingDays).toBe(120);
  type(byName('Warn when this many days or fewer are left'), '-1');
  expect(root.querySelector('[role="alert"]')?.textContent).toBe(
    'Warn when this many days or fewer are left must be 0 or more',
  );
  type(byName('Medicare redetermination days'), '');
  expect(root.querySelectorAll('[role="alert"]').length).toBe(2);
  expect(last().redeterminationDays).toBe(120);
});

test('per-payer overrides: add a payer, switch a rule off and lower another, rename, remove', () => {
  mount();
  act(() => button('Add payer overrides').click());
  expect(root.querySelector('.add-row [role="alert"]')?.textContent).toBe(
    'Payer name contains: must name at least one payer',
  );
  expect(saved).toEqual([]);
  // Only "not …" names say nothing to look for: refused with the reason.
  type(byName('Payer name contains'), 'not medicare');
  act(() => button('Add payer overrides').click());
  expect(root.querySelector('.add-row [role="alert"]')?.textContent).toBe(
    'Payer name contains: must name at least one payer',
  );
  expect(saved).toEqual([]);
  type(byName('Payer name contains'), 'aetna');
  act(() => button('Add payer overrides').click());
  expect(last().payerRules).toEqual([
    { payer: { nameContains: ['aetna'], unlessNameContains: [] }, rules: {} },
  ]);
  choose(byName(`${RULE_LABELS.ptp} for payers whose name contains aetna`), 'off');
  choose(byName(`${RULE_LABELS.mue} for payers whose name contains aetna`), 'info');
  expect(last().payerRules[0]?.rules).toEqual({
    ptp: { enabled: false, severity: null },
    mue: { enabled: true, severity: 'info' },
  });
  expect(root.querySelector('[data-payer="0"] summary')?.textContent).toContain('2 changed');
  const pattern = root.querySelector('[data-payer="0"] input') as HTMLInputElement;
  type(pattern, 'aetna, meritain, not medicare');
  expect(last().payerRules[0]?.payer).toEqual({
    nameContains: ['aetna', 'meritain'],
    unlessNameContains: ['medicare'],
  });
  choose(byName(`${RULE_LABELS.ptp} for payers whose name contains aetna, meritain, not medicare`), 'same');
  expect(last().payerRules[0]?.rules).toEqual({ mue: { enabled: true, severity: 'info' } });
  act(() => button('Remove overrides for “aetna, meritain, not medicare”').click());
  expect(last().payerRules).toEqual([]);
});

test('KX thresholds: edit, refuse a bad amount, add and remove a year', () => {
  mount();
  type(byName('KX threshold for 2026'), '2490');
  expect(last().kxThresholds['2026']).toBe(2490);
  type(byName('KX threshold for 2025'), '0');
  expect(root.querySelector('[role="alert"]')?.textContent).toBe('The 2025 threshold must be more than 0');
  const form = root.querySelector('form[aria-label="Add a KX threshold year"]') as HTMLFormElement;
  type(byName('Year'), '27');
  type(byName('Threshold ($)'), '2550');
  act(() => form.requestSubmit());
  expect(form.querySelector('[role="alert"]')?.textContent).toContain('four digits');
  type(byName('Year'), '2026');
  act(() => form.requestSubmit());
  expect(form.querySelector('[role="alert"]')?.textContent).toBe(
    '2026 is already listed: change its amount above.',
  );
  type(byName('Year'), '2027');
  act(() => form.requestSubmit());
  expect(last().kxThresholds['2027']).toBe(2550);
  act(() => button('Remove 2024').click());
  expect(Object.keys(last().kxThresholds).sort()).toEqual(['2025', '2026', '2027']);
});

test('payer text is shown as text, never as HTML', () => {
  mount({
    ...DEFAULT_RULE_SETTINGS,
    payerRules: [
      { payer: { nameContains: ['<img src=x onerror=alert(1)>'], unlessNameContains: [] }, rules: {} },
    ],
  });
  expect(root.querySelector('img')).toBeNull();
  expect(root.querySelector('legend')?.textContent).toContain('<img');
});

test('no serious accessibility problems', async () => {
  mount({
    ...DEFAULT_RULE_SETTINGS,
    payerRules: [
      {
        payer: { nameContains: ['aetna'], unlessNameContains: [] },
        rules: { kx: { enabled: false, severity: null } },
      },
    ],
  });
  type(byName('Days for Aetna'), '0');
  document.documentElement.lang = 'en';
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}, 60_000); // axe over ~60 table rows is slow on a busy machine

test('a refused entry is dropped when the row under it changes (a row above removed)', () => {
  mount();
  type(byName('Days for Aetna'), '0');
  expect(root.querySelectorAll('[role="alert"]').length).toBe(1);
  act(() => button('Remove the limit for Medicare').click());
  expect(root.querySelectorAll('[role="alert"]').length).toBe(0);
  expect(byName<HTMLInputElement>('Days for Aetna').value).toBe('120');
  expect(byName<HTMLInputElement>('Days for Anthem').value).toBe('90');
});

test('the appeal window and the history threshold and look-back are editable and validated', () => {
  mount();
  type(byName('Appeal window for payers other than Medicare (days)'), '365');
  expect(last().appealDays).toBe(365);
  type(byName('Warn after this many denials'), '5');
  type(byName('Look back this many days'), '180');
  expect(last().history).toEqual({ minDenials: 5, windowDays: 180 });
  type(byName('Warn after this many denials'), '0');
  expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/^Warn after this many denials /);
  expect(last().history.minDenials).toBe(5);
});
