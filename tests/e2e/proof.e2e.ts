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

/**
 * A hostile accepted-claim page (another claim number): a script, event-handler attributes, a
 * `javascript:` link, a picture and style backgrounds on the fixture server, a field the biller types
 * in. Each piece of code acts only outside the portal (in a copy), so a run would show: it changes the
 * title, adds a line, and asks the fixture server for a file.
 */
const GOT = 'https://www.mycgsportal.com/proof-probe';
const inCopy = "location.protocol !== 'https:'";
const hostile = accepted
  .replaceAll('7000000013', '7000000014')
  .replace(
    '</head>',
    `<style>.probe-sheet { background-image: url(${GOT}/sheet.png); }</style><script>if (${inCopy}) { document.title = 'SCRIPT RAN'; document.body.append('script ran'); fetch('${GOT}/script'); }</script></head>`,
  )
  .replace(
    /<body[^>]*>/,
    `<body onload="if (${inCopy}) { document.title = 'ONLOAD RAN'; new Image().src = '${GOT}/onload.png'; }">`,
  )
  .replace(
    '</body>',
    `<section class="probe-sheet"><label>Appeal reference <input id="appeal-ref"></label>
      <img src="${GOT}/img.png" alt="portal seal"><div style="background: url(${GOT}/inline.png)">styled</div>
      <a id="probe-link" href="javascript:document.title='LINK RAN'">Print this page</a>
      <button id="probe-button" onclick="document.title='CLICK RAN'; fetch('${GOT}/click')">Resubmit</button></section></body>`,
  );

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
  await list.getByRole('button', { name: 'Open', exact: true }).click();
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

test('a proof keeps a picture of the page that opens as it looked, runs nothing and fetches nothing', async () => {
  server.route(cgs.url, hostile, 'text/html');
  const portal = await session.openPortal(cgs.url);
  await portal.locator('#appeal-ref').fill('APPEAL-TYPED-1');
  const panel = await session.openSidePanelFor(portal);
  await expect
    .poll(() => panel.getByTestId('claim-number').first().textContent(), { timeout: 15_000 })
    .toBe('7000000014');
  await panel.getByTestId('keep-proof').click();
  await expect
    .poll(() => panel.getByTestId('proof-status').textContent(), { timeout: 10_000 })
    .toMatch(/Kept as proof of filing .* A picture of the page as it looked is kept with it, \d+ KB\./);

  // The claim's history lists the proof beside its notes; one click opens it as it looked.
  await panel.getByTestId('note-history').locator('summary').click();
  const history = panel.getByTestId('claim-proofs');
  await expect(history.textContent()).resolves.toMatch(
    /Kept .* claim 7000000014 · with a picture of the page/,
  );
  // The probes are live: the portal page itself fetched its picture and its styles' backgrounds.
  expect(server.seen).toEqual(expect.arrayContaining([`${GOT}/img.png`, `${GOT}/inline.png`]));
  const mark = server.seen.length;
  const opened = session.context.waitForEvent('page');
  await history.getByRole('button', { name: /^Open the proof of claim 7000000014/ }).click();
  const viewer = await opened;
  await viewer.waitForSelector('main[data-ready]');
  await expect(viewer.locator('h1').textContent()).resolves.toMatch(
    /Proof of filing — claim 7000000014, kept on .* from myCGS/,
  );
  // No permission at all in the frame's sandbox (no scripts, no same origin).
  await expect(viewer.locator('iframe').getAttribute('sandbox')).resolves.toBe('');
  const picture = viewer.frameLocator('iframe[data-testid=proof-picture]');
  // (a) as it looked: the portal's words, the dated banner, and what the biller typed.
  await expect(picture.getByText('Accepted - In Process').first().isVisible()).resolves.toBe(true);
  await expect(picture.getByRole('note').textContent()).resolves.toMatch(
    /^Proof of filing kept by ClaimLens on /,
  );
  await expect(picture.locator('#appeal-ref').inputValue()).resolves.toBe('APPEAL-TYPED-1');
  await expect(picture.locator('img[alt="portal seal"]').count()).resolves.toBe(1);
  // (b) nothing ran: not the script, not onload, not the link or the button, clicked.
  await picture.locator('#probe-link').click();
  await picture.locator('#probe-button').click();
  await viewer.waitForTimeout(1000);
  await expect(picture.locator('title').textContent()).resolves.toBe(
    'myCGS - Detailed Claims Status Information',
  );
  await expect(picture.locator('body').textContent()).resolves.not.toMatch(/script ran/);
  expect(viewer.url()).toMatch(/\/proof\.html\?id=/);
  // (c) the fixture server heard nothing from opening it.
  expect(server.seen.slice(mark)).toEqual([]);

  // The worklist opens the same picture, and exports it as an .html file that holds no code.
  const list = await worklist();
  await list.getByText('Proofs of filing').click();
  const download = list.waitForEvent('download');
  await list
    .getByRole('button', { name: /^Export the proof of claim 7000000014 .* as an \.html file/ })
    .click();
  const file = await (await download).path();
  const html = readFileSync(file, 'utf8');
  expect(html).toContain('APPEAL-TYPED-1');
  expect(html).not.toMatch(/<script|onload=|onclick=|javascript:|proof-probe/i);
  const again = session.context.waitForEvent('page');
  await list
    .getByRole('button', { name: /^Open the proof of claim 7000000014 .* as the page looked/ })
    .click();
  await (await again).waitForSelector('iframe[data-testid=proof-picture]');
  expect(server.seen.slice(mark)).toEqual([]);
  await list.close();
  await viewer.close();
  await panel.close();
  await portal.close();
  expect(session.foreignRequests()).toEqual([]);
});

