import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { z } from 'zod';
import { BACKUP_MIGRATIONS, BACKUP_VERSION } from './privacy/backup';
import { RULE_SETTINGS } from './settings';
import { STORED_SETTINGS, settingsFromBackup } from './settings-backup';
import { defineSetting, loadSetting, saveSetting, versionKey } from './stored-setting';
import { migrate, migrationGaps } from './versioned';

/**
 * Every stored settings object has a version and numbered migrations (utils/versioned.ts). Each
 * migration needs a test in this file whose name says "<key> migration <n>": adding one without its
 * test fails here.
 */

beforeEach(() => fakeBrowser.reset());

/** What the release before versions existed wrote under each key (no `key$` record beside it). */
const BEFORE_VERSIONS: Record<string, unknown> = {
  'settings:rules': {
    unknownPayerFilingDays: 60,
    rules: { ptp: { enabled: false } },
    filingLimits: [{ name: 'Acme', payerPattern: 'acme', days: 45 }],
  },
  'settings:notes': { initials: 'JD', templates: { eligibility: '{date} elig' } },
  'settings:display': { inlineFlags: false },
  'settings:retention': { noteDays: 30, dismissalDays: 60 },
  'settings:userHosts': ['portal.example.org'],
  'settings:cmsUrls': ['https://www.cms.gov/files/zip/example.zip'],
  'settings:jurisdiction': { states: ['OH'], contractors: ['15202'], presetFrom: null },
  'settings:policyOverrides': ['filingWarningDays', 'noteTemplates'],
  'teach:recipes': [
    {
      version: 1,
      host: 'portal.example.org',
      path: '/claims/*',
      kind: 'claim-detail',
      taughtOn: '2026-11-30',
      fields: { claimNumber: { by: 'label', label: 'Tracking ID' } },
      rows: { by: 'table', headers: ['Svc'] },
      lineFields: { code: { by: 'column', header: 'Svc' } },
    },
  ],
};

const SOURCE = readFileSync(new URL(import.meta.url), 'utf8');

describe.each(STORED_SETTINGS.map((s) => [s.key, s] as const))('%s', (key, item) => {
  test('has a version and one migration per version above 1, each with its own test here', () => {
    expect(item.version).toBeGreaterThanOrEqual(1);
    expect(migrationGaps(item.version, item.migrations)).toEqual([]);
    for (const n of Object.keys(item.migrations)) expect(SOURCE).toContain(`${key} migration ${n}`);
  });

  test('a value from the release before versions is read as version 1, kept, and stamped', async () => {
    expect(BEFORE_VERSIONS[key], 'add a sample of this setting to BEFORE_VERSIONS').toBeDefined();
    await browser.storage.local.set({ [key]: BEFORE_VERSIONS[key] });
    const loaded = await loadSetting(item);
    expect(loaded).toEqual(item.schema.parse(BEFORE_VERSIONS[key]));
    const stored = await browser.storage.local.get([key, versionKey(key)]);
    expect(stored[versionKey(key)]).toEqual({ v: item.version });
    expect(stored[key]).toEqual(loaded);
  });

  test('a value from a newer release is read as far as this one can, and left as it is', async () => {
    const newer = Array.isArray(BEFORE_VERSIONS[key])
      ? [...(BEFORE_VERSIONS[key] as unknown[]), 42]
      : { ...(BEFORE_VERSIONS[key] as object), fieldFromTheFuture: true };
    await browser.storage.local.set({ [key]: newer, [versionKey(key)]: { v: item.version + 1 } });
    expect(await loadSetting(item)).toEqual(item.schema.parse(BEFORE_VERSIONS[key]));
    const stored = await browser.storage.local.get([key, versionKey(key)]);
    expect(stored).toEqual({ [key]: newer, [versionKey(key)]: { v: item.version + 1 } });
  });

  test('saving stamps the current version', async () => {
    await saveSetting(item, item.schema.parse(BEFORE_VERSIONS[key]));
    expect((await browser.storage.local.get(versionKey(key)))[versionKey(key)]).toEqual({ v: item.version });
  });
});

