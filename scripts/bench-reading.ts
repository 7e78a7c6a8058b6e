import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { PageSnapshot } from '../utils/model/snapshot.ts';
import type { Figure } from './bench-extraction';
import { startFixtureServer } from './lib/fixture-server';
import { launchPlain } from './lib/launch';
import { buildCorpus } from './reading-corpus/generate';
import { type PageScore, scorePage, summarise, tabReading } from './reading-corpus/score';
import { htmlTables } from './reading-corpus/styles/tables';

/**
 * `npm run bench -- reading`: the reading corpus in real Chromium. Every page is served on its own
 * host (frames too), the readers the extension ships are injected into each document, the reading of
 * the tab is compared with the expected reading, and reading time is measured. Prints one line per
 * style and page kind, then the summary line (the figure named "reading-corpus").
 */
const root = resolve(import.meta.dirname, '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const GENERIC_LIST_URL = 'https://provider.summit-health.example/claims/status/results?bench=2000';

type Reader = (d: Document, u: string) => PageSnapshot;
const readIn = (p: Page) =>
  Promise.all(
    p.frames().map((f) =>
      f.evaluate(() => {
        const read = (globalThis as unknown as { __claimlensReadPage: Reader }).__claimlensReadPage;
        return read(document, location.href);
      }),
    ),
  );

/** Median time of one readPage in the page's main frame (batches: the page timer is coarse). */
const timeIn = (p: Page, perBatch: number) =>
  p.evaluate((n) => {
    const read = (globalThis as unknown as { __claimlensReadPage: Reader }).__claimlensReadPage;
    const out: number[] = [];
    for (let b = 0; b < 9; b++) {
      const t0 = performance.now();
      for (let i = 0; i < n; i++) read(document, location.href);
      out.push((performance.now() - t0) / n);
    }
    return out.sort((a, b) => a - b)[4] ?? 0;
  }, perBatch);

export async function benchReading(report: (f: Figure) => void): Promise<void> {
  const bundle = await build({
    stdin: {
      contents: "import { readPage } from './utils/portals/read'; globalThis.__claimlensReadPage = readPage;",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
  });
  const readerJs = bundle.outputFiles[0]!.text;
  const pages = buildCorpus();
  const server = await startFixtureServer();
  for (const p of pages) {
    server.route(p.url, p.html, 'text/html; charset=utf-8');
    for (const f of p.frames ?? []) server.route(f.url, f.html, 'text/html; charset=utf-8');
  }
  const list = Array.from({ length: 2000 }, (_, i) => ({
    claimNumber: String(7200000000 + i),
    from: '2024-07-01',
    to: '2024-07-02',
    status: i % 3 ? 'Paid' : 'Denied',
    billed: 120,
    paid: i % 3 ? 80 : 0,
  }));
  server.route(GENERIC_LIST_URL, htmlTables.claimStatus!(list).html, 'text/html; charset=utf-8');
  const browser = await launchPlain(server);
  const tab = await browser.newPage({ ignoreHTTPSErrors: true });
  const scores: PageScore[] = [];
  const times: number[] = [];
  for (const p of pages) {
    await tab.goto(p.url);
    await tab.waitForLoadState('load');
    for (const f of tab.frames()) await f.addScriptTag({ content: readerJs });
    const reading = tabReading(await readIn(tab));
    if (!reading) throw new Error(`no reading for ${p.id}`);
    const score = await scorePage(p, reading);
    scores.push(score);
    times.push(await timeIn(tab, 10));
    for (const m of [...score.misses, ...score.findingsFromMisreading].slice(0, 5))
      console.log(`  ${p.id}: ${m}`);
  }
  const { rows, summary } = summarise(scores);
  console.log('style                     kind           pages  fields   kinds  findings from misreading');
  for (const r of rows)
    console.log(
      `${String(r.style).padEnd(26)}${String(r.kind).padEnd(15)}${String(r.pages).padStart(5)}  ${(100 * Number(r.field_accuracy)).toFixed(1).padStart(5)}%  ${(100 * Number(r.kind_accuracy)).toFixed(0).padStart(4)}%  ${r.findings_from_misreading}`,
    );
  report({
    name: 'extract-reading-corpus-median',
    median_ms: Number(median(times).toFixed(3)),
    slowest_ms: Number(Math.max(...times).toFixed(3)),
    runs: times.length,
  });
  await tab.goto(GENERIC_LIST_URL);
  await tab.addScriptTag({ content: readerJs });
  const claims = (await readIn(tab))[0]?.claims.length ?? 0;
  report({
    name: 'extract-generic-claim-status-2000-claims',
    median_ms: Number((await timeIn(tab, 2)).toFixed(3)),
    claims,
  });
  await browser.close();
  await server.close();
  report(summary as unknown as Figure);
}
