import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { FIXTURE_PAGES } from '../tests/fixtures/pages.ts';
import { startFixtureServer } from './lib/fixture-server';
import { launchPlain } from './lib/launch';
import { BIG_FORM_URL, BIG_RESULTS_URL, claimStatus2000, officeAlly50Lines } from './lib/load-pages';

/**
 * Extraction speed in real Chromium: each fixture page is loaded on its real hostname, the readers
 * (the content script's code, bundled) are injected, and readPage is timed over many runs.
 * Also: the built content script's gzipped size, and the cost of a page that mutates its DOM all
 * the time (the content script coalesces reads; measured as CPU time per second of page time).
 */
export interface Figure {
  name: string;
  rows?: number;
  median_ms?: number;
  runs?: number;
  stored_bytes?: number;
  [extra: string]: unknown;
}

const root = resolve(import.meta.dirname, '..');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

export async function benchExtraction(report: (f: Figure) => void): Promise<void> {
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
  const server = await startFixtureServer();
  server.route(BIG_RESULTS_URL, claimStatus2000(), 'text/html');
  server.route(BIG_FORM_URL, officeAlly50Lines(), 'text/html');
  const browser = await launchPlain(server);
  const page = await browser.newPage({ ignoreHTTPSErrors: true });
  const perPage: number[] = [];
  const pages = [
    ...FIXTURE_PAGES.map((f) => ({ id: f.id, url: f.url })),
    { id: 'load-claim-status-2000-claims', url: BIG_RESULTS_URL },
    { id: 'load-claim-entry-50-lines', url: BIG_FORM_URL },
  ];
  for (const fixture of pages) {
    await page.goto(fixture.url);
    await page.waitForTimeout(1200); // let late-painting pages finish
    await page.addScriptTag({ content: readerJs });
    const times: number[] = await page.evaluate(
      ({ batches, perBatch }) => {
        const read = (globalThis as unknown as { __claimlensReadPage: (d: Document, u: string) => unknown })
          .__claimlensReadPage;
        // Timer resolution in a page is coarse (~0.1 ms): time batches of reads and divide.
        const out: number[] = [];
        for (let b = 0; b < batches; b++) {
          const t0 = performance.now();
          for (let i = 0; i < perBatch; i++) read(document, location.href);
          out.push((performance.now() - t0) / perBatch);
        }
        return out;
      },
      { batches: 15, perBatch: 20 },
    );
    const m = median(times);
    const claims = await page.evaluate(() => {
      const read = (
        globalThis as unknown as {
          __claimlensReadPage: (d: Document, u: string) => { claims: { serviceLines: unknown[] }[] };
        }
      ).__claimlensReadPage;
      const s = read(document, location.href);
      return { claims: s.claims.length, lines: s.claims.reduce((n, c) => n + c.serviceLines.length, 0) };
    });
    if (fixture.id.startsWith('load-')) {
      report({
        name: `extract-${fixture.id}`,
        median_ms: Number(m.toFixed(3)),
        runs: times.length * 20,
        ...claims,
      });
      continue;
    }
    perPage.push(m);
    report({ name: `extract-${fixture.id}`, median_ms: Number(m.toFixed(3)), runs: times.length * 20 });
  }
  report({
    name: 'extract-median-all-fixtures',
    median_ms: Number(median(perPage).toFixed(3)),
    runs: perPage.length,
  });
  await browser.close();
  await server.close();

  // portal.js runs in every portal frame; generic.js only in frames no adapter reads completely.
  for (const [name, file] of [
    ['content-script-size', join('content-scripts', 'portal.js')],
    ['generic-reader-script-size', 'generic.js'],
  ] as const) {
    try {
      const bytes = readFileSync(join(root, '.output', 'chrome-mv3', file));
      report({ name, stored_bytes: gzipSync(bytes).length, raw_bytes: bytes.length });
    } catch {
      report({ name, error: 'build first: npm run build' });
    }
  }
}
