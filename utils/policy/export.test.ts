import { describe, expect, test } from 'vitest';
import { TAUGHT_RECIPE } from '../../tests/fixtures/teach/recipe';
import { DEFAULT_NOTE_SETTINGS } from '../notes/settings';
import { DEFAULT_RETENTION } from '../privacy/retention';
import { RuleSettings } from '../rules/settings';
import { policyFile, policyFromSettings } from './export';
import { POLICY_FIELDS } from './fields';
import { readPolicy } from './read';

const rules = RuleSettings.parse({
  filingWarningDays: 14,
  jurisdiction: { states: ['OH'], presetFrom: null },
});
const settings = {
  rules,
  notes: { ...DEFAULT_NOTE_SETTINGS, templates: { eligibility: 'Checked {date}' } },
  retention: { ...DEFAULT_RETENTION, noteDays: 90 },
  recipes: [TAUGHT_RECIPE],
};
const ids = { chrome: 'abcdefghijklmnopabcdefghijklmnop', gecko: 'claimlens@example.org' };

describe('Export as policy', () => {
  test('the exported policy reads back as exactly these settings, with no problem', () => {
    const policy = policyFromSettings(settings, ['filingLimits', 'retention']);
    const read = readPolicy(policy);
    expect(read.problems).toEqual([]);
    expect(Object.keys(read.values).sort()).toEqual([...POLICY_FIELDS].sort());
    expect(read.values.filingWarningDays).toBe(14);
    expect(read.values.jurisdiction).toEqual({ states: ['OH'], contractors: [] });
    expect(read.values.retention).toEqual({ noteDays: 90, dismissalDays: 365, denialDays: 365 });
    expect([...read.locked]).toEqual(['filingLimits', 'retention']);
  });

  test("a preset jurisdiction is this browser's guess and is not exported", () => {
    const preset = { ...rules, jurisdiction: { states: [], contractors: [], presetFrom: 'cgs' as const } };
    expect(policyFromSettings({ ...settings, rules: preset }, ['jurisdiction'])).not.toHaveProperty(
      'jurisdiction',
    );
    expect(policyFromSettings({ ...settings, rules: preset }, ['jurisdiction']).locked).toEqual([]);
  });

  test('Chrome and Firefox files name the extension where each browser looks for it', () => {
    const policy = policyFromSettings(settings, []);
    const chrome = JSON.parse(policyFile('chrome', policy, ids));
    const values = chrome['3rdparty'].extensions[ids.chrome];
    expect(values.recipes).toEqual([JSON.stringify(settings.recipes[0])]);
    expect(readPolicy(values).values.recipes).toEqual(settings.recipes);
    const firefox = JSON.parse(policyFile('firefox', policy, ids));
    expect(firefox.policies['3rdparty'].Extensions[ids.gecko].recipes).toEqual(settings.recipes);
    expect(readPolicy(JSON.parse(policyFile('values', policy, ids))).problems).toEqual([]);
  });
});
