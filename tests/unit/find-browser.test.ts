import { expect, test } from 'vitest';
import { findBrowser } from '../../scripts/lib/find-browser';

test('CHROME_PATH wins when it exists', () => {
  const found = findBrowser(
    { CHROME_PATH: '/opt/custom/chrome' },
    'linux',
    (p) => p === '/opt/custom/chrome',
  );
  expect(found).toEqual({ ok: true, path: '/opt/custom/chrome' });
});

test('a CHROME_PATH that does not exist is reported, not silently replaced', () => {
  const found = findBrowser({ CHROME_PATH: '/nope' }, 'linux', (p) => p !== '/nope');
  expect(found).toMatchObject({ ok: false, message: expect.stringContaining('/nope') });
});

test('finds Chromium or Chrome in the usual places per OS', () => {
  expect(findBrowser({}, 'linux', (p) => p === '/usr/bin/google-chrome')).toEqual({
    ok: true,
    path: '/usr/bin/google-chrome',
  });
  expect(findBrowser({}, 'darwin', (p) => p.includes('Google Chrome.app'))).toMatchObject({ ok: true });
  expect(
    findBrowser(
      { PROGRAMFILES: 'C:\\Program Files' },
      'win32',
      (p) => p.includes('Google') && p.endsWith('chrome.exe'),
    ),
  ).toMatchObject({ ok: true });
});

test('when none is found, one line that says how to install one', () => {
  const found = findBrowser({}, 'linux', () => false);
  expect(found.ok).toBe(false);
  if (!found.ok) {
    expect(found.message).toContain('apt-get install chromium');
    expect(found.message).not.toContain('\n');
  }
});
