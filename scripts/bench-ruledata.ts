/**
 * Rule-data speed in real Chromium (headless, a real on-disk profile so IndexedDB is what users get):
 * - import-ptp-practitioner: the four 2024Q2 practitioner PTP zips (2.5M rows), unzip + parse +
 *   compile + write + swap; median of 3 runs; stored size of the set.
 * - import-ptp-grouped-250k vs import-ptp-per-pair-250k: the same 250,000 edits written in ClaimLens'
 *   layout (one row per column-1 code) and as one Dexie row per pair, in the same browser run.
 * - check-claim-12-lines: store.load for a 12-line claim against PTP + MUE + add-on + PFS + HCPCS +
 *   ICD-10-CM + POS, warm.
 * Uses the real CMS files in /work/shared/data/cms (or CMS_DATA); without them, generates PTP files of
 * the same size and shape. Run: npx tsx scripts/bench-ruledata.ts (prints one JSON line per figure).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Figure } from './bench-extraction';
import { openBenchPage } from './lib/bench-page';
import { BIG_RESULTS_URL, claimStatus2000 } from './lib/load-pages';

const root = resolve(import.meta.dirname, '..');
// ../shared/data/cms beside the checkout (as on the team's machines and in CI), or CMS_DATA.
const cms = process.env.CMS_DATA ?? resolve(root, '..', 'shared', 'data', 'cms');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const round = (ms: number) => Math.round(ms * 1000) / 1000;

interface BenchFiles {
  ptp: string[];
  others: string[];
  bytes: Map<string, Uint8Array>;
  synthetic: boolean;
}

function realFiles(): BenchFiles {
  const bytes = new Map<string, Uint8Array>();
  const add = (dir: string, match: RegExp) =>
    readdirSync(join(cms, dir))
      .filter((n) => match.test(n))
      .map((n) => {
        bytes.set(n, new Uint8Array(readFileSync(join(cms, dir, n))));
        return n;
      });
  const ptp = add('ncci-ptp-practitioner-2024q2', /\.zip$/);
  const others = [
    ...add('ncci-mue-2024q3', /practitioner/),
    ...add('ncci-aoc-2024q2', /\.csv$/),
    ...add('pfs-2024q3', /\.zip$/),
    ...add('hcpcs-2024', /\.zip$/),
    ...add('icd10cm-2024', /\.gz$/),
  ];
  return { ptp, others, bytes, synthetic: false };
}

/** Four PTP parts in the official layout with 2,545,089 rows shaped like the real ones. */
function syntheticFiles(): BenchFiles {
  const bytes = new Map<string, Uint8Array>();
  const header =
    'CPT only copyright 2023 American Medical Association.  All rights reserved.\t\t\t\t\t\t\r\nColumn1/Column2 Edits\t\t\t\t\t\t\r\n';
  const total = 2_545_089;
  const ptp: string[] = [];
  let row = 0;
  for (let part = 1; part <= 4; part++) {
    const lines: string[] = [header];
    const end = Math.round((total * part) / 4);
    for (; row < end; row++) {
      const c1 = String(10000 + Math.floor(row / 200)).padStart(5, '0');
      const c2 = String(10000 + ((row * 7919) % 89999)).padStart(5, '0');
      lines.push(
        `${c1}\t${c2}\t\t19960101\t${row % 3 ? '*' : '20191231'}\t${row % 2}\tStandards of medical/surgical practice\r\n`,
      );
    }
    const name = `medicare-ncci-2024q2-practitioner-ptp-edits-ccipra-v301r0-f${part}.zip`;
    bytes.set(name, zipSync({ [`ccipra-v301r0-f${part}.TXT`]: strToU8(lines.join('')) }, { level: 1 }));
    ptp.push(name);
  }
  return { ptp, others: [], bytes, synthetic: true };
}

