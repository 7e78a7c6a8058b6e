import { expect, test } from 'vitest';
import type { RuleSettings } from './rules/settings';
import { STORED_SETTINGS, settingLabel, settingsForBackup, settingsFromBackup } from './settings-backup';

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
  expect(valid).toEqual({ 'settings:display': { inlineFlags: false }, 'settings:display$': { v: 1 } });
  expect(refused.sort()).toEqual(['settings:other', 'settings:userHosts']);
});

test('a backup from a newer release keeps the rule settings beside a rule id this version does not know', () => {
  const rules = {
    unknownPayerFilingDays: 60,
    filingLimits: [{ name: 'Acme', payerPattern: 'acme', days: 45 }],
    rules: { ptp: { enabled: false }, 'rule-from-2027': { enabled: false } },
  };
  const { valid, refused, leftOut } = settingsFromBackup({ 'settings:rules': rules });
  expect(refused).toEqual([]);
  expect(leftOut).toEqual(['settings:rules rules.rule-from-2027']);
  const kept = valid['settings:rules'] as RuleSettings;
  expect(kept.unknownPayerFilingDays).toBe(60);
  expect(kept.filingLimits.map((l) => l.name)).toEqual(['Acme']);
  expect(kept.rules).toEqual({ ptp: { enabled: false, severity: null } });
});

test('keys an object inherits (constructor, __proto__, toString…) are ignored, never run', () => {
  const raw = JSON.parse(
    '{"constructor":{"x":1},"__proto__":{"polluted":true},"toString":1,"hasOwnProperty":1,"valueOf":{},"settings:display":{"inlineFlags":false}}',
  );
  const { valid, refused } = settingsFromBackup(raw);
  expect(valid).toEqual({ 'settings:display': { inlineFlags: false }, 'settings:display$': { v: 1 } });
  expect(refused.sort()).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf']);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(settingsForBackup({ constructor: 1, 'settings:notes': {} })).toEqual({ 'settings:notes': {} });
});

test('every stored setting has a name the options page can show when it restores or refuses it', () => {
  for (const s of STORED_SETTINGS) expect(settingLabel(s.key), s.key).not.toBeNull();
});
