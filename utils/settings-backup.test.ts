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
