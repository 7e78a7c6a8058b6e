import type { Figure } from './bench-extraction';
import { importThroughOptions, sampleCmsFiles } from './lib/demo-data';
import { startFixtureServer } from './lib/fixture-server';
import { launchWithExtension } from './lib/launch';
import { BIG_RESULTS_URL, claimStatus2000 } from './lib/load-pages';

/**
 * The whole path a biller waits for, with the built extension and the sample CMS data imported: a
 * claim status page of 2,000 claims is loaded in a tab whose side panel is open, and the time from
 * navigation to the panel painting the claims with their findings is measured, and how much of it
 * comes after the page's own load event (read + message + check + per-tab state + render). Median
 * of several loads.
 */
const SMALL_URL =
  'https://essentials.availity.com/static/web/post/cs/enhanced-claim-status-ui/bench-start.html';
const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function benchPanel(report: (f: Figure) => void): Promise<void> {
  const server = await startFixtureServer();
  server.route(BIG_RESULTS_URL, claimStatus2000(), 'text/html');
  server.route(SMALL_URL, '<!doctype html><html><body><p>Claim status</p></body></html>', 'text/html');
  const session = await launchWithExtension(server);
  try {
    await importThroughOptions(session, sampleCmsFiles());
    const portal = await session.openPortal(SMALL_URL);
    const panel = await session.openSidePanelFor(portal);
    const total: number[] = [];
    const afterLoad: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await portal.goto(SMALL_URL);
      await panel.locator('.claim-list').waitFor({ state: 'detached', timeout: 30_000 });
      await portal.goto(BIG_RESULTS_URL, { waitUntil: 'commit' });
      // Checked every animation frame in the panel: the wall-clock time the claims were painted.
      const shown = await (
        await panel.waitForFunction(
          () => document.querySelector('.claim-list .claim-group') && Date.now(),
          undefined,
          { polling: 'raf', timeout: 30_000 },
        )
      ).jsonValue();
      const page = await portal.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { origin: performance.timeOrigin, loaded: nav.loadEventEnd };
      });
      total.push(Number(shown) - page.origin);
      afterLoad.push(Number(shown) - (page.origin + page.loaded));
    }
    report({
      name: 'panel-claim-status-2000-claims',
      claims: 2000,
      median_ms: Math.round(median(total)),
      after_page_load_ms: Math.round(median(afterLoad)),
      page_load_ms: Math.round(median(total) - median(afterLoad)),
      runs: total.length,
    });
  } finally {
    await session.close();
    await server.close();
  }
}