test('a picture that still holds code (a hand-edited backup) runs nothing and loads nothing in the viewer', async () => {
  // Defence in depth: the copy is made without code, but a backup restored by hand could carry any
  // HTML that fits the schema. The viewer's sandbox and policy alone must hold.
  const html = `<!doctype html><html><head><title>Kept</title><link rel="stylesheet" href="${GOT}/sheet.css"></head>
    <body onload="document.title='ONLOAD RAN'"><p>Claim 7000000017 accepted</p>
    <script>document.title = 'SCRIPT RAN'; fetch('${GOT}/script');</script>
    <img src="${GOT}/img2.png" alt="outside"><div style="background:url(${GOT}/bg2.png)">styled</div>
    <iframe src="${GOT}/frame"></iframe><a id="go" href="${GOT}/nav">go</a></body></html>`;
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  const id = await options.evaluate(
    (picture) =>
      new Promise<string>((done, fail) => {
        const open = indexedDB.open('claimlens');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['proofs', 'proofPages'], 'readwrite');
          const all = tx.objectStore('proofs').getAll();
          all.onsuccess = () => {
            const proof = {
              ...all.result[0],
              id: '7000000017|2026-08-02T15:00:00.000Z',
              claimNumber: '7000000017',
            };
            tx.objectStore('proofs').put(proof);
            tx.objectStore('proofPages').put({
              id: proof.id,
              html: picture,
              bytes: new Blob([picture]).size,
              sheetsLeftOut: 0,
              stylesDropped: false,
            });
          };
          tx.oncomplete = () => done('7000000017|2026-08-02T15:00:00.000Z');
          tx.onerror = () => fail(tx.error);
        };
      }),
    html,
  );
  const mark = server.seen.length;
  await options.goto(`chrome-extension://${session.extensionId}/proof.html?id=${encodeURIComponent(id)}`);
  const picture = options.frameLocator('iframe[data-testid=proof-picture]');
  await picture.getByText('Claim 7000000017 accepted').waitFor({ timeout: 10_000 });
  await picture.locator('#go').click();
  await options.waitForTimeout(1500);
  expect(server.seen.slice(mark)).toEqual([]);
  // Still the picture: the script and onload did not run, and the link went nowhere.
  await expect(picture.locator('title').textContent()).resolves.toBe('Kept');
  expect(session.context.pages().map((p) => p.url())).not.toContainEqual(
    expect.stringContaining('proof-probe'),
  );
  await options.close();
  expect(session.foreignRequests()).toEqual([]);
});

