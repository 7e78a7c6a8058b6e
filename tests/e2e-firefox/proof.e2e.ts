import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type FirefoxSession, launchFirefoxWithAddon } from '../../scripts/lib/launch-firefox';
import { fixture, text } from './helpers';

// Proof of filing in real Firefox (the production MV2 build): "Keep as proof of filing" in the
// sidebar's page keeps the record and a picture of the page (scripting.executeScript in the claim's
// frame, as in Chromium); the viewer shows the picture in a frame sandboxed with no permissions, with
// what the biller typed, no script run and nothing asked of any host.
const cgs = fixture('cgs-claim-detail');
const GOT = 'https://www.mycgsportal.com/proof-probe';
const page = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pages', cgs.file), 'utf8')
  .replace('Finalized - Partial Payment', 'Accepted - In Process')
  .replaceAll('7000000013', '7000000015')
  .replace(
    '</head>',
    `<script>if (location.protocol !== 'https:') { document.title = 'SCRIPT RAN'; fetch('${GOT}/script'); }</script></head>`,
  )
  .replace(
    '</body>',
    `<label>Appeal reference <input id="appeal-ref"></label><img src="${GOT}/img.png" alt="portal seal">
     <div style="background: url(${GOT}/inline.png)" onclick="document.title='CLICK RAN'">styled</div></body>`,
  );

interface Bidi {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface Context {
  context: string;
  url: string;
  children?: Context[] | null;
}

/** The title, words and typed value in the frame inside the extension page at `path`. */
async function inPicture(
  s: FirefoxSession,
  path: string,
): Promise<{ title: string; text: string; value: string }> {
  const bidi = (s.browser as unknown as { connection: Bidi }).connection;
  const tree = (await bidi.send('browsingContext.getTree', {})).result as { contexts: Context[] };
  const viewer = tree.contexts.find((c) => c.url.includes(path));
  const frame = viewer?.children?.[0];
  if (!frame) throw new Error(`no frame in ${path}`);
  const answer = (
    await bidi.send('script.evaluate', {
      expression: `JSON.stringify({ title: document.title, text: document.body.textContent, value: document.getElementById('appeal-ref')?.getAttribute('value') ?? '' })`,
      target: { context: frame.context, sandbox: 'claimlens-test' },
      awaitPromise: false,
    })
  ).result as { type: string; result?: { value?: unknown } };
  if (answer.type !== 'success') throw new Error('could not read the frame');
  return JSON.parse(String(answer.result?.value));
}

let server: FixtureServer;
let session: FirefoxSession;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(cgs.url, page, 'text/html');
  session = await launchFirefoxWithAddon(server);
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test('keep a proof with its picture, and open it as it looked: nothing runs, nothing is fetched', async () => {
  const portal = await session.openPortal(cgs.url);
  await portal.type('#appeal-ref', 'APPEAL-TYPED-2');
  const panel = await session.openSidePanelFor(portal);
  await expect.poll(() => text(panel, '[data-testid=claim-number]'), { timeout: 20_000 }).toBe('7000000015');
  await panel.click('[data-testid=keep-proof]');
  await expect
    .poll(() => text(panel, '[data-testid=proof-status]'), { timeout: 15_000 })
    .toMatch(/Kept as proof of filing .* A picture of the page as it looked is kept with it, \d+ KB\./);
  const id = await panel.evaluate(
    () =>
      new Promise<string>((done, fail) => {
        const open = indexedDB.open('claimlens');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const keys = open.result.transaction('proofPages').objectStore('proofPages').getAllKeys();
          keys.onsuccess = () => done(String(keys.result[0]));
          keys.onerror = () => fail(keys.error);
        };
      }),
  );
  expect(id).toMatch(/^7000000015\|/);
  await portal.close();

  const asked = session.asked.length;
  const seen = server.seen.length;
  const viewer = await session.openExtensionPage(`/proof.html?id=${encodeURIComponent(id)}`);
  await viewer.waitForSelector('iframe[data-testid=proof-picture]', { timeout: 15_000 });
  await expect(text(viewer, 'h1')).resolves.toMatch(
    /Proof of filing — claim 7000000015, kept on .* from myCGS/,
  );
  expect(await viewer.$eval('iframe', (f) => f.getAttribute('sandbox'))).toBe('');
  // What the sandboxed frame shows, read through WebDriver BiDi in a realm of the driver's own (the
  // frame's scripts are off, and the viewer may not reach into it).
  const shown = await expect
    .poll(() => inPicture(session, '/proof.html'), { timeout: 10_000 })
    .toMatchObject({ text: expect.stringContaining('Accepted - In Process') })
    .then(() => inPicture(session, '/proof.html'));
  expect(shown).toMatchObject({
    value: 'APPEAL-TYPED-2',
    title: 'myCGS - Detailed Claims Status Information',
  });
  expect(shown.text).toMatch(/Proof of filing kept by ClaimLens on /);
  expect(shown.text).not.toMatch(/SCRIPT RAN/);
  // Nothing was asked of any host, nor of the fixture server, by opening it.
  expect(session.asked.slice(asked)).toEqual([]);
  expect(server.seen.slice(seen)).toEqual([]);
  await viewer.close();
  await panel.close();
  expect(session.foreignHosts()).toEqual([]);
});
