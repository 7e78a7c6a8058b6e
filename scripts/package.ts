import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { artifacts, BUILD_DIRS, packageVersion, RELEASE_DIR, ROOT } from './lib/release/artifacts';
import { deterministicZip, filesUnder, sha256 } from './lib/release/zip';

/**
 * `npm run package`: the production builds for Chrome/Edge (MV3) and Firefox (MV2), each zipped the
 * same way every time (sorted entries, fixed timestamps), into .output/release/ with the version from
 * package.json. `npm run release` runs this after its checks; the sources archive's BUILDING.md runs
 * it to rebuild the packages byte for byte. Needs no git, so it works in an unpacked sources archive.
 */
const version = packageVersion();
const out = artifacts(version);
mkdirSync(RELEASE_DIR, { recursive: true });

for (const browser of ['chrome', 'firefox'] as const) {
  const started = Date.now();
  console.log(`Building ${browser === 'chrome' ? 'Chrome/Edge (MV3)' : 'Firefox (MV2)'}…`);
  execFileSync('npx', ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const zip = deterministicZip(filesUnder(BUILD_DIRS[browser]));
  writeFileSync(out[browser], zip);
  const kb = (statSync(out[browser]).size / 1024).toFixed(0);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`  ${relative(ROOT, out[browser])}  ${kb} KB  sha256 ${sha256(zip)}  (${seconds} s)`);
}
