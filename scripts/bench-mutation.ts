import type { Page } from 'playwright-core';
import type { Figure } from './bench-extraction';
import { startFixtureServer } from './lib/fixture-server';
import { launchPlain, launchWithExtension } from './lib/launch';

/**
 * A portal page that changes its DOM every few milliseconds, forever: how much main-thread script
 * time does the content script add? Measured as the page's ScriptDuration (CDP Performance metrics,
 * which include content scripts' isolated worlds) with the extension minus without it, per second.
 */
const URL_ = 'https://apps.availity.com/bench/mutating-claim.html';
const PAGE = `<!doctype html><html><body><table id="lineLevelTable"><thead><tr><th>Service Date(s)</th><th>Procedure</th>
<th>Modifier</th><th>Units</th><th>Billed Amount</th></tr></thead><tbody id="rows"></tbody></table><p id="ticker"></p>
<script>
let n = 0;
const rows = document.getElementById('rows');
for (let i = 0; i < 12; i++) rows.insertAdjacentHTML('beforeend', '<tr><td>08/01/2024</td><td>9921' + (i % 5) + '</td><td>25</td><td>1</td><td>$100.00</td></tr>');
setInterval(() => { document.getElementById('ticker').textContent = 'tick ' + (n++); }, 5);
</script></body></html>`;
const SECONDS = 5;

async function scriptSeconds(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ??
      0) as number;
  await page.waitForTimeout(1000);
  const before = await metric();
  await page.waitForTimeout(SECONDS * 1000);
  return (await metric()) - before;
}

export async function benchMutation(report: (f: Figure) => void): Promise<void> {
  const server = await startFixtureServer();
  server.route(URL_, PAGE, 'text/html');
  const plain = await launchPlain(server);
  const plainPage = await plain.newPage({ ignoreHTTPSErrors: true });
  await plainPage.goto(URL_);
  const without = await scriptSeconds(plainPage);
  await plain.close();

  const session = await launchWithExtension(server);
  const page = await session.openPortal(URL_);
  const withExtension = await scriptSeconds(page);
  await session.close();
  await server.close();
  const share = Math.max(0, withExtension - without) / SECONDS;
  report({
    name: 'content-script-cpu-on-mutating-page',
    core_percent: Number((share * 100).toFixed(2)),
    page_script_s: Number(without.toFixed(3)),
    with_extension_script_s: Number(withExtension.toFixed(3)),
    seconds: SECONDS,
  });
}
