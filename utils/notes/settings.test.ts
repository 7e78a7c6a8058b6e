import { beforeEach, expect, test } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_NOTE_SETTINGS, loadNoteSettings, NOTE_SETTINGS_KEY, saveNoteSettings } from './settings';

beforeEach(() => fakeBrowser.reset());

test('with nothing stored, the defaults: no initials, no own templates', async () => {
  expect(await loadNoteSettings()).toEqual({ initials: '', templates: {} });
  expect(DEFAULT_NOTE_SETTINGS).toEqual({ initials: '', templates: {} });
});

test('saved initials and templates come back, initials upper-cased', async () => {
  await saveNoteSettings({ initials: 'jd', templates: { eligibility: '{date} elig {coverage}' } });
  expect(await loadNoteSettings()).toEqual({
    initials: 'JD',
    templates: { eligibility: '{date} elig {coverage}' },
  });
});

test('initials longer than four letters or with digits are refused', async () => {
  await expect(saveNoteSettings({ initials: 'JDOES', templates: {} })).rejects.toThrow(/four letters/);
  await expect(saveNoteSettings({ initials: 'J1', templates: {} })).rejects.toThrow();
  expect(await loadNoteSettings()).toEqual(DEFAULT_NOTE_SETTINGS);
});

test('a broken stored value falls back to the defaults', async () => {
  await browser.storage.local.set({
    [NOTE_SETTINGS_KEY]: { initials: 42, templates: { 'not-a-kind': 'x' } },
  });
  expect(await loadNoteSettings()).toEqual(DEFAULT_NOTE_SETTINGS);
});
