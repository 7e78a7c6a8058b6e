import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { badgeRootContents, badgesOn } from '../../scripts/lib/badges';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';
import { readPanel } from '../../scripts/lib/panel';

// Hostile input: page text full of markup and script, and a page posting forged window messages.
// Nothing may execute or turn into elements in the side panel, the options page or the badges.
const URL_ = 'https://essentials.availity.com/static/web/post/cs/enhanced-claim-status-ui/xss-detail.html';
const ENTRY_URL = 'https://www.epaces.emedny.org/Claims/Professional/ServiceLine?claim=xss';
const PLAIN_URL = 'https://www.epaces.emedny.org/Claims/Professional/ServiceLine?claim=plain';
const hostile = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'hostile', name);
// The panel's own severity icons are SVG (class sev-icon); any other SVG would have come from the page.
const INJECTED =
  'img[src="x"], img[src="y"], img[src="z"], svg:not(.sev-icon), script:not([src]), iframe, b[onmouseover], i[onclick]';
let server: FixtureServer;
let session: ExtensionSession;
const dialogs: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(URL_, readFileSync(hostile('availity-claim-detail-xss.html')), 'text/html');
  server.route(ENTRY_URL, readFileSync(hostile('epaces-claim-entry-xss.html')), 'text/html');
  server.route(PLAIN_URL, readFileSync(hostile('epaces-claim-entry-plain.html')), 'text/html');
  session = await launchWithExtension(server);
  session.context.on('page', (p) =>
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    }),
  );
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test('page text with markup stays text in the side panel and its note', async () => {
  const portal = await session.openPortal(URL_);
  const panel = await session.openSidePanelFor(portal);
  await panel.getByTestId('claim-number').waitFor({ timeout: 15_000 });
  expect(await panel.getByTestId('claim-number').textContent()).toBe('<img src=x onerror=alert(1)>');
  expect(await panel.locator(`main :is(${INJECTED})`).count()).toBe(0);
  const note = await panel.getByTestId('note-preview').inputValue();
  expect(note).toContain('<img src=x onerror=alert(1)>');
  // Copied, the note also shows in the history list: still text.
  await panel.getByTestId('copy-note').click();
  await expect.poll(() => panel.locator('main').textContent()).toContain('alert(1)');
  await panel.waitForTimeout(500);
  expect(await panel.locator(`main :is(${INJECTED})`).count()).toBe(0);
});

test('forged window messages from the page draw no badges and change nothing', async () => {
  const portal = await session.openPortal(URL_);
  await portal.waitForTimeout(1500);
  expect(await badgesOn(portal)).toEqual([]);
});

test('badges on a hostile claim-entry form show page and pack text as text', async () => {
  // A shared payer pack whose name and message hold markup; it matches the page's payer name,
  // which holds markup too, and its default message repeats that name: both reach the badges.
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByTestId('pack-file').setInputFiles(hostile('payer-pack-xss.json'));
  await expect.poll(() => options.getByTestId('pack-import-result').textContent()).toMatch(/^Imported/);
  expect(await options.locator('body').textContent()).toContain('<img src=z onerror=alert(27)>');
  expect(await options.locator(`:is(${INJECTED})`).count()).toBe(0);
  await options.close();

  const portal = await session.openPortal(ENTRY_URL);
  await expect.poll(async () => (await badgesOn(portal)).length, { timeout: 15_000 }).toBe(2);
  expect((await badgesOn(portal)).map((b) => b.label)).toEqual([
    'ClaimLens, line 1: Error. <img src=x onerror=alert(21)> Health Plan requires GT on 99213.',
    'ClaimLens, line 2: Error. <svg onload=alert(28)> needs authorization',
  ]);
  // The shadow root (closed: seen here as DevTools sees it) holds only the badges' own elements,
  // nothing the text could have made, and the tips hold the page's markup as text.
  const [root] = await badgeRootContents(portal);
  expect([...new Set(root?.tags)].sort()).toEqual(['button', 'span', 'style']);
  expect(root?.texts.join('\n')).toContain('<img src=x onerror=alert(21)> Health Plan requires GT on 99213.');

  // The side panel shows the same findings, the pack's name as their source: still text.
  const panel = await session.openSidePanelFor(portal);
  await expect
    .poll(() => panel.locator('main').textContent(), { timeout: 15_000 })
    .toContain('<svg onload=alert(28)> needs authorization');
  expect(await panel.locator('main').textContent()).toContain('<img src=z onerror=alert(27)>');
  expect(await panel.locator(`main :is(${INJECTED})`).count()).toBe(0);
  // The unreadable charge "<i onclick=alert(25)>" is not read as $25.
  expect(await panel.locator('main').textContent()).not.toContain('$25.00');
});

