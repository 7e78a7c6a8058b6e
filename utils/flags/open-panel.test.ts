import { expect, test } from 'vitest';
import type { LineFlag } from './flags';
import { popoverText, readOpenPanelAnswer } from './open-panel';

const flag: LineFlag = { line: 5, code: '36415', severity: 'error', text: '36415: 3 units, MUE is 2' };

test('the answer from the background is read field by field; junk reads as "not opened"', () => {
  expect(readOpenPanelAnswer({ opened: true, panel: 'side panel', showing: false, shortcut: null })).toEqual({
    opened: true,
    panel: 'side panel',
    showing: false,
    shortcut: null,
  });
  for (const junk of [undefined, null, 'yes', 1, [], { opened: 'true' }, { panel: '<b>x</b>' }]) {
    expect(readOpenPanelAnswer(junk)).toEqual({
      opened: false,
      panel: 'side panel',
      showing: false,
      shortcut: null,
    });
  }
  expect(readOpenPanelAnswer({ shortcut: `  ${'x'.repeat(100)}` }).shortcut).toHaveLength(40);
  expect(readOpenPanelAnswer({ shortcut: '   ' }).shortcut).toBeNull();
});

test('Firefox, sidebar closed: the popover says how to open the sidebar, shortcut first', () => {
  const text = popoverText(flag, {
    opened: false,
    panel: 'sidebar',
    showing: false,
    shortcut: 'Alt+Shift+L',
  });
  expect(text.title).toBe('ClaimLens, line 5: Error');
  expect(text.how).toBe(
    'For every finding, its rule and the note, open the ClaimLens sidebar: press Alt+Shift+L, or click the ClaimLens button in the toolbar.',
  );
});

test('a shortcut the biller removed is not offered', () => {
  const text = popoverText(flag, { opened: false, panel: 'sidebar', showing: false, shortcut: null });
  expect(text.how).not.toContain('press');
  expect(text.how).toContain('click the ClaimLens button in the toolbar');
});

test('when the sidebar is already showing, the popover points at it instead of saying how to open it', () => {
  const text = popoverText(flag, { opened: false, panel: 'sidebar', showing: true, shortcut: 'Alt+Shift+L' });
  expect(text.how).toBe('Every finding, its rule and the note are in the ClaimLens sidebar.');
});

test("Chrome, when it would not open the side panel: points at the button, which may be in Chrome's menu", () => {
  const text = popoverText(flag, { opened: false, panel: 'side panel', showing: false, shortcut: null });
  expect(text.how).toBe(
    "For every finding, its rule and the note, open the ClaimLens side panel: click ClaimLens in the toolbar or in the toolbar's Extensions menu.",
  );
});
