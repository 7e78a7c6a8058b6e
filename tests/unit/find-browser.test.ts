import { describe, expect, test } from 'vitest';
import {
  browserCandidates,
  discoverChromium,
  findBrowser,
  type Host,
  whatToInstall,
} from '../../scripts/lib/find-browser';

/** A machine with these browsers (path → what `--version` prints, or null when it prints nothing). */
function machine(
  browsers: Record<string, string | null>,
  opts: { platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv; dirs?: Record<string, string[]> } = {},
): Host {
  return {
    platform: opts.platform ?? 'linux',
    env: opts.env ?? {},
    exists: (p) => p in browsers,
    listDir: (p) => opts.dirs?.[p] ?? [],
    readVersion: (p) => browsers[p] ?? null,
    home: opts.platform === 'win32' ? 'C:\\Users\\biller' : '/home/biller',
    projectDir: opts.platform === 'win32' ? 'C:\\claimlens' : '/home/biller/claimlens',
  };
}

const MAC_CHROME = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
const MAC_EDGE = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';

describe('findBrowser (benchmarks: any Chromium-family browser, no extension)', () => {
  test('CHROME_PATH wins when it exists; one that does not exist is reported, not replaced', () => {
    const custom = machine({ '/opt/custom/chrome': null }, { env: { CHROME_PATH: '/opt/custom/chrome' } });
    expect(findBrowser(custom)).toEqual({ ok: true, path: '/opt/custom/chrome' });
    const wrong = machine({ '/usr/bin/chromium': null }, { env: { CHROME_PATH: '/nope' } });
    expect(findBrowser(wrong)).toMatchObject({ ok: false, message: expect.stringContaining('/nope') });
  });

  test('finds Chromium, Chrome or Edge in the usual places per OS', () => {
    expect(findBrowser(machine({ '/usr/bin/google-chrome': null }))).toEqual({
      ok: true,
      path: '/usr/bin/google-chrome',
    });
    expect(findBrowser(machine({ [MAC_CHROME]: null }, { platform: 'darwin' }))).toEqual({
      ok: true,
      path: MAC_CHROME,
    });
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const win = machine(
      { [edge]: null },
      { platform: 'win32', env: { 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' } },
    );
    expect(findBrowser(win)).toEqual({ ok: true, path: edge });
  });
});

describe('discoverChromium (the demo and the e2e suite)', () => {
  test('a Mac with only Google Chrome 139: Chrome, loaded over the DevTools protocol, and says why', () => {
    const found = discoverChromium(
      {},
      machine({ [MAC_CHROME]: 'Google Chrome 139.0.7258.66' }, { platform: 'darwin' }),
    );
    expect(found).toMatchObject({
      ok: true,
      browser: { kind: 'chrome', name: 'Google Chrome', version: '139.0.7258.66', major: 139 },
      first: 'devtools',
      fallback: null,
    });
    if (found.ok) expect(found.how).toMatch(/DevTools protocol.*ignores --load-extension/);
  });

  test("Debian's Chromium comes first, over the DevTools protocol with --load-extension as fallback", () => {
    const found = discoverChromium(
      {},
      machine({
        '/usr/bin/google-chrome': 'Google Chrome 140.0.7339.80',
        '/usr/bin/chromium': 'Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)',
      }),
    );
    expect(found).toMatchObject({
      ok: true,
      browser: { path: '/usr/bin/chromium', kind: 'chromium', version: '156.0.8078.108' },
      first: 'devtools',
      fallback: 'switches',
    });
  });

  test('--browser picks that browser only; Chrome for Testing counts as Chrome', () => {
    const host = machine(
      {
        '/usr/bin/chromium': 'Chromium 156.0.8078.108',
        '/home/biller/claimlens/chrome/linux-139.0.7258.66/chrome-linux64/chrome':
          'Google Chrome for Testing 139.0.7258.66',
        '/usr/bin/microsoft-edge': 'Microsoft Edge 140.0.3485.54',
      },
      { dirs: { '/home/biller/claimlens/chrome': ['linux-139.0.7258.66'] } },
    );
    expect(discoverChromium({ want: 'edge' }, host)).toMatchObject({
      ok: true,
      browser: { kind: 'edge', name: 'Microsoft Edge', major: 140 },
      first: 'devtools',
    });
    // Chrome for Testing honours --load-extension, so it keeps the fallback that Google Chrome lacks.
    expect(discoverChromium({ want: 'chrome' }, host)).toMatchObject({
      ok: true,
      browser: { kind: 'chrome-for-testing', name: 'Chrome for Testing' },
      fallback: 'switches',
    });
    expect(discoverChromium({ want: 'chromium' }, host)).toMatchObject({ browser: { kind: 'chromium' } });
  });

  test('the newest Chrome for Testing in the project folder or puppeteer’s cache is found', () => {
    const newer = '/home/biller/.cache/puppeteer/chrome/linux-141.0.7390.54/chrome-linux64/chrome';
    const older = '/home/biller/.cache/puppeteer/chrome/linux-139.0.7258.66/chrome-linux64/chrome';
    const host = machine(
      {
        [newer]: 'Google Chrome for Testing 141.0.7390.54',
        [older]: 'Google Chrome for Testing 139.0.7258.66',
      },
      { dirs: { '/home/biller/.cache/puppeteer/chrome': ['linux-139.0.7258.66', 'linux-141.0.7390.54'] } },
    );
    expect(discoverChromium({}, host)).toMatchObject({ ok: true, browser: { path: newer } });
  });

  test('Windows: the version is read from the folder beside chrome.exe (which prints none)', () => {
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const host = machine(
      { [chrome]: '139.0.7258.66' },
      { platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files' } },
    );
    expect(discoverChromium({}, host)).toMatchObject({
      ok: true,
      browser: { kind: 'chrome', version: '139.0.7258.66', major: 139 },
      first: 'devtools',
      fallback: null,
    });
  });

  test('CHROME_PATH is used as it is, named by what it says it is', () => {
    const host = machine(
      { '/opt/tools/browser': 'Google Chrome 137.0.7151.55', '/usr/bin/chromium': 'Chromium 156.0.8078.108' },
      { env: { CHROME_PATH: '/opt/tools/browser' } },
    );
    expect(discoverChromium({}, host)).toMatchObject({
      ok: true,
      browser: { path: '/opt/tools/browser', kind: 'chrome', major: 137 },
      first: 'devtools',
      fallback: null,
    });
    // Not what --browser asked for: passed over, and the usual places are searched.
    expect(discoverChromium({ want: 'chromium' }, host)).toMatchObject({
      ok: true,
      browser: { path: '/usr/bin/chromium' },
    });
  });

  test('asked for --load-extension with only Google Chrome 137+: refused up front, with what works', () => {
    const found = discoverChromium(
      { loading: 'switches' },
      machine({ [MAC_CHROME]: 'Google Chrome 139.0.7258.66' }, { platform: 'darwin' }),
    );
    expect(found.ok).toBe(false);
    if (!found.ok) {
      expect(found.message).toContain('Google Chrome 139.0.7258.66');
      expect(found.message).toContain('ignores --load-extension');
      expect(found.message).toContain('Chrome for Testing');
      expect(found.message).toContain('CLAIMLENS_LOADING=devtools');
    }
  });

  test('a browser older than Extensions.loadUnpacked is loaded with --load-extension', () => {
    const found = discoverChromium({}, machine({ '/usr/bin/chromium': 'Chromium 120.0.6099.224' }));
    expect(found).toMatchObject({ ok: true, first: 'switches', fallback: null });
  });

  test('nothing installed: what to install on this OS, never an empty browser', () => {
    const mac = discoverChromium({}, machine({}, { platform: 'darwin' }));
    expect(mac.ok).toBe(false);
    if (!mac.ok) {
      expect(mac.message).toMatch(/^No Chrome, Chromium or Edge found/);
      expect(mac.message).toContain('https://www.google.com/chrome/');
      expect(mac.message).toContain('npx @puppeteer/browsers install chrome@stable');
      expect(mac.message).toContain('CHROME_PATH');
    }
    const edgeOnLinux = discoverChromium({ want: 'edge' }, machine({ '/usr/bin/chromium': null }));
    expect(edgeOnLinux).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^No Microsoft Edge found/),
    });
    expect(whatToInstall('linux', 'chromium')).toContain('sudo apt-get install chromium');
  });

  test('the usual places per OS, in the order `any` tries them', () => {
    const linux = browserCandidates(machine({}));
    expect(linux.indexOf('/usr/bin/chromium')).toBeLessThan(linux.indexOf('/usr/bin/google-chrome'));
    expect(linux.indexOf('/usr/bin/google-chrome')).toBeLessThan(linux.indexOf('/usr/bin/microsoft-edge'));
    const mac = browserCandidates(machine({}, { platform: 'darwin' }));
    expect(mac).toContain(MAC_CHROME);
    expect(mac).toContain(MAC_EDGE);
    expect(mac).toContain('/home/biller/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    const win = browserCandidates(
      machine({}, { platform: 'win32', env: { LOCALAPPDATA: 'C:\\Users\\biller\\AppData\\Local' } }),
      'chrome',
    );
    expect(win).toEqual(['C:\\Users\\biller\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe']);
  });
});