/** The line numbers of the badges on a page, in order (from the accessibility tree). */
async function badgeLines(page: Page): Promise<string[]> {
  return (await badgesOn(page)).map((b) => String(b.line));
}

test('the page can neither see ClaimLens start nor switch it off', async () => {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByTestId('pack-file').setInputFiles(hostile('payer-pack-gt.json'));
  await expect.poll(() => options.getByTestId('pack-import-result').textContent()).toMatch(/^Imported/);
  await options.close();

  // Page script that runs before ClaimLens: it records every window message and every event named
  // the way WXT names its content-script events (the extension id is public for a store extension).
  const portal = await session.context.newPage();
  await portal.addInitScript((id: string) => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    addEventListener('message', (e) => seen.push(`message ${JSON.stringify(e.data)}`), true);
    for (const name of ['content-script-started', 'locationchange']) {
      const type = `${id}:portal:wxt:${name}`;
      document.addEventListener(type, () => seen.push(`document ${type}`), true);
      addEventListener(type, () => seen.push(`window ${type}`), true);
    }
  }, session.extensionId);
  await portal.goto(PLAIN_URL);
  await expect.poll(() => badgeLines(portal), { timeout: 15_000 }).toEqual(['1']);
  await portal.fill('#units1', '2'); // a change the page makes: read again, still nothing posted
  await portal.waitForTimeout(1000);
  expect(await portal.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);

  // The page forges WXT's "a newer copy of this script started" event and message…
  await portal.evaluate((id: string) => {
    const type = `${id}:portal:wxt:content-script-started`;
    const detail = { contentScriptName: 'portal', messageId: 'forged' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, ...detail }, '*');
  }, session.extensionId);
  await portal.waitForTimeout(500);
  // …and ClaimLens keeps reading: the badges follow the biller's edits, and so does the side panel.
  expect(await badgeLines(portal)).toEqual(['1']);
  await portal.fill('#mod1', 'GT');
  await portal.fill('#proc2', '99214');
  await expect.poll(() => badgeLines(portal), { timeout: 10_000 }).toEqual(['2']);
  const panel = await session.openSidePanelFor(portal);
  await expect
    .poll(async () => (await readPanel(panel)).findings.filter((f) => f.rule === 'payer-rule'), {
      timeout: 15_000,
    })
    .toEqual([{ rule: 'payer-rule', severity: 'error', lines: [2] }]);
});

test('page scripts can neither read nor click the badges', async () => {
  const portal = await session.openPortal(PLAIN_URL);
  await expect.poll(() => badgeLines(portal), { timeout: 15_000 }).toEqual(['1']);
  const reach = await portal.evaluate(() => {
    const host = document.querySelector('claimlens-flags');
    const root = host?.shadowRoot ?? null;
    root?.querySelector('button')?.click();
    return {
      host: host !== null,
      root: root !== null,
      buttons: document.querySelectorAll('claimlens-flags button').length,
      text: (document.documentElement.textContent ?? '').includes('requires GT'),
    };
  });
  // The page sees that something is there, never what it says (a pack's message is the organisation's).
  expect(reach).toEqual({ host: true, root: false, buttons: 0, text: false });
  expect((await badgeRootContents(portal)).map((r) => r.mode)).toEqual(['closed']);
  expect((await badgesOn(portal))[0]?.label).toMatch(/^ClaimLens, line 1: Error\. .*requires GT on 99213/);
});

test('only the extension going away stops the content script: its badges go with it', async () => {
  const portal = await session.openPortal(PLAIN_URL);
  await expect.poll(() => badgeLines(portal), { timeout: 15_000 }).toEqual(['1']);
  // What an update does to the scripts already in open pages: their extension is gone.
  await session.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  await expect.poll(() => badgeLines(portal), { timeout: 10_000 }).toEqual([]);
});

test('nothing ran: no dialogs, no requests elsewhere', () => {
  expect(dialogs).toEqual([]);
  expect(session.foreignRequests()).toEqual([]);
});
