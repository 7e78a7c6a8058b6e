import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Finds a Chromium-family browser the way a user would expect: CHROME_PATH if set, else Chromium or
 * Chrome in the usual places for this OS. Never downloads one.
 */
export function browserCandidates(platform: NodeJS.Platform = process.platform, env = process.env): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (r): r is string => !!r,
    );
    return roots.flatMap((r) => [
      join(r, 'Chromium', 'Application', 'chrome.exe'),
      join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
  ];
}

export type BrowserLookup = { ok: true; path: string } | { ok: false; message: string };

export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): BrowserLookup {
  if (env.CHROME_PATH) {
    return exists(env.CHROME_PATH)
      ? { ok: true, path: env.CHROME_PATH }
      : { ok: false, message: `CHROME_PATH points at ${env.CHROME_PATH}, which does not exist.` };
  }
  const found = browserCandidates(platform, env).find((p) => exists(p));
  if (found) return { ok: true, path: found };
  const how =
    platform === 'linux'
      ? 'On Debian or Ubuntu: sudo apt-get install chromium'
      : platform === 'darwin'
        ? 'Install Google Chrome or Chromium into /Applications'
        : 'Install Google Chrome or Microsoft Edge';
  return { ok: false, message: `No Chrome or Chromium found. ${how} — or set CHROME_PATH to one.` };
}
