import { describe, expect, test } from 'vitest';
import { sameJson } from '../json';
import { DEFAULT_NOTE_SETTINGS } from '../notes/settings';
import { DEFAULT_RETENTION } from '../privacy/retention';
import { DEFAULT_RULE_SETTINGS, RuleSettings } from '../rules/settings';
import type { PolicyField } from './fields';
import {
  applyRuleEdit,
  fieldSource,
  mergeJurisdiction,
  mergeNoteSettings,
  mergeRetention,
  mergeRuleSettings,
} from './merge';
import { readPolicy } from './read';

const own = RuleSettings.parse({
  filingLimits: [{ name: 'Mine', payer: { nameContains: ['mine'] }, days: 100 }],
  filingWarningDays: 20,
  jurisdiction: { states: ['OH'] },
});
const none = new Set<PolicyField>();
const policy = readPolicy({
  filingLimits: [{ name: 'Office', payer: { nameContains: ['office'] }, days: 45 }],
  filingWarningDays: 7,
  jurisdiction: { contractors: ['15202'] },
  locked: ['filingLimits'],
});

describe("merging the office policy with the biller's own settings", () => {
  test('a locked value wins even over a value the biller set; an unlocked one is the default', () => {
    const merged = mergeRuleSettings(own, policy, none);
    expect(merged.filingLimits.map((l) => l.name)).toEqual(['Office']);
    expect(merged.filingWarningDays).toBe(7);
    expect(merged.jurisdiction).toEqual({ states: [], contractors: ['15202'], presetFrom: null });
    expect(merged.unknownPayerFilingDays).toBe(own.unknownPayerFilingDays);
  });

  test("an unlocked office default the biller changed is theirs; a locked one stays the office's", () => {
    const overridden = new Set<PolicyField>(['filingWarningDays', 'filingLimits', 'jurisdiction']);
    const merged = mergeRuleSettings(own, policy, overridden);
    expect(merged.filingWarningDays).toBe(20);
    expect(merged.jurisdiction.states).toEqual(['OH']);
    expect(merged.filingLimits.map((l) => l.name)).toEqual(['Office']);
    expect(fieldSource(policy, overridden, 'filingLimits')).toBe('locked');
    expect(fieldSource(policy, overridden, 'filingWarningDays')).toBe('own-over-organisation');
    expect(fieldSource(policy, none, 'filingWarningDays')).toBe('organisation');
    expect(fieldSource(policy, none, 'kxThresholds')).toBe('own');
  });

  test("a malformed policy field leaves the biller's value in place", () => {
    const broken = readPolicy({ filingWarningDays: 'soon', locked: ['filingWarningDays'] });
    expect(mergeRuleSettings(own, broken, none)).toEqual(own);
  });

  test("no policy: the settings are the biller's own, untouched", () => {
    expect(mergeRuleSettings(own, readPolicy({}), none)).toEqual(own);
    expect(mergeJurisdiction(own.jurisdiction, readPolicy(undefined), none)).toBe(own.jurisdiction);
  });

  test('note templates and retention', () => {
    const p = readPolicy({
      noteTemplates: { eligibility: 'Office {date}' },
      retention: { noteDays: 30 },
      locked: ['retention'],
    });
    const notes = mergeNoteSettings({ ...DEFAULT_NOTE_SETTINGS, initials: 'JD' }, p, none);
    expect(notes).toEqual({ initials: 'JD', templates: { eligibility: 'Office {date}' } });
    expect(mergeRetention({ ...DEFAULT_RETENTION, dismissalDays: 90 }, p, new Set(['retention']))).toEqual({
      ...DEFAULT_RETENTION,
      noteDays: 30,
      dismissalDays: 90,
    });
    expect(mergeRetention(DEFAULT_RETENTION, readPolicy({}), none)).toEqual(DEFAULT_RETENTION);
  });
});

describe('an edit on the options page', () => {
  const shown = mergeRuleSettings(own, policy, none);

  test('only the fields the biller changed are stored as theirs; an office default they changed is overridden', () => {
    const next = { ...shown, filingWarningDays: 12 };
    const edit = applyRuleEdit(own, shown, next, policy);
    expect(edit.own.filingWarningDays).toBe(12);
    expect(edit.own.filingLimits).toEqual(own.filingLimits); // the office's list is not copied into theirs
    expect(edit.overridden).toEqual(['filingWarningDays']);
  });

  test('a change to a locked field is never taken, whatever the page sent', () => {
    const next = { ...shown, filingLimits: [] };
    const edit = applyRuleEdit(own, shown, next, policy);
    expect(edit.own).toEqual(own);
    expect(edit.overridden).toEqual([]);
  });

  test("a field with no office value is simply the biller's", () => {
    const next = { ...shown, redeterminationDays: 60 };
    expect(applyRuleEdit(DEFAULT_RULE_SETTINGS, shown, next, policy)).toMatchObject({
      own: { redeterminationDays: 60 },
      overridden: [],
    });
  });

  test('key order does not count as a change', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
  });
});
