import { expect, test } from 'vitest';
import { answerFor, howToOpen, readOpenPanelAnswer } from './open-panel';

test('Firefox, sidebar closed: says how to open the sidebar, shortcut first', () => {
  expect(howToOpen({ opened: false, panel: 'sidebar', showing: false, shortcut: 'Alt+Shift+L' })).toBe(
    'For every finding, its rule and the note, open the ClaimLens sidebar: press Alt+Shift+L, or click the ClaimLens button in the toolbar.',
  );
});

test('a shortcut the biller removed is not offered', () => {
  const how = howToOpen({ opened: false, panel: 'sidebar', showing: false, shortcut: null });
  expect(how).not.toContain('press');
  expect(how).toContain('click the ClaimLens button in the toolbar');
});

test('when the sidebar is already showing, it points at it instead of saying how to open it', () => {
  expect(howToOpen({ opened: false, panel: 'sidebar', showing: true, shortcut: 'Alt+Shift+L' })).toBe(
    'Every finding, its rule and the note are in the ClaimLens sidebar.',
  );
});

test("Chrome, if it ever would not open the side panel: the button may be in Chrome's Extensions menu", () => {
  expect(howToOpen({ opened: false, panel: 'side panel', showing: false, shortcut: null })).toBe(
    "For every finding, its rule and the note, open the ClaimLens side panel: click ClaimLens in the toolbar or in the toolbar's Extensions menu.",
  );
});

test('opened: nothing to say', () => {
  expect(answerFor({ opened: true, panel: 'side panel', showing: false, shortcut: null })).toEqual({
    opened: true,
    how: '',
  });
});

test('the content script reads the answer without trusting it; junk still says something true', () => {
  const sent = answerFor({ opened: false, panel: 'sidebar', showing: false, shortcut: 'Alt+Shift+L' });
  expect(readOpenPanelAnswer(sent)).toEqual(sent);
  for (const junk of [undefined, null, 'yes', 1, [], { opened: 'true' }, { how: 42 }, { how: '  ' }]) {
    expect(readOpenPanelAnswer(junk)).toEqual({
      opened: false,
      how: 'For every finding, its rule and the note, open the ClaimLens panel from the toolbar.',
    });
  }
  expect(readOpenPanelAnswer({ how: 'x'.repeat(1000) }).how).toHaveLength(300);
});
