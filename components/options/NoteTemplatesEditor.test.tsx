// @vitest-environment happy-dom
import axe from 'axe-core';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { DEFAULT_NOTE_SETTINGS, type NoteSettings } from '../../utils/notes/settings';
import { defaultTemplates } from '../../utils/notes/templates';
import { NoteTemplatesEditor } from './NoteTemplatesEditor';

let root: HTMLDivElement;
let saved: NoteSettings[];

function Harness({ initial }: { initial: NoteSettings }) {
  const [settings, setSettings] = useState(initial);
  return (
    <NoteTemplatesEditor
      settings={settings}
      today="2026-11-27"
      onChange={(s) => {
        saved.push(s);
        setSettings(s);
      }}
    />
  );
}

beforeEach(() => {
  saved = [];
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(initial: NoteSettings = DEFAULT_NOTE_SETTINGS) {
  act(() => render(<Harness initial={initial} />, root));
}

function byLabel<T extends HTMLElement>(text: string): T {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent === text);
  const target = label && root.querySelector(`[id="${label.htmlFor}"]`);
  if (!target) throw new Error(`no field labelled "${text}"`);
  return target as T;
}

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const preview = (kind: string) => root.querySelector(`[data-preview="${kind}"]`)?.textContent;

test('every page kind has a labelled template box showing the default and its preview', () => {
  mount();
  for (const [label, kind] of [
    ['Claim status note template', 'claim-status'],
    ['Claim detail note template', 'claim-detail'],
    ['Remittance (ERA / EOB) note template', 'remittance'],
    ['Eligibility note template', 'eligibility'],
    ['Claim entry note template', 'claim-entry'],
    ['Other pages note template', 'unknown'],
  ] as const) {
    expect(byLabel<HTMLTextAreaElement>(label).value).toBe(defaultTemplates[kind]);
    expect(preview(kind)).toMatch(/^11\/27\/2026 Availity/);
  }
  expect(preview('claim-status')).toContain('claim 7000000001, DOS 08/01/2024, billed $560.00');
});

test('typing a template updates the preview and saves it for that kind only', () => {
  mount();
  type(byLabel('Eligibility note template'), '{date} elig: {coverage}, ded left {deductibleRemaining}');
  expect(preview('eligibility')).toBe('11/27/2026 elig: active (Gold PPO), ded left $500.00 of $3,000.00');
  expect(saved.at(-1)?.templates).toEqual({
    eligibility: '{date} elig: {coverage}, ded left {deductibleRemaining}',
  });
});

test('an unknown placeholder is pointed out and stays visible in the preview', () => {
  mount();
  const box = byLabel<HTMLTextAreaElement>('Claim status note template');
  type(box, '{date} {claimNo} {foo}');
  const alert = root.querySelector('[data-kind="claim-status"] [role="alert"]');
  expect(alert?.textContent).toContain('{claimNo}, {foo}');
  expect(box.getAttribute('aria-invalid')).toBe('true');
  expect(box.getAttribute('aria-describedby')).toContain(alert?.id);
  expect(preview('claim-status')).toBe('11/27/2026 {claimNo} {foo}');
  type(box, '{date} {claimNumber}');
  expect(root.querySelector('[data-kind="claim-status"] [role="alert"]')).toBeNull();
});

test('initials: letters only, at most four, upper-cased, and shown in every preview', () => {
  mount();
  type(byLabel('Your initials'), 'j.d2x');
  expect(saved.at(-1)?.initials).toBe('JDX');
  expect(preview('remittance')).toMatch(/— JDX$/);
});

test('"use the default" drops the own template; it is off while the default is in use', () => {
  mount({ initials: '', templates: { remittance: '{date} ERA {claimNumber}' } });
  const reset = [...root.querySelectorAll('[data-kind="remittance"] button')][0] as HTMLButtonElement;
  expect(reset.disabled).toBe(false);
  act(() => reset.click());
  expect(saved.at(-1)?.templates).toEqual({});
  expect(byLabel<HTMLTextAreaElement>('Remittance (ERA / EOB) note template').value).toBe(
    defaultTemplates.remittance,
  );
  expect(reset.disabled).toBe(true);
});

test('the placeholder list names every placeholder with its meaning', () => {
  mount();
  const terms = [...root.querySelectorAll('.placeholders dt')].map((d) => d.textContent);
  expect(terms).toContain('{denials}');
  expect(terms).toContain('{patientShare}');
  expect(terms).toContain('{actionTaken}');
  expect(terms.length).toBe(22);
});

test('page text in a template is shown as text, never as HTML', () => {
  mount();
  type(byLabel('Other pages note template'), '<img src=x onerror=alert(1)> {date}');
  expect(root.querySelector('img')).toBeNull();
  expect(preview('unknown')).toBe('<img src=x onerror=alert(1)> 11/27/2026');
});

test('no serious accessibility problems', async () => {
  mount();
  type(byLabel('Claim status note template'), '{date} {oops}');
  document.documentElement.lang = 'en';
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('emptying a box keeps it empty while typing, and the default is used meanwhile', () => {
  mount();
  const box = byLabel<HTMLTextAreaElement>('Claim entry note template');
  type(box, '');
  expect(box.value).toBe('');
  expect(root.querySelector('[data-kind="claim-entry"] .preview-label')?.textContent).toContain(
    'Empty: the default is used',
  );
  expect(preview('claim-entry')).toMatch(/^11\/27\/2026 Availity claim entry/);
});