export async function benchRuleData(report: (f: Figure) => void): Promise<void> {
  const data = existsSync(cms) ? realFiles() : syntheticFiles();
  const { page, close } = await openBenchPage('bench/browser/ruledata.ts', (url) =>
    url.startsWith('/data/') ? data.bytes.get(url.slice(6)) : undefined,
  );
  try {
    type Bench = {
      timeImport(names: string[]): Promise<{ ms: number; rows: number; storedBytes: number }>;
      timeImportSteps(names: string[]): Promise<{ unzip: number; parse: number; write: number }>;
      timeGroupedVsPerPair(
        part: string,
        rows: number,
        perPair: number,
        grouped: number,
      ): Promise<{ rows: number; groupedMs: number[]; perPairMs: number[] }>;
      timeClaim(
        names: string[],
        batches: number,
        perBatch: number,
      ): Promise<{
        times: number[];
        engineTimes: number[];
        engine50Times: number[];
        rows: number;
        summary: unknown;
      }>;
      timeClaimList(
        html: string,
        url: string,
        runs: number,
      ): Promise<{ claims: number; findings: Record<string, number>; times: number[] }>;
    };
    const call = <K extends keyof Bench>(name: K, ...args: Parameters<Bench[K]>) =>
      page.evaluate(
        ([n, a]) => {
          const b = (
            globalThis as unknown as { claimlensBench: Record<string, (...x: unknown[]) => unknown> }
          ).claimlensBench;
          return b[n as string]!(...(a as unknown[]));
        },
        [name, args] as const,
      ) as ReturnType<Bench[K]>;
    const note = data.synthetic ? { data: 'synthetic (no ../shared/data/cms)' } : {};

    const only = process.env.BENCH_ONLY;
    const reportList = async (rows: number) => {
      const list = await call('timeClaimList', claimStatus2000(), BIG_RESULTS_URL, 9);
      report({
        name: 'engine-claim-status-2000-claims',
        rows,
        claims: list.claims,
        findings: list.findings,
        median_ms: round(median(list.times)),
        runs: list.times.length,
        ...note,
      });
    };
    // store.load for the 12-line claim (20 loads a batch), then the whole engine on the 2,000-claim list.
    const reportStoreLoad = async (c: { rows: number; times: number[]; summary: unknown }) => {
      report({
        name: 'check-claim-12-lines',
        rows: c.rows,
        median_ms: round(median(c.times)),
        runs: c.times.length * 20,
        answers: c.summary,
        ...note,
      });
      await reportList(c.rows);
    };
    if (only === 'claim') {
      await reportStoreLoad(await call('timeClaim', [...data.ptp, ...data.others], 15, 20));
      return;
    }
    if (only === 'steps') {
      for (let run = 0; run < 2; run++) console.log(JSON.stringify(await call('timeImportSteps', data.ptp)));
      return;
    }
    const imports: { ms: number; rows: number; storedBytes: number }[] = [];
    for (let run = 0; run < 3; run++) imports.push(await call('timeImport', data.ptp));
    report({
      name: 'import-ptp-practitioner',
      rows: imports[0]?.rows,
      median_ms: round(median(imports.map((i) => i.ms))),
      runs: imports.length,
      stored_bytes: imports[0]?.storedBytes,
      ...note,
    });

    if (only === 'import') return;
    const pair = await call('timeGroupedVsPerPair', data.ptp[0]!, 250_000, 2, 5);
    const grouped = median(pair.groupedMs);
    const perPair = median(pair.perPairMs);
    report({
      name: 'import-ptp-grouped-250k',
      rows: pair.rows,
      median_ms: round(grouped),
      runs: pair.groupedMs.length,
      ...note,
    });
    report({
      name: 'import-ptp-per-pair-250k',
      rows: pair.rows,
      median_ms: round(perPair),
      runs: pair.perPairMs.length,
      grouped_speedup: Math.round(perPair / grouped),
      ...note,
    });

    const claim = await call('timeClaim', [...data.ptp, ...data.others], 15, 20);
    report({
      name: 'engine-claim-12-lines',
      rows: claim.rows,
      median_ms: round(median(claim.engineTimes)),
      runs: claim.engineTimes.length * 20,
      ...note,
    });
    report({
      name: 'engine-claim-50-lines',
      rows: claim.rows,
      median_ms: round(median(claim.engine50Times)),
      runs: claim.engine50Times.length * 5,
      ...note,
    });
    await reportStoreLoad(claim);
  } finally {
    await close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  benchRuleData((f) => console.log(JSON.stringify(f))).catch((error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  });
}
