// @vitest-environment happy-dom
import { beforeEach, expect, test } from 'vitest';
import type { LineFlag } from '../../utils/flags/flags';
import { createFlagPopover } from './flag-popover';

const answer =
  'For every finding, its rule and the note, open the ClaimLens sidebar: press Alt+Shift+L, or click the ClaimLens button in the toolbar.';
const flag = (text: string, line = 5): LineFlag => ({ line, code: '36415', severity: 'error', text });

let host: HTMLElement;
let root: ShadowRoot;
let badge: HTMLButtonElement;

beforeEach(() => {
  document.body.replaceChildren();
  host = document.createElement('claimlens-flags');
  root = host.attachShadow({ mode: 'closed' });
  badge = document.createElement('button');
  badge.style.left = '100px';
  badge.style.top = '40px';
  root.append(badge);
  document.body.append(host);
});

const dialog = () => root.querySelector<HTMLElement>('[role=dialog]');

test('shows the finding and how to open the sidebar as text, in a labelled dialog that takes focus', () => {
  const popover = createFlagPopover(root, () => host);
  popover.show(flag('<img src=x onerror="alert(1)"> 3 units over the MUE'), badge, answer);
  const box = dialog();
  expect(box?.querySelector('img')).toBeNull();
  expect(box?.textContent).toContain('<img src=x onerror="alert(1)"> 3 units over the MUE');
  expect(box?.textContent).toContain('press Alt+Shift+L, or click the ClaimLens button in the toolbar');
  const title = root.getElementById(box?.getAttribute('aria-labelledby') ?? '');
  expect(title?.textContent).toBe('ClaimLens, line 5: Error');
  expect(root.activeElement).toBe(box);
  expect(box?.style.top).toBe('64px');
});

test('Escape and the Close button close it and give focus back to the badge', () => {
  const popover = createFlagPopover(root, () => host);
  popover.show(flag('x'), badge, answer);
  dialog()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  expect(dialog()).toBeNull();
  expect(root.activeElement).toBe(badge);
  popover.show(flag('x'), badge, answer);
  dialog()?.querySelector<HTMLButtonElement>('button.x')?.click();
  expect(dialog()).toBeNull();
});

test('a click elsewhere on the page closes it; a click inside does not', () => {
  const popover = createFlagPopover(root, () => host);
  popover.show(flag('x'), badge, answer);
  dialog()?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  expect(dialog()).not.toBeNull();
  document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  expect(dialog()).toBeNull();
});

test('when the flags are redrawn (the biller typed) it follows its line, or closes when the line is clean', () => {
  const popover = createFlagPopover(root, () => host);
  popover.show(flag('3 units over the MUE'), badge, answer);
  const next = document.createElement('button');
  root.append(next);
  popover.rebind((line) => (line === 5 ? { el: next, flag: flag('4 units over the MUE') } : null));
  expect(dialog()?.textContent).toContain('4 units over the MUE');
  popover.rebind(() => null);
  expect(dialog()).toBeNull();
});
