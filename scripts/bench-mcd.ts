/**
 * Medical-necessity speed in real Chromium (headless, an on-disk profile), on a generated full-size
 * MCD "current article" download (tests/fixtures/mcd/generate.ts: 2,002 articles, 431,120 covered
 * diagnosis rows, the row counts of a real 2025–26 download):
 * - import-mcd-articles: importFiles on current_article.zip (nested zip, parse by header names,
 *   compile, write, swap); median of 3 runs; budget ≤ 10 s.
 * - check-med-necessity-12-lines: the whole engine on a 12-line claim whose codes the articles list
 *   (a practice in one state), warm, with the set loaded minus without it (a second database, batches
 *   interleaved so both see the same load; median of the paired differences): what med-necessity adds;
 *   budget ≤ 1 ms. Also the check alone, and the check alone for a practice in every state (every
 *   jurisdiction's article applies: the worst case).
 * Run: npm run bench -- mcd (prints one JSON line per figure).
 */
import { resolve } from 'node:path';
import { FULL_SIZE, fullSizeTables } from '../tests/fixtures/mcd/generate';
import { mcdZip } from '../tests/fixtures/mcd/write';
import type { Figure } from './bench-extraction';
import { openBenchPage } from './lib/bench-page';

const root = resolve(import.meta.dirname, '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** 12 codes listed by the most articles, and diagnoses half on their lists, half not. */
function claimCodes(tables: Record<string, string>) {
  const count = new Map<string, number>();
  for (const row of tables['article_x_hcpc_code.csv']!.split('\r\n').slice(1)) {
    const code = row.split(',')[2]!;
    count.set(code, (count.get(code) ?? 0) + 1);
  }
  const codes = [...count]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([c]) => c);
  const covered = tables['article_x_icd10_covered.csv']!.split('\r\n', 200)
    .slice(1)
    .map((r) => r.split(',')[2]!.replace('.', ''));
  return { codes, diagnoses: [...new Set(covered)].slice(0, 4).concat(['Z0000', 'R69', 'Z7689', 'E119']) };
}

export async function benchMcd(report: (f: Figure) => void): Promise<void> {
  const tables = fullSizeTables(root);
  const zip = mcdZip(tables, 1);
  const { codes, diagnoses } = claimCodes(tables);
  const states = tables['state_lookup.csv']!.split('\r\n')
    .slice(1)
    .map((r) => r.split(',')[1]!);
  const { page, close } = await openBenchPage('bench/browser/mcd.ts', (url) =>
    url === '/data/current_article.zip' ? zip : undefined,
  );
  try {
    const call = <T>(name: string, ...args: unknown[]) =>
      page.evaluate(
        ([n, a]) =>
          (globalThis as unknown as { claimlensMcdBench: Record<string, (...x: unknown[]) => unknown> })
            .claimlensMcdBench[n as string]!(...(a as unknown[])),
        [name, args] as const,
      ) as Promise<T>;
    if (process.env.BENCH_ONLY === 'steps') {
      for (let run = 0; run < 2; run++) console.log(JSON.stringify(await call('timeMcdSteps')));
      return;
    }
    const imports: { ms: number; rows: number; storedBytes: number }[] = [];
    for (let run = 0; run < 3; run++) imports.push(await call('timeMcdImport'));
    report({
      name: 'import-mcd-articles',
      rows: imports[0]?.rows,
      median_ms: round(median(imports.map((i) => i.ms))),
      runs: imports.length,
      covered_rows: FULL_SIZE.covered,
      zip_bytes: zip.length,
      stored_bytes: imports[0]?.storedBytes,
    });
    const check = await call<{
      withMcd: number[];
      withoutMcd: number[];
      added: number[];
      checkOnly: number[];
      everywhere: { times: number[]; count: number };
      findings: Record<string, number>;
    }>('timeMedNecessity', codes, diagnoses, states.slice(0, 1), states, 15, 20);
    const withMs = median(check.withMcd);
    const withoutMs = median(check.withoutMcd);
    report({
      name: 'check-med-necessity-12-lines',
      median_ms: round(median(check.added)),
      engine_with_mcd_ms: round(withMs),
      engine_without_mcd_ms: round(withoutMs),
      check_alone_ms: round(median(check.checkOnly)),
      all_states_check_alone_ms: round(median(check.everywhere.times)),
      all_states_findings: check.everywhere.count,
      runs: check.withMcd.length * 20,
      findings: check.findings,
    });
  } finally {
    await close();
  }
}
