import { spawnSync } from 'node:child_process';

/**
 * Both browsers' end-to-end suites, one after the other (each drives a real browser; on a 2-core
 * machine running them side by side only makes both slower and flakier). The second runs even when
 * the first failed, so one run reports every browser's failures; the exit code is 1 if either failed.
 */
const suites = [
  { name: 'Chromium', script: 'test:e2e' },
  { name: 'Firefox', script: 'test:e2e:firefox' },
];

const results = suites.map(({ name, script }) => {
  const started = Date.now();
  console.log(`\n=== ${name} end to end (npm run ${script}) ===\n`);
  const run = spawnSync('npm', ['run', script], { stdio: 'inherit' });
  return { name, ok: run.status === 0, seconds: Math.round((Date.now() - started) / 1000) };
});

console.log('\n=== end to end, both browsers ===');
for (const r of results) console.log(`${r.name}: ${r.ok ? 'passed' : 'FAILED'} in ${r.seconds} s`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
