import { beforeEach, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { RuleSettings } from '../rules/settings';
import { saveRuleSettings } from '../settings';
import { loadEffectiveRuleSettings, loadOverrides, loadPolicy, markOverridden } from './managed';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const managedGet = (impl: () => Promise<unknown>) =>
  vi.spyOn(browser.storage.managed, 'get').mockImplementation(impl as never);

test('Firefox without a policy (it throws "manifest not found") and Chrome without one ({}) mean no policy', async () => {
  managedGet(() => Promise.reject(new Error('Managed storage manifest not found')));
  expect((await loadPolicy()).values).toEqual({});
  managedGet(() => Promise.resolve({}));
  expect(await loadPolicy()).toMatchObject({ values: {}, problems: [] });
});

test("the checks get the locked office limit; the biller's own stays stored; an overridden default is theirs", async () => {
  await saveRuleSettings(
    RuleSettings.parse({
      filingLimits: [{ name: 'Mine', payer: { nameContains: ['m'] }, days: 9 }],
      filingWarningDays: 3,
    }),
  );
  managedGet(() =>
    Promise.resolve({
      filingLimits: [{ name: 'Office', payer: { nameContains: ['o'] }, days: 45 }],
      filingWarningDays: 20,
      locked: ['filingLimits'],
    }),
  );
  const merged = await loadEffectiveRuleSettings();
  expect(merged.filingLimits.map((l) => l.name)).toEqual(['Office']);
  expect(merged.filingWarningDays).toBe(20);
  await markOverridden(['filingWarningDays']);
  expect([...(await loadOverrides())]).toEqual(['filingWarningDays']);
  expect((await loadEffectiveRuleSettings()).filingWarningDays).toBe(3);
  await markOverridden(['filingWarningDays'], true);
  expect((await loadEffectiveRuleSettings()).filingWarningDays).toBe(20);
  const stored = (await browser.storage.local.get('settings:rules'))['settings:rules'] as RuleSettings;
  expect(stored.filingLimits.map((l) => l.name)).toEqual(['Mine']);
});
