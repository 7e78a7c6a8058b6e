import { expect, test } from 'vitest';
import { findFirefox, firefoxMajorVersion, firefoxVersionProblem } from '../../scripts/lib/find-firefox';

test('FIREFOX_PATH wins when it exists; one that does not exist is reported, not replaced', () => {
  expect(findFirefox({ FIREFOX_PATH: '/opt/ff/firefox' }, 'linux', (p) => p === '/opt/ff/firefox')).toEqual({
    ok: true,
    path: '/opt/ff/firefox',
  });
  expect(findFirefox({ FIREFOX_PATH: '/nope' }, 'linux', (p) => p !== '/nope')).toMatchObject({
    ok: false,
    message: expect.stringContaining('/nope'),
  });
});

test("Debian's firefox-esr first on Linux; the usual places elsewhere", () => {
  const both = (p: string) => p === '/usr/bin/firefox-esr' || p === '/usr/bin/firefox';
  expect(findFirefox({}, 'linux', both)).toEqual({ ok: true, path: '/usr/bin/firefox-esr' });
  expect(findFirefox({}, 'darwin', (p) => p.includes('Firefox.app'))).toMatchObject({ ok: true });
  expect(
    findFirefox({ PROGRAMFILES: 'C:\\Program Files' }, 'win32', (p) => p.endsWith('firefox.exe')),
  ).toMatchObject({ ok: true });
});

test('when none is found, one line that says how to install it', () => {
  const found = findFirefox({}, 'linux', () => false);
  expect(found.ok).toBe(false);
  if (!found.ok) {
    expect(found.message).toContain('apt-get install firefox-esr');
    expect(found.message).not.toContain('\n');
  }
});

test("a Firefox older than the add-on's strict_min_version is refused with the reason and the fix", () => {
  expect(firefoxMajorVersion('Mozilla Firefox 153.8.0esr\n')).toBe(153);
  expect(firefoxMajorVersion('nonsense')).toBeNull();
  expect(firefoxVersionProblem('/usr/bin/firefox-esr', 'Mozilla Firefox 153.8.0esr', '142.0')).toBeNull();
  const old = firefoxVersionProblem('/usr/bin/firefox-esr', 'Mozilla Firefox 140.12.0esr', '142.0');
  expect(old).toContain('Firefox 140');
  expect(old).toContain('142.0');
  expect(old).toContain('security repository');
  expect(firefoxVersionProblem('/x', 'garbage', '142.0')).toMatch(/Could not tell the version/);
});
