import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { teachPage } from '../tests/fixtures/teach/page';
import { TAUGHT_PAGE_URL, TAUGHT_RECIPE } from '../tests/fixtures/teach/recipe';
import type { Figure } from './bench-extraction';
import { startFixtureServer } from './lib/fixture-server';
import { CHROME_BUILD_DIR, launchPlain } from './lib/launch';

/**
 * `npm run bench -- teach`: reading a page with a taught recipe, in real Chromium, with the teach.js
 * the production build ships (run `npm run build` first). The recipe is the one tests/e2e/teach.e2e.ts
 * teaches; pages of 2, 20 and 200 service lines. Median of 200 readings each.
 */
const URL_ = TAUGHT_PAGE_URL;
const RECIPE = TAUGHT_RECIPE;

export async function benchTeach(report: (f: Figure) => void): Promise<void> {
  const script = readFileSync(join(CHROME_BUILD_DIR, 'teach.js'), 'utf8');
  const server = await startFixtureServer();
  const browser = await launchPlain(server);
  try {
    for (const rows of [2, 20, 200]) {
      server.route(URL_, teachPage({ rows }), 'text/html; charset=utf-8');
      const page = await browser.newPage();
      await page.goto(URL_);
      // teach.js expects an extension's isolated world; a page stands in (it sends nothing while reading).
      await page.addScriptTag({ content: `globalThis.chrome = { runtime: { id: 'bench' } };\n${script}` });
      const result = await page.evaluate((recipe) => {
        const api = (globalThis as Record<string, unknown>).__claimlensTeach as {
          read(
            r: unknown[],
            d: null,
            doc: Document,
            url: URL,
          ): { claims: { serviceLines: unknown[] }[] } | null;
        };
        const times: number[] = [];
        let lines = 0;
        for (let i = 0; i < 200; i++) {
          const t0 = performance.now();
          const s = api.read([recipe], null, document, new URL(location.href));
          times.push(performance.now() - t0);
          lines = s?.claims[0]?.serviceLines.length ?? -1;
        }
        times.sort((a, b) => a - b);
        return { median: times[100]!, lines };
      }, RECIPE);
      if (result.lines !== rows) throw new Error(`read ${result.lines} lines of ${rows}`);
      report({ name: 'teach-read', rows, median_ms: Number(result.median.toFixed(3)), runs: 200 });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
