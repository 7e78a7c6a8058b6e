import { build } from 'esbuild';
import { FIXTURE_PAGES } from '../tests/fixtures/pages.ts';
import { startFixtureServer } from './lib/fixture-server';
import { launchPlain } from './lib/launch';
import { BIG_RESULTS_URL, claimStatus2000 } from './lib/load-pages';
const bundle = async (dir: string, name: string) =>
  (await build({ stdin: { contents: `import { readPage } from './utils/portals/read'; globalThis.${name} = readPage;`, resolveDir: dir, loader: 'ts' }, bundle: true, minify: true, format: 'iife', write: false, nodePaths: ['/work/wt-10/node_modules'] })).outputFiles[0]!.text;
const oldJs = await bundle('/tmp/cl10-main', '__old');
const newJs = await bundle('/work/wt-10', '__new');
const server = await startFixtureServer();
server.route(BIG_RESULTS_URL, claimStatus2000(), 'text/html');
const browser = await launchPlain(server);
const page = await browser.newPage({ ignoreHTTPSErrors: true });
const urls = [...FIXTURE_PAGES.map((f) => f.url), BIG_RESULTS_URL];
const ratios: number[] = [];
for (const url of urls) {
  await page.goto(url); await page.waitForTimeout(1000);
  await page.addScriptTag({ content: oldJs }); await page.addScriptTag({ content: newJs });
  const [o, nw] = await page.evaluate((big) => {
    const g = globalThis as any; const n = big ? 2 : 20; const out = [[], []] as number[][];
    for (let b = 0; b < 9; b++) for (const [i, f] of [g.__old, g.__new].entries()) { const t0 = performance.now(); for (let k = 0; k < n; k++) f(document, location.href); out[i]!.push((performance.now() - t0) / n); }
    return out.map((x) => x.sort((a, b) => a - b)[4]);
  }, url === BIG_RESULTS_URL);
  ratios.push(nw! / o!);
  console.log(url.slice(8, 70).padEnd(62), o!.toFixed(3), nw!.toFixed(3));
}
console.log('median ratio', ratios.sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!.toFixed(2));
await browser.close(); await server.close();
