// @vitest-environment happy-dom
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { NoteRecord } from '../../utils/notes/history';
import { NoteHistory, type NoteHistoryProps } from './NoteHistory';

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const note = (id: number, claimNumber: string, text: string, createdAt: string): NoteRecord => ({
  id,
  claimNumber,
  claimKey: claimNumber.replace(/\W/g, ''),
  portal: 'availity',
  kind: 'claim-status',
  text,
  createdAt,
});
const NOTES = [
  note(3, '7000000001', 'denied CO-97, next: XS — JD', '2026-11-27T12:00:00Z'),
  note(2, '7000000002', 'paid $62.14 — JD', '2026-11-26T12:00:00Z'),
  note(1, '8000000001', '<b>not bold</b>', '2026-11-25T12:00:00Z'),
];

function mount(props: Partial<NoteHistoryProps> = {}) {
  act(() => render(<NoteHistory notes={NOTES} onExport={() => {}} {...props} />, root));
}
const search = () => root.querySelector<HTMLInputElement>('input[type="search"]')!;
function type(value: string) {
  act(() => {
    search().value = value;
    search().dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const listed = () => [...root.querySelectorAll('.note-text')].map((p) => p.textContent);
const exportButton = () =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Export CSV'))!;

test('lists every note, newest first as given, with its claim and time', () => {
  mount();
  expect(listed()).toEqual(['denied CO-97, next: XS — JD', 'paid $62.14 — JD', '<b>not bold</b>']);
  expect(root.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-27T12:00:00Z');
  expect(root.querySelector('.note-meta')?.textContent).toContain('claim 7000000001');
  expect(root.querySelector('[data-testid="note-count"]')?.textContent).toBe('3 notes');
});

test('searching by the start of a claim number, typed with dashes, narrows the list and the export', () => {
  const onExport = vi.fn();
  const onQueryChange = vi.fn();
  mount({ onExport, onQueryChange });
  type('7000-000');
  expect(listed()).toEqual(['denied CO-97, next: XS — JD', 'paid $62.14 — JD']);
  expect(onQueryChange).toHaveBeenLastCalledWith('7000-000');
  act(() => exportButton().click());
  expect(onExport.mock.calls[0]?.[0].map((n: NoteRecord) => n.id)).toEqual([3, 2]);
  type('9');
  expect(root.textContent).toContain('No notes for that claim number.');
  expect(exportButton().disabled).toBe(true);
});

test('with no notes it says so and there is nothing to export', () => {
  mount({ notes: [] });
  expect(root.textContent).toContain('No notes copied yet.');
  expect(exportButton().disabled).toBe(true);
});

test('copy again hands back the note; the button says which note', () => {
  const onCopy = vi.fn();
  mount({ onCopy });
  const copy = root.querySelector<HTMLButtonElement>('[data-note-id="2"] button')!;
  expect(copy.getAttribute('aria-label')).toContain('claim 7000000002');
  act(() => copy.click());
  expect(onCopy).toHaveBeenCalledWith(NOTES[1]);
});

test('note text is shown as text, never as HTML', () => {
  mount();
  expect(root.querySelector('b')).toBeNull();
});

test('no serious accessibility problems', async () => {
  mount({ onCopy: () => {} });
  document.documentElement.lang = 'en';
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
