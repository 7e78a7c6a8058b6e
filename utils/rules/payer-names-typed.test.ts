import { describe, expect, test } from 'vitest';
import { formatPayerNames, parsePayerNames, payerNamesMatch } from './payer-names';
import { DEFAULT_RULE_SETTINGS, RuleSettings } from './settings';
import { filingLimitDaysFor } from './settings-edit';

/** What the biller types on the options page, matched against a payer name on the page. */
function matches(typed: string, payer: string | null): boolean {
  const parsed = parsePayerNames(typed);
  if (!parsed.ok) throw new Error(parsed.problem);
  return payerNamesMatch(parsed.names, payer);
}

describe('payer names as typed in settings: "name contains"', () => {
  test('a word, any case, anywhere in the name', () => {
    expect(matches('cigna', 'CIGNA HealthCare of Texas')).toBe(true);
    expect(matches('Blue Cross', 'Anthem Blue  Cross Blue Shield')).toBe(true);
    expect(matches('cigna', 'Aetna')).toBe(false);
    expect(matches('cigna', null)).toBe(false);
  });

  test('several names separated by commas (or |): any of them', () => {
    expect(matches('united, uhc, optum', 'Optum Care Network')).toBe(true);
    expect(matches('aetna|meritain', 'Meritain Health')).toBe(true);
    const parsed = parsePayerNames(' united ,, UHC |optum ');
    expect(parsed.ok && parsed.names.nameContains).toEqual(['united', 'uhc', 'optum']);
  });

  test('"not …" leaves a payer out: Original Medicare, not a Medicare Advantage plan', () => {
    const medicare = 'medicare, not advantage, not replacement';
    expect(matches(medicare, 'Medicare Part B')).toBe(true);
    expect(matches(medicare, 'Humana Medicare Advantage PPO')).toBe(false);
    expect(matches(medicare, 'Medicare Replacement Plan')).toBe(false);
  });

  test('characters a regular expression would read are plain text', () => {
    expect(matches('a.b', 'axb')).toBe(false);
    expect(matches('(tx)', 'BCBS (TX)')).toBe(true);
    expect(matches('.*', 'Aetna')).toBe(false);
  });

  test('a list with no name to look for is refused with a reason', () => {
    expect(parsePayerNames('not advantage')).toEqual({ ok: false, problem: 'must name at least one payer' });
    expect(parsePayerNames(' , ').ok).toBe(false);
    expect(parsePayerNames('cigna').ok).toBe(true);
  });

  test('settings stored by an earlier version (a regular expression for Medicare) read as names, same result', () => {
    const stored = RuleSettings.parse({
      filingLimits: [
        { name: 'Medicare', payerPattern: '^(?!.*(advantage|replacement)).*medicare', days: 365 },
      ],
    });
    expect(formatPayerNames(stored.filingLimits[0]!.payer)).toBe('medicare, not advantage, not replacement');
    expect(filingLimitDaysFor(stored, 'Medicare Part B')).toBe(365);
    expect(filingLimitDaysFor(stored, 'Wellcare Medicare Advantage')).toBe(stored.unknownPayerFilingDays);
  });

  test('the built-in filing limits read as names', () => {
    expect(DEFAULT_RULE_SETTINGS.filingLimits.map((l) => formatPayerNames(l.payer))).toEqual([
      'medicare, not advantage, not replacement',
      'cigna',
      'united, uhc, optum',
      'aetna',
      'anthem, elevance',
    ]);
  });

  test('a long page value costs no more than its first 200 characters', () => {
    expect(matches('cigna', `${'x'.repeat(100_000)}cigna`)).toBe(false);
    expect(matches('cigna', `${'x'.repeat(150)}cigna`)).toBe(true);
  });
});
