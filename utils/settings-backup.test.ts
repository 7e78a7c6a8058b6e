import { expect, test } from 'vitest';
import { settingsForBackup, settingsFromBackup } from './settings-backup';

test('only known settings go into a backup (never tab state or stats)', () => {
  const stored = { 'settings:notes': { initials: 'JD' }, 'tab:4': { frames: {} }, 'stats:x': 1 };
  expect(settingsForBackup(stored)).toEqual({ 'settings:notes': { initials: 'JD' } });
});

test('restored settings are validated one by one; invalid or unknown keys are refused', () => {
  const { valid, refused } = settingsFromBackup({
    'settings:display': { inlineFlags: false },
    'settings:userHosts': ['*.evil.example'],
    'settings:other': { anything: true },
  });
  expect(valid).toEqual({ 'settings:display': { inlineFlags: false } });
  expect(refused.sort()).toEqual(['settings:other', 'settings:userHosts']);
});

test('keys an object inherits (constructor, __proto__, toString…) are ignored, never run', () => {
  const raw = JSON.parse(
    '{"constructor":{"x":1},"__proto__":{"polluted":true},"toString":1,"hasOwnProperty":1,"valueOf":{},"settings:display":{"inlineFlags":false}}',
  );
  const { valid, refused } = settingsFromBackup(raw);
  expect(valid).toEqual({ 'settings:display': { inlineFlags: false } });
  expect(refused.sort()).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf']);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(settingsForBackup({ constructor: 1, 'settings:notes': {} })).toEqual({ 'settings:notes': {} });
});
