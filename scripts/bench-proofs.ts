/**
 * Proof of filing budgets (issue 20: a proof of a typical portal page ≤ 2 MB, saving it ≤ 1 s), in real
 * Chromium on the built extension (`npm run bench -- proofs`):
 * - proof-keep-<page>: "Keep as proof of filing" clicked in the side panel until the panel says it was
 *   kept (the tab's text read and the claim's frame copied through scripting.executeScript, the
 *   record and its picture validated and written to IndexedDB); median of 5. `stored_bytes` is the
 *   text record as IndexedDB keeps it (its JSON size); `picture_bytes` the picture of the page (the
 *   self-contained HTML copy, utils/proofs/capture.ts), or 0 with `picture` saying why there is none.
 * Pages: the myCGS claim detail, the 40-claim Availity claim status search, a myCGS detail made
 * long (900 more lines and 2,500 paragraphs of remark wording, over 400,000 characters of text: the
 * page text is cut at its bound, so this is the largest a text proof gets), and the myCGS detail with
 * a portal-sized style sheet (about 760 KB of rules, as a UI framework's sheet: what a picture
 * inlines).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURE_PAGES } from '../tests/fixtures/pages.ts';
import type { Figure } from './bench-extraction';
import { startFixtureServer } from './lib/fixture-server';
import { launchWithExtension } from './lib/launch';
import { readPanel } from './lib/panel';

const root = resolve(import.meta.dirname, '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const RUNS = 5;

/** The largest proof record kept since `before` (their ids), as JSON bytes. */
function largestProof(panel: Page, before: ReadonlySet<string>): Promise<number> {
  return panel.evaluate(
    (seen) =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('claimlens');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('proofs').objectStore('proofs').getAll();
          all.onsuccess = () => {
            open.result.close();
            const fresh = all.result.filter((p: { id: string }) => !seen.includes(p.id));
            done(Math.max(0, ...fresh.map((p: unknown) => new Blob([JSON.stringify(p)]).size)));
          };
          all.onerror = () => fail(all.error);
        };
      }),
    [...before],
  );
}

/** The ids of every proof kept so far. */
function proofIds(panel: Page): Promise<string[]> {
  return panel.evaluate(
    () =>
      new Promise<string[]>((done, fail) => {
        const open = indexedDB.open('claimlens');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const keys = open.result.transaction('proofs').objectStore('proofs').getAllKeys();
          keys.onsuccess = () => {
            open.result.close();
            done(keys.result.map(String));
          };
          keys.onerror = () => fail(keys.error);
        };
      }),
  );
}

/** Every picture kept so far: its proof's id and its size. */
function pictures(panel: Page): Promise<{ id: string; bytes: number }[]> {
  return panel.evaluate(
    () =>
      new Promise<{ id: string; bytes: number }[]>((done, fail) => {
        const open = indexedDB.open('claimlens');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('proofPages').objectStore('proofPages').getAll();
          all.onsuccess = () => {
            open.result.close();
            done(all.result.map((p: { id: string; bytes: number }) => ({ id: p.id, bytes: p.bytes })));
          };
          all.onerror = () => fail(all.error);
        };
      }),
  );
}

export async function benchProofs(report: (f: Figure) => void): Promise<void> {
  const cgs = FIXTURE_PAGES.find((p) => p.id === 'cgs-claim-detail')!;
  const search = FIXTURE_PAGES.find((p) => p.id === 'availity-claim-status-search')!;
  const server = await startFixtureServer();
  const html = readFileSync(join(root, 'tests', 'fixtures', 'pages', cgs.file), 'utf8');
  const row = (i: number) =>
    `<tr><td>${i + 3}</td><td>97110</td><td>GP</td><td>10/29/2026-10/29/2026</td><td>1</td><td>$60.00</td><td>$23.63</td><td>$36.37</td><td></td><td>N${i % 999}</td></tr>`;
  // 900 more lines (a claim holds at most 999) and 2,500 paragraphs of remark wording: past the bound.
  const remarks = Array.from(
    { length: 2500 },
    (_, i) =>
      `<p>N${i % 999}: Alert: this is a synthetic remark description used to make the page long, number ${i}, as portals print them under the lines.</p>`,
  ).join('');
  const big = html
    .replace('7000000013', '7000000099')
    .replace('</tbody>', `${Array.from({ length: 900 }, (_, i) => row(i)).join('')}</tbody>`)
    .replace('</body>', `${remarks}</body>`);
  // A framework-sized sheet: 6,000 rules of the kind portals ship (about 760 KB).
  const sheet = Array.from(
    { length: 6000 },
    (_, i) =>
      `.portal-ui .c${i} > .row:not(.hidden) td.cell-${i % 97} { color: rgb(${i % 255}, 40, 90); padding: ${i % 9}px ${i % 13}px; border-bottom: 1px solid #d0d5dd; }`,
  ).join('\n');
  const styled = html
    .replace('7000000013', '7000000098')
    .replace('</head>', `<style>${sheet}</style></head>`);
  const session = await launchWithExtension(server);
  try {
    for (const [name, url] of [
      ['cgs-claim-detail', cgs.url],
      ['availity-search-40', search.url],
      ['cgs-detail-long', cgs.url],
      ['cgs-detail-styled', cgs.url],
    ] as const) {
      // The long and styled pages are served at the claim detail's own address (where the reader expects it).
      if (name === 'cgs-detail-long') server.route(cgs.url, big, 'text/html');
      if (name === 'cgs-detail-styled') server.route(cgs.url, styled, 'text/html');
      const portal = await session.openPortal(url);
      const panel = await session.openSidePanelFor(portal);
      await readPanel(panel, 120_000);
      const times: number[] = [];
      let said = '';
      // What earlier pages kept (every proof has an id, a picture has its proof's).
      const before = new Set((await pictures(panel)).map((p) => p.id));
      const proofsBefore = new Set(await proofIds(panel));
      for (let run = 0; run < RUNS; run++) {
        const t0 = Date.now();
        await panel.getByTestId('keep-proof').click();
        // Kept and listed: the panel names one more proof than before the click.
        const expected = run === 0 ? 'Proof kept:' : `${run + 1} proofs kept:`;
        await panel
          .waitForFunction(
            (want) =>
              (document.querySelector('[data-testid=proofs-kept]')?.textContent ?? '').startsWith(want) &&
              /Kept as proof/.test(document.querySelector('[data-testid=proof-status]')?.textContent ?? ''),
            expected,
            { timeout: 30_000, polling: 10 },
          )
          .catch(async (error: unknown) => {
            const said = await panel.getByTestId('proof-status').textContent();
            throw new Error(`${name}: the proof was not kept (the panel says: ${said}): ${String(error)}`);
          });
        times.push(Date.now() - t0);
        said = (await panel.getByTestId('proof-status').textContent()) ?? '';
        await panel.waitForTimeout(50);
      }
      report({
        name: `proof-keep-${name}`,
        median_ms: median(times),
        max_ms: Math.max(...times),
        runs: RUNS,
        stored_bytes: await largestProof(panel, proofsBefore),
        picture_bytes: Math.max(
          0,
          ...(await pictures(panel)).filter((p) => !before.has(p.id)).map((p) => p.bytes),
        ),
        picture: /A picture of the page/.test(said)
          ? 'kept'
          : (/The picture of the page could not be kept: (.*?) The text proof/.exec(said)?.[1] ?? 'unknown'),
      });
      await panel.close();
      await portal.close();
    }
  } finally {
    await session.close();
    await server.close();
  }
}
