import { expect, test } from 'vitest';
import {
  identifyBrowser,
  kindFromPath,
  parseVersionText,
  planLoading,
  versionFromSiblings,
} from '../../scripts/lib/browser-identity';

test('what `--version` prints names the browser and its version', () => {
  expect(parseVersionText('Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)\n')).toEqual({
    kind: 'chromium',
    version: '156.0.8078.108',
  });
  expect(parseVersionText('Google Chrome 139.0.7258.66 ')).toEqual({
    kind: 'chrome',
    version: '139.0.7258.66',
  });
  expect(parseVersionText('Google Chrome for Testing 137.0.7151.55')).toEqual({
    kind: 'chrome-for-testing',
    version: '137.0.7151.55',
  });
  expect(parseVersionText('Microsoft Edge 137.0.3296.52')).toEqual({
    kind: 'edge',
    version: '137.0.3296.52',
  });
  expect(parseVersionText('Brave Browser 1.80.113')).toBeNull();
});

test('the install path names the browser when its version text does not', () => {
  expect(kindFromPath('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')).toBe('chrome');
  expect(kindFromPath('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe')).toBe('chrome');
  expect(kindFromPath('/opt/google/chrome/chrome')).toBe('chrome');
  expect(kindFromPath('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe')).toBe('edge');
  expect(kindFromPath('/usr/bin/microsoft-edge')).toBe('edge');
  expect(kindFromPath('/snap/bin/chromium')).toBe('chromium');
  expect(kindFromPath('/home/b/claimlens/chrome/linux-139.0.7258.66/chrome-linux64/chrome')).toBe(
    'chrome-for-testing',
  );
  expect(kindFromPath('/usr/bin/brave-browser')).toBe('other');
});

test('Windows: the newest version folder or manifest beside the program', () => {
  expect(versionFromSiblings(['chrome.exe', '138.0.7204.97', '139.0.7258.66', 'chrome_proxy.exe'])).toBe(
    '139.0.7258.66',
  );
  expect(versionFromSiblings(['msedge.exe', '137.0.3296.52.manifest'])).toBe('137.0.3296.52');
  expect(versionFromSiblings(['chrome.exe'])).toBeNull();
});

test('the version text wins over the path; an unknown browser has no milestone', () => {
  expect(identifyBrowser('/usr/bin/google-chrome', 'Chromium 156.0.8078.108')).toMatchObject({
    kind: 'chromium',
    major: 156,
  });
  expect(identifyBrowser('C:\\x\\msedge.exe', '137.0.3296.52')).toMatchObject({ kind: 'edge', major: 137 });
  expect(identifyBrowser('/usr/bin/brave-browser', 'Brave Browser 1.80.113')).toMatchObject({
    kind: 'other',
    version: null,
    major: null,
  });
});

const chrome = (v: string | null) => identifyBrowser('/opt/google/chrome/chrome', v && `Google Chrome ${v}`);

test('Google Chrome 137+: only the DevTools protocol; older Chrome also keeps --load-extension', () => {
  expect(planLoading(chrome('137.0.7151.55'))).toMatchObject({ ok: true, first: 'devtools', fallback: null });
  expect(planLoading(chrome('136.0.7103.113'))).toMatchObject({
    ok: true,
    first: 'devtools',
    fallback: 'switches',
  });
  expect(planLoading(chrome('139.0.7258.66'), 'switches')).toMatchObject({
    ok: false,
    why: expect.stringContaining('ignores --load-extension'),
  });
  // Version unknown: the DevTools protocol is tried, then the switches, then the worker is checked.
  expect(planLoading(chrome(null))).toMatchObject({ ok: true, first: 'devtools', fallback: 'switches' });
});

test('before Extensions.loadUnpacked (126) only the switches; asked for, it is refused with why', () => {
  const old = identifyBrowser('/usr/bin/chromium', 'Chromium 120.0.6099.224');
  expect(planLoading(old)).toMatchObject({ ok: true, first: 'switches', fallback: null });
  expect(planLoading(old, 'devtools')).toMatchObject({
    ok: false,
    why: expect.stringContaining('older than 126'),
  });
});

test('Chromium, Chrome for Testing and Edge: DevTools protocol first, --load-extension as fallback', () => {
  for (const text of [
    'Chromium 156.0.8078.108',
    'Google Chrome for Testing 139.0.7258.66',
    'Microsoft Edge 140.0.3485.54',
  ]) {
    expect(planLoading(identifyBrowser('/x', text))).toMatchObject({
      ok: true,
      first: 'devtools',
      fallback: 'switches',
    });
  }
  expect(planLoading(identifyBrowser('/x', 'Chromium 156.0.8078.108'), 'switches')).toMatchObject({
    ok: true,
    first: 'switches',
    fallback: null,
  });
});
