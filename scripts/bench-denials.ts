/**
 * The denial worklist's budgets, in real Chromium with 50,000 recorded denials (`npm run bench -- denials`):
 * - denials-worklist-open-50k: the built extension's worklist page, from navigation until the list is
 *   on screen (records read from IndexedDB, deadlines computed, grouped, first rows drawn); median of 7.
 * - denials-filter-50k: a filter changed on that page until the list is drawn again; median of 15.
 * - history-check-12-lines: what the `history` check adds to the whole engine on a 12-line claim-entry
 *   form (engine with the denial memory minus engine without, warm, as while the biller types), with
 *   a year's look-back and a threshold of one so that it finds and words patterns (`findings`);
 *   `cold_ms` is the first check of a form (the memory read from IndexedDB).
 * The 50,000 denials come from synthetic 835 files imported through the worklist page's file input
 * (its time is reported as denials-import-835-50k).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { Figure } from './bench-extraction';
import { BENCH_CODES, BENCH_PAYERS, bench835Files } from './lib/era-835';
import { findBrowser } from './lib/find-browser';
import { startFixtureServer } from './lib/fixture-server';
import { launchWithExtension } from './lib/launch';

const root = resolve(import.meta.dirname, '..');
const DENIALS = 50_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round = (ms: number) => Math.round(ms * 1000) / 1000;
const isoToday = () => new Date().toISOString().slice(0, 10);

async function worklistFigures(files: { name: string; text: string }[], report: (f: Figure) => void) {
  const server = await startFixtureServer();
  const session = await launchWithExtension(server);
  try {
    const page = await session.context.newPage();
    page.setDefaultTimeout(0);
    const url = `chrome-extension://${session.extensionId}/worklist.html`;
    await page.goto(url);
    await page.waitForSelector('main[data-ready]');
    const t0 = Date.now();
    await page
      .getByTestId('era-files')
      .setInputFiles(
        files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) })),
      );
    await page.waitForFunction(() =>
      /denied claims added/.test(document.querySelector('[data-testid=era-message]')?.textContent ?? ''),
    );
    report({
      name: 'denials-import-835-50k',
      denials: DENIALS,
      median_ms: Date.now() - t0,
      runs: 1,
      files: files.length,
    });

    const opens: number[] = [];
    for (let run = 0; run < 7; run++) {
      await page.goto('about:blank');
      await page.goto(url, { waitUntil: 'commit' });
      const shown = await (
        await page.waitForFunction(
          () => document.querySelector('main[data-ready] tr[data-claim]') && Date.now(),
          undefined,
          {
            polling: 'raf',
          },
        )
      ).jsonValue();
      opens.push(Number(shown) - (await page.evaluate(() => performance.timeOrigin)));
    }
    const shownRows = await page.locator('tr[data-claim]').count();
    report({
      name: 'denials-worklist-open-50k',
      denials: DENIALS,
      median_ms: Math.round(median(opens)),
      runs: opens.length,
      rows_drawn: shownRows,
    });

    // Each change: the select's change event until Preact has drawn the result (its render runs in a microtask).
    const filters: [string, string][] = [
      ['filter-payer', 'bench payer c'],
      ['filter-cause', 'bundling'],
      ['filter-age', '31-60'],
      ['filter-status', 'all'],
      ['filter-payer', ''],
    ];
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const [testId, value] of filters) {
        times.push(
          await page.evaluate(
            async ([id, v]) => {
              const select = document.querySelector(`[data-testid=${id}]`) as HTMLSelectElement;
              const t = performance.now();
              select.value = v;
              select.dispatchEvent(new Event('change', { bubbles: true }));
              await new Promise((ok) => setTimeout(ok, 0));
              return performance.now() - t;
            },
            [testId, value] as const,
          ),
        );
      }
      for (const id of ['filter-cause', 'filter-age', 'filter-status'])
        await page.evaluate((i) => {
          const select = document.querySelector(`[data-testid=${i}]`) as HTMLSelectElement;
          select.value = i === 'filter-status' ? 'open' : '';
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }, id);
    }
    report({
      name: 'denials-filter-50k',
      denials: DENIALS,
      median_ms: round(median(times)),
      runs: times.length,
      max_ms: round(Math.max(...times)),
    });
  } finally {
    await session.close();
    await server.close();
  }
}

async function historyFigure(files: { name: string; text: string }[], report: (f: Figure) => void) {
  const bundle = await build({
    entryPoints: [join(root, 'bench/browser/denials.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
  });
  const js = bundle.outputFiles[0]!.text;
  const server = createServer((req, res) => {
    const url = decodeURIComponent(req.url ?? '/');
    const file = files.find((f) => url === `/data/${f.name}`);
    const body =
      url === '/'
        ? '<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>'
        : url === '/bench.js'
          ? js
          : file?.text;
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': url === '/' ? 'text/html' : 'text/plain' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const browserPath = findBrowser();
  if (!browserPath.ok) throw new Error(browserPath.message);
  const browser = await chromium.launch({
    executablePath: browserPath.path,
    headless: true,
    args: ['--disable-gpu', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(0);
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    // The payer and codes the most denials went to: the check has the most to count.
    const codes = BENCH_CODES.slice(0, 12);
    const r = await page.evaluate(
      ([names, payer, c, today]) =>
        (
          globalThis as unknown as {
            claimlensBench: {
              timeHistory: (...a: unknown[]) => Promise<{
                importMs: number;
                denials: number;
                findings: number;
                without: number[];
                withMemory: number[];
                cold: number[];
              }>;
            };
          }
        ).claimlensBench.timeHistory(names, payer, c, today, 200),
      [files.map((f) => f.name), BENCH_PAYERS[0]!, codes, isoToday()] as const,
    );
    const added = r.withMemory.map((t, i) => t - (r.without[i] ?? 0));
    report({
      name: 'history-check-12-lines',
      denials: r.denials,
      median_ms: round(Math.max(0, median(added))),
      engine_without_ms: round(median(r.without)),
      engine_with_ms: round(median(r.withMemory)),
      cold_ms: round(median(r.cold) - median(r.without)),
      findings: r.findings,
      runs: added.length,
    });
  } finally {
    await browser.close();
    server.close();
  }
}

export async function benchDenials(report: (f: Figure) => void): Promise<void> {
  const files = bench835Files(DENIALS, 3, new Date());
  await historyFigure(files, report);
  await worklistFigures(files, report);
}
