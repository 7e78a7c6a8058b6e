// @vitest-environment happy-dom
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { DEFAULT_RETENTION } from '../../utils/privacy/retention';
import { PrivacySettings, type PrivacySettingsProps } from './PrivacySettings';

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(props: Partial<PrivacySettingsProps> = {}) {
  const handlers = {
    onRetentionChange: vi.fn(),
    onDeleteAll: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
  };
  act(() => render(<PrivacySettings retention={DEFAULT_RETENTION} {...handlers} {...props} />, root));
  return handlers;
}

function field<T extends HTMLInputElement>(labelText: string): T {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.startsWith(labelText));
  const el = label && root.querySelector(`[id="${label.htmlFor}"]`);
  if (!el) throw new Error(`no field labelled "${labelText}"`);
  return el as T;
}
function fire(el: HTMLInputElement, value: string, event: 'input' | 'change') {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
}
const button = (text: string) => {
  const b = [...root.querySelectorAll('button')].find((x) => x.textContent?.trim() === text);
  if (!b) throw new Error(`no button "${text}"`);
  return b;
};
const click = (text: string) => act(() => button(text).click());
const alerts = () => [...root.querySelectorAll('[role="alert"]')].map((a) => a.textContent);

test('retention: the current days are shown; a whole number is passed on, anything else explained', () => {
  const h = mount({ retention: { noteDays: 365, dismissalDays: 30, denialDays: 365 } });
  expect(field('Keep notes for').value).toBe('365');
  expect(field('Keep dismissed findings for').value).toBe('30');
  fire(field('Keep notes for'), '90', 'change');
  expect(h.onRetentionChange).toHaveBeenCalledWith({ noteDays: 90, dismissalDays: 30, denialDays: 365 });
  fire(field('Keep dismissed findings for'), '0', 'change');
  expect(h.onRetentionChange).toHaveBeenLastCalledWith({ noteDays: 365, dismissalDays: 0, denialDays: 365 });
  fire(field('Keep denied claims (worklist) not seen or worked for'), '730', 'change');
  expect(h.onRetentionChange).toHaveBeenLastCalledWith({ noteDays: 365, dismissalDays: 30, denialDays: 730 });
  fire(field('Keep notes for'), '1.5', 'change');
  expect(alerts()).toEqual(['Enter a whole number of days from 0 to 36500.']);
  expect(h.onRetentionChange).toHaveBeenCalledTimes(3);
});

test('delete all asks first, says how much goes, lands on Cancel, and deletes only on yes', () => {
  const h = mount({ stored: { notes: 12, dismissals: 1, denials: 40 } });
  click('Delete all patient data…');
  expect(root.textContent).toContain(
    'This deletes 12 notes, 1 dismissed finding and 40 denied claims from this browser, and what ClaimLens has read on open portal tabs.',
  );
  expect(document.activeElement).toBe(button('Cancel'));
  click('Cancel');
  expect(h.onDeleteAll).not.toHaveBeenCalled();
  click('Delete all patient data…');
  click('Yes, delete everything');
  expect(h.onDeleteAll).toHaveBeenCalledTimes(1);
  expect(() => button('Yes, delete everything')).toThrow();
});

test('export needs 8 characters typed the same twice, then hands over the passphrase and clears the fields', () => {
  const h = mount();
  fire(field('Passphrase (at least 8'), 'short', 'input');
  fire(field('Passphrase again'), 'short', 'input');
  click('Export backup');
  expect(alerts()).toEqual(['The passphrase must be at least 8 characters.']);
  fire(field('Passphrase (at least 8'), 'long enough one', 'input');
  fire(field('Passphrase again'), 'long enough 0ne', 'input');
  click('Export backup');
  expect(alerts()).toEqual(['The two passphrases are not the same.']);
  expect(h.onExport).not.toHaveBeenCalled();
  fire(field('Passphrase again'), 'long enough one', 'input');
  click('Export backup');
  expect(h.onExport).toHaveBeenCalledWith('long enough one');
  expect(alerts()).toEqual([]);
  expect(field('Passphrase (at least 8').value).toBe('');
});

test('import needs a file and a passphrase, then hands both over', () => {
  const h = mount();
  click('Import backup');
  expect(alerts()).toEqual(['Choose the backup file first.']);
  const file = new File(['{}'], 'claimlens-backup.json', { type: 'application/json' });
  const input = field('Backup file');
  Object.defineProperty(input, 'files', { value: [file] });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  click('Import backup');
  expect(alerts()).toEqual(['Enter the passphrase the backup was made with.']);
  fire(field('Passphrase of the backup'), 'correct horse', 'input');
  click('Import backup');
  expect(h.onImport).toHaveBeenCalledWith(file, 'correct horse');
});

test('messages passed in are shown where they belong: refusals as alerts, results as status', () => {
  mount({
    messages: {
      import: { kind: 'error', text: 'The passphrase is wrong, or the file was changed after it was made.' },
      export: { kind: 'success', text: 'Backup saved: 42 notes.' },
    },
  });
  expect(alerts()).toEqual(['The passphrase is wrong, or the file was changed after it was made.']);
  expect(root.querySelector('[role="status"]')?.textContent).toBe('Backup saved: 42 notes.');
});

test('while a backup is running its buttons wait', () => {
  mount({ busy: true });
  expect(button('Export backup').disabled).toBe(true);
  expect(button('Import backup').disabled).toBe(true);
});

test('no serious accessibility problems, with the confirmation open', async () => {
  mount({ messages: { import: { kind: 'error', text: 'x' } } });
  click('Delete all patient data…');
  document.documentElement.lang = 'en';
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
