import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where a release's archives go and what they are called (the version comes from package.json). */
export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const RELEASE_DIR = join(ROOT, '.output', 'release');

export function packageVersion(root = ROOT): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

export const artifacts = (version: string, dir = RELEASE_DIR) => ({
  /** Chrome Web Store and Microsoft Edge Add-ons: the same MV3 package. */
  chrome: join(dir, `claimlens-${version}-chrome.zip`),
  /** addons.mozilla.org (or signing for self-distribution): the MV2 package. */
  firefox: join(dir, `claimlens-${version}-firefox.zip`),
  /** What addons.mozilla.org's reviewers rebuild the Firefox package from (BUILDING.md inside). */
  sources: join(dir, `claimlens-${version}-sources.zip`),
  checksums: join(dir, `claimlens-${version}-SHA256SUMS.txt`),
});

/** The builds the zips are made from (WXT's output folders). */
export const BUILD_DIRS = {
  chrome: join(ROOT, '.output', 'chrome-mv3'),
  firefox: join(ROOT, '.output', 'firefox-mv2'),
} as const;
