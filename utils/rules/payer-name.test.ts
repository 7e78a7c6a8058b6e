import { describe, expect, test } from 'vitest';
import { nameContainsProblem, parseNameContains, payerMatches } from './payer-name';
import { DEFAULT_RULE_SETTINGS, RuleSettings } from './settings';
import { filingLimitDaysFor } from './settings-edit';

describe('payer names in settings: "name contains"', () => {
  test('a word, any case, anywhere in the name', () => {
    expect(payerMatches('cigna', 'CIGNA HealthCare of Texas')).toBe(true);
    expect(payerMatches('Blue Cross', 'Anthem Blue  Cross Blue Shield')).toBe(true);
    expect(payerMatches('cigna', 'Aetna')).toBe(false);
    expect(payerMatches('cigna', null)).toBe(false);
  });

  test('several words separated by commas (or | as earlier versions stored): any of them', () => {
    expect(payerMatches('united, uhc, optum', 'Optum Care Network')).toBe(true);
    expect(payerMatches('aetna|meritain', 'Meritain Health')).toBe(true);
    expect(parseNameContains(' united ,, UHC |optum ')).toEqual({
      any: ['united', 'uhc', 'optum'],
      none: [],
    });
  });

  test('"not …" leaves a payer out: Original Medicare, not a Medicare Advantage plan', () => {
    const medicare = 'medicare, not advantage, not replacement';
    expect(payerMatches(medicare, 'Medicare Part B')).toBe(true);
    expect(payerMatches(medicare, 'Humana Medicare Advantage PPO')).toBe(false);
    expect(payerMatches(medicare, 'Medicare Replacement Plan')).toBe(false);
  });

  test('characters a regular expression would read are plain text', () => {
    expect(payerMatches('a.b', 'axb')).toBe(false);
    expect(payerMatches('(tx)', 'BCBS (TX)')).toBe(true);
    expect(payerMatches('.*', 'Aetna')).toBe(false);
  });

  test('a pattern with no word to look for is refused with a reason', () => {
    expect(nameContainsProblem('not advantage')).toBe('needs a word to look for, not only “not …” words');
    expect(nameContainsProblem(' , ')).not.toBeNull();
    expect(nameContainsProblem('cigna')).toBeNull();
  });

  test('settings stored by an earlier version (a regular expression for Medicare) read as words, same result', () => {
    const stored = RuleSettings.parse({
      filingLimits: [
        { name: 'Medicare', payerPattern: '^(?!.*(advantage|replacement)).*medicare', days: 365 },
      ],
    });
    expect(stored.filingLimits[0]!.payerPattern).toBe('medicare, not advantage, not replacement');
    expect(filingLimitDaysFor(stored, 'Medicare Part B')).toBe(365);
    expect(filingLimitDaysFor(stored, 'Wellcare Medicare Advantage')).toBe(stored.unknownPayerFilingDays);
  });

  test('the built-in filing limits are written as words', () => {
    expect(DEFAULT_RULE_SETTINGS.filingLimits.map((l) => l.payerPattern)).toEqual([
      'medicare, not advantage, not replacement',
      'cigna',
      'united, uhc, optum',
      'aetna',
      'anthem, elevance',
    ]);
  });

  test('a long page value costs no more than its first 200 characters', () => {
    expect(payerMatches('cigna', `${'x'.repeat(100_000)}cigna`)).toBe(false);
    expect(payerMatches('cigna', `${'x'.repeat(150)}cigna`)).toBe(true);
  });
});
