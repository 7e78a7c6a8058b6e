import { describe, expect, test } from 'vitest';
import { payerNamesMatch } from './payer-names';
import { DEFAULT_RULE_SETTINGS } from './settings';
import { filingLimitDaysFor, payerFragment, setFilingLimitForPayer, turnOffForPayer } from './settings-edit';
import { ruleSwitch } from './switch';

describe('settings changed from a finding in the side panel', () => {
  test('the payer name becomes a plain "name contains" fragment', () => {
    expect(payerFragment('Cigna')).toBe('Cigna');
    expect(payerFragment('  UnitedHealthcare Community Plan - TX ')).toBe(
      'UnitedHealthcare Community Plan - TX',
    );
    expect(payerFragment('Blue Cross (BCBS) of TX')).toBe('Blue Cross');
    expect(payerFragment('(unknown)')).toBeNull();
    expect(payerFragment('x'.repeat(500))?.length).toBe(60);
  });

  test('"Turn off for this payer" switches the check off for that payer only, and only once', () => {
    const once = turnOffForPayer(DEFAULT_RULE_SETTINGS, 'mue', 'Cigna');
    const twice = turnOffForPayer(once, 'ptp', 'Cigna');
    expect(twice.payerRules).toEqual([
      {
        payer: { nameContains: ['cigna'], unlessNameContains: [] },
        rules: { mue: { enabled: false, severity: null }, ptp: { enabled: false, severity: null } },
      },
    ]);
    expect(ruleSwitch('mue', twice, 'Cigna HealthSpring', []).enabled).toBe(false);
    expect(ruleSwitch('mue', twice, 'Aetna', []).enabled).toBe(true);
    expect(DEFAULT_RULE_SETTINGS.payerRules).toEqual([]); // not changed in place
  });

  test('"Change the filing limit" updates the row for that payer, or puts a new one first', () => {
    expect(filingLimitDaysFor(DEFAULT_RULE_SETTINGS, 'Cigna')).toBe(90);
    const cigna = setFilingLimitForPayer(DEFAULT_RULE_SETTINGS, 'Cigna', 120);
    expect(cigna.filingLimits).toHaveLength(DEFAULT_RULE_SETTINGS.filingLimits.length);
    expect(filingLimitDaysFor(cigna, 'Cigna')).toBe(120);
    // The row named for the payer is its row, whatever its pattern.
    const uhc = setFilingLimitForPayer(DEFAULT_RULE_SETTINGS, 'UnitedHealthcare', 60);
    expect(uhc.filingLimits).toHaveLength(DEFAULT_RULE_SETTINGS.filingLimits.length);
    expect(filingLimitDaysFor(uhc, 'UnitedHealthcare')).toBe(60);
    // A payer only matched by a broader row gets a row of its own, first (the first match applies).
    const anthem = setFilingLimitForPayer(DEFAULT_RULE_SETTINGS, 'Anthem Blue Cross', 180);
    expect(anthem.filingLimits[0]).toMatchObject({
      name: 'Anthem Blue Cross',
      payer: { nameContains: ['anthem blue cross'], unlessNameContains: [] },
      days: 180,
    });
    expect(filingLimitDaysFor(anthem, 'Anthem Blue Cross')).toBe(180);
    expect(filingLimitDaysFor(anthem, 'Anthem HealthKeepers')).toBe(90);
    const acme = setFilingLimitForPayer(DEFAULT_RULE_SETTINGS, 'Acme Health', 45);
    expect(payerNamesMatch(acme.filingLimits[0]!.payer, 'Acme Health')).toBe(true);
  });
});
