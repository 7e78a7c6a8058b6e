import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { artifacts, packageVersion, ROOT } from './lib/release/artifacts';
import {
  type Check,
  changelogSection,
  cleanTree,
  storeScreenshots,
  storeVersion,
} from './lib/release/checks';
import { contentDifferences, deterministicZip, sha256, unzipTo, type ZipEntries } from './lib/release/zip';

/**
 * `npm run release [-- --verify]`: from a clean tree, with a CHANGELOG.md section for package.json's
 * version, builds and zips the Chrome/Edge (MV3) and Firefox (MV2) packages (scripts/package.ts) and the
 * sources archive addons.mozilla.org's reviewers ask for (every file of the commit; BUILDING.md says how
 * to rebuild), into .output/release/, with a SHA256SUMS file. `--verify` then unpacks the sources
 * archive in a temporary folder, follows BUILDING.md there (npm ci, npm run package) and checks that
 * both packages come out byte for byte the same.
 */
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--verify');
if (unknown.length > 0) {
  console.error(`unknown option ${unknown.join(' ')}\nusage: npm run release [-- --verify]`);
  process.exit(2);
}
const verify = args.includes('--verify');
const started = Date.now();
const git = (...a: string[]) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' });
const stop = (check: Check) => {
  if (check.ok) return;
  console.error(`Release stopped: ${check.message}`);
  process.exit(1);
};

const version = packageVersion();
stop(storeVersion(version));
stop(cleanTree(git('status', '--porcelain', '--untracked-files=all')));
const changes = changelogSection(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), version);
stop(changes);
const shotsDir = join(ROOT, 'store', 'screenshots');
stop(
  storeScreenshots(
    (existsSync(shotsDir) ? readdirSync(shotsDir) : [])
      .filter((n) => n.endsWith('.png'))
      .map((name) => ({ name, bytes: readFileSync(join(shotsDir, name)) })),
  ),
);
const commit = git('rev-parse', 'HEAD').trim();
console.log(`ClaimLens ${version} from commit ${commit}`);

execFileSync('npx', ['tsx', 'scripts/package.ts'], { cwd: ROOT, stdio: 'inherit' });

// The sources archive: every file of the commit (the tree is clean, so the files on disk are the commit's).
const out = artifacts(version);
const sources: ZipEntries = {};
for (const path of git('ls-files', '-z').split('\0').filter(Boolean)) {
  sources[path] = readFileSync(join(ROOT, path));
}
if (!sources['BUILDING.md'])
  stop({ ok: false, message: 'BUILDING.md is not committed: the sources archive needs it.' });
writeFileSync(out.sources, deterministicZip(sources));
// A build writes only ignored folders: if it changed the tree, the archives do not match the commit.
stop(cleanTree(git('status', '--porcelain', '--untracked-files=all')));

const archives = [out.chrome, out.firefox, out.sources];
const sums = archives.map(
  (a) => `${sha256(readFileSync(a))}  ${relative(join(ROOT, '.output', 'release'), a)}`,
);
writeFileSync(
  out.checksums,
  `# ClaimLens ${version}, commit ${commit}, built with Node ${process.versions.node}\n${sums.join('\n')}\n`,
);
console.log(`\nClaimLens ${version} — ${((Date.now() - started) / 1000).toFixed(0)} s`);
for (const a of [...archives, out.checksums]) {
  console.log(`  ${relative(ROOT, a)}  ${(statSync(a).size / 1024).toFixed(0)} KB`);
}

if (verify) {
  const verifyStarted = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-sources-'));
  try {
    console.log(`\nRebuilding from the sources archive in ${dir} (BUILDING.md: npm ci, npm run package)…`);
    unzipTo(readFileSync(out.sources), dir);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    execFileSync('npm', ['run', 'package'], { cwd: dir, stdio: 'inherit' });
    const rebuilt = artifacts(version, join(dir, '.output', 'release'));
    let same = true;
    for (const browser of ['chrome', 'firefox'] as const) {
      const ours = readFileSync(out[browser]);
      const theirs = readFileSync(rebuilt[browser]);
      if (sha256(ours) === sha256(theirs)) {
        console.log(`  ${browser}: byte for byte the same (sha256 ${sha256(ours)})`);
        continue;
      }
      same = false;
      const differ = contentDifferences(ours, theirs);
      console.error(
        `  ${browser}: the rebuilt package differs${differ.length ? ` in ${differ.join(', ')}` : ' (same files, different archive bytes)'}`,
      );
    }
    console.log(`Verified in ${((Date.now() - verifyStarted) / 1000).toFixed(0)} s`);
    // Not process.exit: the temporary folder is removed below first.
    if (!same) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
