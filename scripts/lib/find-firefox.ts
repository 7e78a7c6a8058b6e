import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserLookup } from './find-browser';

/**
 * Finds Firefox for the Firefox e2e tests: FIREFOX_PATH if set, else Firefox ESR or Firefox in the
 * usual places for this OS. Never downloads one (puppeteer-core drives the installed browser).
 */
export function firefoxCandidates(platform: NodeJS.Platform = process.platform, env = process.env): string[] {
  if (platform === 'darwin') return ['/Applications/Firefox.app/Contents/MacOS/firefox'];
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((r): r is string => !!r);
    return roots.map((r) => join(r, 'Mozilla Firefox', 'firefox.exe'));
  }
  return [
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/usr/lib/firefox-esr/firefox-esr',
    '/snap/bin/firefox',
  ];
}

export function findFirefox(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): BrowserLookup {
  if (env.FIREFOX_PATH) {
    return exists(env.FIREFOX_PATH)
      ? { ok: true, path: env.FIREFOX_PATH }
      : { ok: false, message: `FIREFOX_PATH points at ${env.FIREFOX_PATH}, which does not exist.` };
  }
  const found = firefoxCandidates(platform, env).find((p) => exists(p));
  if (found) return { ok: true, path: found };
  const how =
    platform === 'linux'
      ? 'On Debian: sudo apt-get install firefox-esr (.ci/run does it, from the security repository)'
      : 'Install Firefox';
  return { ok: false, message: `No Firefox found. ${how} — or set FIREFOX_PATH to one.` };
}

/** The major version in `firefox --version` output ("Mozilla Firefox 153.8.0esr" → 153), or null. */
export function firefoxMajorVersion(versionText: string): number | null {
  const m = /Firefox\s+(\d+)\./.exec(versionText);
  return m ? Number(m[1]) : null;
}

/** Why this Firefox cannot run the add-on (older than its strict_min_version), or null when it can. */
export function firefoxVersionProblem(path: string, versionText: string, minVersion: string): string | null {
  const major = firefoxMajorVersion(versionText);
  const needed = Number.parseInt(minVersion, 10);
  if (major === null) return `Could not tell the version of ${path} ("${versionText.trim()}").`;
  if (major >= needed) return null;
  return (
    `${path} is Firefox ${major}; the add-on needs ${minVersion} or newer (strict_min_version). ` +
    'On Debian bookworm, the security repository has a newer firefox-esr: apt-get install firefox-esr.'
  );
}

/** Runs `<firefox> --version` (a second or so; Firefox prints it without starting a window). */
export function firefoxVersionText(path: string): string {
  return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
}