test("on a portal that shows the claim in a frame, the picture is of the claim's frame", async () => {
  const shell = FIXTURE_PAGES.find((p) => p.id === 'availity-shell-claim-detail')!;
  const portal = await session.openPortal(shell.url);
  const panel = await session.openSidePanelFor(portal);
  await expect
    .poll(() => panel.getByTestId('claim-number').first().textContent(), { timeout: 15_000 })
    .toBe('7000000001');
  await panel.getByTestId('keep-proof').click();
  await expect
    .poll(() => panel.getByTestId('proof-status').textContent(), { timeout: 10_000 })
    .toMatch(/A picture of the page as it looked is kept with it/);
  await panel.getByTestId('note-history').locator('summary').click();
  const opened = session.context.waitForEvent('page');
  await panel
    .getByTestId('claim-proofs')
    .getByRole('button', { name: /^Open the proof of claim 7000000001/ })
    .click();
  const viewer = await opened;
  const picture = viewer.frameLocator('iframe[data-testid=proof-picture]');
  // The app frame's claim (lines, codes), not the shell around it.
  await picture.getByText('20611').first().waitFor({ timeout: 10_000 });
  await expect(picture.getByText('20611').first().isVisible()).resolves.toBe(true);
  await viewer.close();
  await panel.close();
  await portal.close();
});

test('a page too large for a picture is still kept as a text proof, and the biller is told why', async () => {
  const filler = `<div hidden>${'Synthetic remark wording that makes the page long. '.repeat(45_000)}</div>`;
  server.route(
    cgs.url,
    accepted.replaceAll('7000000013', '7000000016').replace('</body>', `${filler}</body>`),
    'text/html',
  );
  const portal = await session.openPortal(cgs.url);
  const panel = await session.openSidePanelFor(portal);
  await expect
    .poll(() => panel.getByTestId('claim-number').first().textContent(), { timeout: 15_000 })
    .toBe('7000000016');
  await panel.getByTestId('keep-proof').click();
  await expect
    .poll(() => panel.getByTestId('proof-status').textContent(), { timeout: 15_000 })
    .toMatch(
      /^Kept as proof of filing .* The picture of the page could not be kept: This page is too large to keep as proof \(2\.\d MB without its styles; the limit is 2\.0 MB\)\. The text proof is kept\./,
    );
  const list = await worklist();
  await list.getByText('Proofs of filing').click();
  const row = list.locator('tr[data-proof="7000000016"]');
  await expect(
    row.getByRole('button', { name: /^Export the proof of claim 7000000016 kept on \S+$/ }).count(),
  ).resolves.toBe(1);
  await expect(row.getByRole('button', { name: /as the page looked/ }).count()).resolves.toBe(0);
  await list.close();
  await panel.close();
  await portal.close();
});

test('"Delete all patient data" removes the proofs', async () => {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html#privacy`);
  await options.getByRole('button', { name: 'Delete all patient data…' }).click();
  await expect(options.getByRole('group', { name: 'Are you sure?' }).textContent()).resolves.toMatch(
    /5 proofs of filing/,
  );
  await options.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect
    .poll(() => options.getByRole('status').allTextContents(), { timeout: 15_000 })
    .toContainEqual(expect.stringMatching(/5 proofs of filing/));
  const list = await worklist();
  await expect.poll(() => list.getByTestId('proofs').count()).toBe(0);
  await list.close();
  // The pictures of the pages went with them.
  const pictures = await options.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('claimlens');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('proofPages').objectStore('proofPages').count();
          count.onsuccess = () => done(count.result);
          count.onerror = () => fail(count.error);
        };
      }),
  );
  expect(pictures).toBe(0);
  await options.close();
  expect(session.foreignRequests()).toEqual([]);
});
