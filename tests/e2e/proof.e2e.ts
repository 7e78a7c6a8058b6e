import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';
import { readPanel } from '../../scripts/lib/panel';
import { FIXTURE_PAGES } from '../fixtures/pages.ts';

// Proof of filing on the production build: on a myCGS claim the portal shows as accepted, "Keep as
// proof of filing" keeps a dated record with the page's words; the worklist lists it and opens it as
// text; when the same claim later shows a CO-29 (timely filing) denial, the finding names the proof;
// "Delete all patient data" removes it. Nothing leaves the browser.
const cgs = FIXTURE_PAGES.find((p) => p.id === 'cgs-claim-detail')!;
const original = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pages', cgs.file), 'utf8');

/** The fixture claim as the portal shows it once accepted: received, nothing paid or denied yet. */
const accepted = original
  .replace('Finalized - Partial Payment', 'Accepted - In Process')
  .replace('<dt>Paid Date</dt><dd>11/16/2026</dd>', '')
  .replace('$151.22', '$0.00')
  .replace(/<td>CO-151<\/td><td>N362<\/td>|<td>CO-97<\/td><td>N19<\/td>/g, '<td></td><td></td>');
/** The same claim later, denied for timely filing on both lines. */
const deniedLate = original
  .replace('Finalized - Partial Payment', 'Finalized - Denied')
  .replace('$151.22', '$0.00')
  .replace(/<td>CO-151<\/td><td>N362<\/td>|<td>CO-97<\/td><td>N19<\/td>/g, '<td>CO-29</td><td></td>');

let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  expect(accepted).toContain('Accepted - In Process');
  expect(deniedLate.match(/CO-29/g)).toHaveLength(2);
  server = await startFixtureServer();
  session = await launchWithExtension(server);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const localIso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

async function worklist(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/worklist.html`);
  await page.waitForSelector('main[data-ready]');
  return page;
}

const proofRows = (p: Page) =>
  p.evaluate(() =>
    Array.from(document.querySelectorAll('tr[data-proof]'), (tr) =>
      Array.from(tr.querySelectorAll('th, td'), (c) => c.textContent?.trim()).slice(0, 5),
    ),
  );

test('keep proof on an accepted claim; the worklist lists it; a later CO-29 on that claim names it', async () => {
  const today = localIso(new Date());
  server.route(cgs.url, accepted, 'text/html');
  const portal = await session.openPortal(cgs.url);
  const panel = await session.openSidePanelFor(portal);
  await readPanel(panel);
  await expect(panel.getByTestId('proof-offer').textContent()).resolves.toMatch(
    /The payer has claim 7000000013 \(received 11\/02\/2026\)/,
  );
  const started = Date.now();
  await panel.getByTestId('keep-proof').click();
  await expect
    .poll(() => panel.getByTestId('proof-status').textContent(), { timeout: 10_000 })
    .toMatch(
      new RegExp(`Kept as proof of filing on ${today} at .* from myCGS \\(\\d+ KB, on this computer only\\)`),
    );
  const savedInMs = Date.now() - started;
  await expect(panel.getByTestId('proofs-kept').textContent()).resolves.toBe(
    `Proof kept: ${today} from myCGS. Listed on the worklist.`,
  );
  console.log(`kept a proof of the myCGS claim page in ${savedInMs} ms (click to confirmation, e2e)`);

  // The worklist lists it and opens it as text: the record and the words the page showed.
  const list = await worklist();
  await list.getByText('Proofs of filing').click();
  expect(await proofRows(list)).toEqual([
    ['7000000013', 'Medicare', '10/29/2026', '11/02/2026', `${today} (myCGS)`],
  ]);
  await list.getByRole('button', { name: 'Open' }).click();
  const text = (await list.getByTestId('proof-text').textContent()) ?? '';
  expect(text).toContain('Claim number: 7000000013');
  expect(text).toContain('Received / accepted: 11/02/2026');
  expect(text).toContain('Status on the page: Accepted - In Process');
  expect(text).toContain('Page address: https://www.mycgsportal.com/mycgs/claims/detailed-claim-status');
  // The page's own words, as the biller saw them.
  expect(text).toMatch(
    /What the page showed[\s\S]*Detailed Claims Status Information[\s\S]*Accepted - In Process/,
  );
  await list.close();

  // Later the payer denies the same claim for timely filing: the finding names the proof.
  server.route(cgs.url, deniedLate, 'text/html');
  await portal.reload();
  await expect
    .poll(() => panel.locator('main').textContent(), { timeout: 15_000 })
    .toContain(`Proof of filing kept on ${today} from myCGS`);
  const report = await readPanel(panel);
  expect(report.findings.some((f) => f.rule === 'denial' && f.severity === 'error')).toBe(true);
  const main = (await panel.locator('main').textContent()) ?? '';
  expect(main).toMatch(/CO-29/);
  expect(main).toMatch(new RegExp(`Proof of filing kept on ${today} from myCGS, \\d+ days after DOS`));
  await panel.close();
  await portal.close();
  expect(session.foreignRequests()).toEqual([]);
});

test('"Delete all patient data" removes the proofs', async () => {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html#privacy`);
  await options.getByRole('button', { name: 'Delete all patient data…' }).click();
  await expect(options.getByRole('group', { name: 'Are you sure?' }).textContent()).resolves.toMatch(
    /1 proof of filing/,
  );
  await options.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect
    .poll(() => options.getByRole('status').allTextContents(), { timeout: 15_000 })
    .toContainEqual(expect.stringMatching(/1 proofs of filing/));
  const list = await worklist();
  await expect.poll(() => list.getByTestId('proofs').count()).toBe(0);
  await list.close();
  await options.close();
  expect(session.foreignRequests()).toEqual([]);
});
