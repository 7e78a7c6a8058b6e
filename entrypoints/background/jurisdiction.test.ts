import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_RULE_SETTINGS } from '../../utils/rules/settings';
import { loadJurisdiction, loadRuleSettings, saveJurisdiction, saveRuleSettings } from '../../utils/settings';
import { presetJurisdiction } from './jurisdiction';

beforeEach(() => fakeBrowser.reset());

test('a MAC portal in use presets the jurisdiction once; other portals and a set jurisdiction are left alone', async () => {
  await presetJurisdiction('availity');
  expect(await loadJurisdiction()).toEqual({ states: [], contractors: [], presetFrom: null });
  await presetJurisdiction('novitas');
  expect((await loadRuleSettings()).jurisdiction).toEqual({
    states: [],
    contractors: [],
    presetFrom: 'novitas',
  });
  await saveJurisdiction({ states: ['PA'], contractors: [], presetFrom: null });
  await presetJurisdiction('cgs');
  expect(await loadJurisdiction()).toEqual({ states: ['PA'], contractors: [], presetFrom: null });
});

test('saving the other rule settings (options page) never overwrites the jurisdiction', async () => {
  await saveJurisdiction({ states: ['OH'], contractors: [], presetFrom: null });
  const stale = { ...DEFAULT_RULE_SETTINGS, unknownPayerFilingDays: 60 };
  await saveRuleSettings(stale);
  const loaded = await loadRuleSettings();
  expect(loaded.unknownPayerFilingDays).toBe(60);
  expect(loaded.jurisdiction.states).toEqual(['OH']);
});

test('a broken stored jurisdiction falls back to "not set"', async () => {
  await fakeBrowser.storage.local.set({ 'settings:jurisdiction': { states: ['<script>'] } });
  expect(await loadJurisdiction()).toEqual({ states: [], contractors: [], presetFrom: null });
});
