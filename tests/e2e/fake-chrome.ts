import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBrowser } from '../../scripts/lib/find-browser';

/**
 * Google Chrome 137+ as far as loading an extension goes, made from the Chromium that runs the suite
 * (CI has no Google Chrome): a script named `google-chrome` that
 * - answers `--version` as "Google Chrome <Chromium's version>", so discovery takes it for branded
 *   Chrome 137+ and plans the DevTools protocol only, as it would on a biller's Mac;
 * - starts Chromium with the feature branded Chrome turns on by default from 137,
 *   DisableLoadExtensionCommandLineSwitch, so `--load-extension` is really ignored (the suite checks it).
 * Not a shell trick around the product: the product code sees a path and a `--version` answer, exactly
 * what it sees of a real Google Chrome.
 */
/** What Google Chrome turns on by default: 137 ignores --load-extension, 139 --disable-extensions-except. */
export const BRANDED_CHROME_FEATURES =
  'DisableLoadExtensionCommandLineSwitch,DisableDisableExtensionsExceptCommandLineSwitch';

export function makeFakeBrandedChrome(dir: string): { path: string; version: string } {
  const chromium = findBrowser();
  if (!chromium.ok) throw new Error(chromium.message);
  const text = execFileSync(chromium.path, ['--version'], { encoding: 'utf8' });
  const version = /(\d+\.\d+\.\d+\.\d+)/.exec(text)?.[1];
  if (!version) throw new Error(`Cannot read the version of ${chromium.path}: ${text}`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'google-chrome');
  const quoted = `'${chromium.path.replace(/'/g, `'\\''`)}'`;
  writeFileSync(
    path,
    [
      '#!/bin/sh',
      `if [ "$1" = "--version" ]; then echo "Google Chrome ${version}"; exit 0; fi`,
      `features=${BRANDED_CHROME_FEATURES}`,
      // Added to the launcher's own --enable-features (a second such switch would not be read).
      'seen=',
      'for arg; do',
      '  shift',
      '  case "$arg" in',
      '    --enable-features=*) set -- "$@" "$arg,$features"; seen=1 ;;',
      '    *) set -- "$@" "$arg" ;;',
      '  esac',
      'done',
      '[ -n "$seen" ] || set -- "$@" "--enable-features=$features"',
      `exec ${quoted} "$@"`,
      '',
    ].join('\n'),
  );
  chmodSync(path, 0o755);
  return { path, version };
}
