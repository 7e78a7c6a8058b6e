import { beforeEach, expect, test } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_RULE_SETTINGS } from './rules/settings';
import { loadRuleSettings, RULE_SETTINGS_KEY, saveRuleSettings } from './settings';

beforeEach(() => fakeBrowser.reset());

const biller = {
  unknownPayerFilingDays: 60,
  filingLimits: [
    { name: 'Acme Health', payerPattern: 'acme', days: 45 },
    { name: 'Broken', payerPattern: '', days: -1 },
  ],
  rules: { ptp: { enabled: false }, 'rule-from-a-newer-release': { enabled: false } },
  payerRules: [
    { payerPattern: 'acme', rules: { mue: { severity: 'info' }, 'another-new-rule': { enabled: false } } },
  ],
};

test('a rule id this version does not know is dropped alone: filing limits and switches are kept', async () => {
  await browser.storage.local.set({ [RULE_SETTINGS_KEY]: biller });
  const loaded = await loadRuleSettings();
  expect(loaded.unknownPayerFilingDays).toBe(60);
  expect(loaded.filingLimits.map((l) => l.name)).toEqual(['Acme Health']);
  expect(loaded.rules).toEqual({ ptp: { enabled: false, severity: null } });
  expect(loaded.payerRules).toEqual([
    {
      payer: { nameContains: ['acme'], unlessNameContains: [] },
      rules: { mue: { enabled: true, severity: 'info' } },
    },
  ]);
  expect(loaded.kxThresholds).toEqual(DEFAULT_RULE_SETTINGS.kxThresholds);
});

test('the next edit saves what was kept, not the defaults', async () => {
  await browser.storage.local.set({ [RULE_SETTINGS_KEY]: biller });
  const loaded = await loadRuleSettings();
  await saveRuleSettings({ ...loaded, filingWarningDays: 10 });
  const again = await loadRuleSettings();
  expect(again.filingWarningDays).toBe(10);
  expect(again.unknownPayerFilingDays).toBe(60);
  expect(again.filingLimits.map((l) => l.name)).toEqual(['Acme Health']);
});

test('a stored value that is not settings at all gives the defaults', async () => {
  await browser.storage.local.set({ [RULE_SETTINGS_KEY]: 'garbage' });
  expect(await loadRuleSettings()).toEqual(DEFAULT_RULE_SETTINGS);
});
