import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { artifacts, BUILD_DIRS, packageVersion, RELEASE_DIR, ROOT } from './lib/release/artifacts';
import { releasedPackagesFresh } from './lib/release/fresh';
import { deterministicZip, filesUnder, sha256 } from './lib/release/zip';

/** git's answer, or null where there is no git (an unpacked sources archive). */
function git(...args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

/**
 * `npm run package`: the production builds for Chrome/Edge (MV3) and Firefox (MV2), each zipped the
 * same way every time (sorted entries, fixed timestamps), into .output/release/ with the version from
 * package.json. `npm run release` runs this after its checks; the sources archive's BUILDING.md runs
 * it to rebuild the packages byte for byte. Needs no git, so it works in an unpacked sources archive.
 * Right after `npm run release` on the same clean commit it keeps the release's packages instead of
 * building them again (scripts/lib/release/fresh.ts says when).
 */
const version = packageVersion();
const out = artifacts(version);
mkdirSync(RELEASE_DIR, { recursive: true });

const browsers = ['chrome', 'firefox'] as const;
const fresh = releasedPackagesFresh({
  sums: existsSync(out.checksums) ? readFileSync(out.checksums, 'utf8') : null,
  head: git('rev-parse', 'HEAD'),
  status: git('status', '--porcelain', '--untracked-files=all') ?? 'no git',
  packages: browsers.map((b) => ({
    name: basename(out[b]),
    zipSha: existsSync(out[b]) ? sha256(readFileSync(out[b])) : null,
    buildSha: existsSync(join(BUILD_DIRS[b], 'manifest.json'))
      ? sha256(deterministicZip(filesUnder(BUILD_DIRS[b])))
      : null,
  })),
});
if (fresh.fresh) {
  console.log(
    `The packages npm run release made from commit ${fresh.commit.slice(0, 12)} are this tree's, byte for byte: kept.`,
  );
  process.exit(0);
}

for (const browser of browsers) {
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
