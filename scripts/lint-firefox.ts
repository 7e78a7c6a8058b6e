import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { artifacts, packageVersion, ROOT } from './lib/release/artifacts';
import { unzipTo } from './lib/release/zip';

/**
 * `npm run lint:firefox`: Mozilla's web-ext lint on the packaged Firefox build — the zip that is
 * uploaded to addons.mozilla.org, unpacked into a temporary folder — with AMO's listing checks on
 * (no --self-hosted). Errors fail it; the one expected warning (UNSAFE_VAR_ASSIGNMENT, Preact's own
 * dangerouslySetInnerHTML support, which ClaimLens never uses) is documented in the README.
 */
const zip = artifacts(packageVersion()).firefox;
if (!existsSync(zip)) {
  console.error(`No Firefox package at ${relative(ROOT, zip)}: run npm run package first.`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'claimlens-lint-'));
try {
  unzipTo(readFileSync(zip), dir);
  console.log(`web-ext lint on ${relative(ROOT, zip)}`);
  const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir], { cwd: ROOT, stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