test('settings:rules migration 2: payers named by regular expressions are named by words; one that cannot be is kept, applying to no payer', async () => {
  const EVIL = '^(\\w+\\s?)+$';
  await browser.storage.local.set({
    'settings:rules': {
      unknownPayerFilingDays: 45,
      filingLimits: [
        { name: 'Medicare', payerPattern: '^(?!.*(advantage|replacement)).*medicare', days: 365 },
        { name: 'Evil', payerPattern: EVIL, days: 30 },
      ],
      payerRules: [{ payerPattern: 'aetna|cvs', rules: { ptp: { enabled: false } } }],
      payerPacks: [{ schema: 1, name: 'Acme PT', version: '2026-03', payer: { namePattern: 'acme' } }],
    },
  });
  const loaded = await loadSetting(RULE_SETTINGS);
  expect(loaded.unknownPayerFilingDays).toBe(45);
  expect(loaded.filingLimits.map((l) => l.payer)).toEqual([
    { nameContains: ['medicare'], unlessNameContains: ['advantage', 'replacement'] },
    { nameContains: [], unlessNameContains: [], unconvertedPattern: EVIL },
  ]);
  expect(loaded.payerRules[0]?.payer).toEqual({ nameContains: ['aetna', 'cvs'], unlessNameContains: [] });
  expect(loaded.payerPacks[0]?.payer).toEqual({ nameContains: ['acme'], unlessNameContains: [] });
  // Written back in the new layout, at version 2: no regular expression is left in storage.
  const stored = await browser.storage.local.get(['settings:rules', 'settings:rules$']);
  expect(stored['settings:rules$']).toEqual({ v: 2 });
  expect(JSON.stringify(stored['settings:rules'])).not.toContain('payerPattern');
  expect(JSON.stringify(stored['settings:rules'])).not.toContain('namePattern');
  // The step alone, as a backup of version 1 would run it: a value already in names is left as it is.
  const names = { payer: { nameContains: ['cigna'], unlessNameContains: [] }, days: 90 };
  expect(migrate({ filingLimits: [names] }, 1, 2, RULE_SETTINGS.migrations)).toEqual({
    filingLimits: [names],
  });
});

describe('the migration runner', () => {
  // A setting at version 3: v2 renamed `days` to `noteDays`, v3 added `unit`.
  const Shape = z.object({ noteDays: z.number(), unit: z.string() }).prefault({ noteDays: 1, unit: 'day' });
  const steps: string[] = [];
  const item = defineSetting('settings:test', Shape, 3, {
    2: (old) => {
      steps.push('2');
      const { days, ...rest } = old as { days: number };
      return { ...rest, noteDays: days };
    },
    3: (old) => {
      steps.push('3');
      return { ...(old as object), unit: 'day' };
    },
  });
  beforeEach(() => {
    steps.length = 0;
  });

  test('an unversioned value runs every migration in order, once, and is written back at the new version', async () => {
    await browser.storage.local.set({ 'settings:test': { days: 30 } });
    expect(await loadSetting(item)).toEqual({ noteDays: 30, unit: 'day' });
    expect(await loadSetting(item)).toEqual({ noteDays: 30, unit: 'day' });
    expect(steps).toEqual(['2', '3']);
    expect(await browser.storage.local.get(null)).toEqual({
      'settings:test': { noteDays: 30, unit: 'day' },
      'settings:test$': { v: 3 },
    });
  });

  test('a value at version 2 runs only migration 3', async () => {
    await browser.storage.local.set({ 'settings:test': { noteDays: 9 }, 'settings:test$': { v: 2 } });
    expect(await loadSetting(item)).toEqual({ noteDays: 9, unit: 'day' });
    expect(steps).toEqual(['3']);
  });

  test('nothing stored: the defaults, nothing written', async () => {
    expect(await loadSetting(item)).toEqual({ noteDays: 1, unit: 'day' });
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  test('a missing step is an error, not a silent skip', () => {
    expect(() => migrate({}, 1, 3, { 3: (x) => x })).toThrow(/no migration to version 2/);
    expect(migrationGaps(3, { 3: (x) => x, 7: (x) => x })).toEqual([
      'missing migration 2',
      'stray migration 7',
    ]);
  });

  test('a backup made before versions restores its settings through the same migrations', () => {
    const { valid, refused } = settingsFromBackup({ 'settings:test': { days: 12 } }, [item]);
    expect(refused).toEqual([]);
    expect(valid).toEqual({ 'settings:test': { noteDays: 12, unit: 'day' }, 'settings:test$': { v: 3 } });
    expect(steps).toEqual(['2', '3']);
  });

  test('a backup that names its setting’s version runs only the migrations above it', () => {
    const { valid } = settingsFromBackup({ 'settings:test': { noteDays: 4 }, 'settings:test$': { v: 2 } }, [
      item,
    ]);
    expect(valid['settings:test']).toEqual({ noteDays: 4, unit: 'day' });
    expect(steps).toEqual(['3']);
  });
});

test('the backup file format has a version and one payload migration per version above 1', () => {
  expect(BACKUP_VERSION).toBeGreaterThanOrEqual(1);
  expect(migrationGaps(BACKUP_VERSION, BACKUP_MIGRATIONS)).toEqual([]);
  for (const n of Object.keys(BACKUP_MIGRATIONS)) expect(SOURCE).toContain(`backup migration ${n}`);
});
