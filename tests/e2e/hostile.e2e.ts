import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';

// Hostile input: page text full of markup and script, and a page posting forged window messages.
// Nothing may execute or turn into elements in the side panel, the options page or the badges.
const URL_ = 'https://essentials.availity.com/static/web/post/cs/enhanced-claim-status-ui/xss-detail.html';
const ENTRY_URL = 'https://www.epaces.emedny.org/Claims/Professional/ServiceLine?claim=xss';
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
  expect(await portal.locator('claimlens-flags button').count()).toBe(0);
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
  const flags = portal.locator('claimlens-flags button.flag');
  await expect.poll(() => flags.count(), { timeout: 15_000 }).toBe(2);
  const labels = await flags.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(labels).toEqual([
    'ClaimLens, line 1: Error. <img src=x onerror=alert(21)> Health Plan requires GT on 99213.',
    'ClaimLens, line 2: Error. <svg onload=alert(28)> needs authorization',
  ]);
  const tips = await portal.locator('claimlens-flags .tip').allTextContents();
  expect(tips[0]).toContain('<img src=x onerror=alert(21)> Health Plan requires GT on 99213.');
  // The shadow root holds only the badges' own elements: nothing the text could have made.
  const tags = await portal.evaluate(() =>
    [...(document.querySelector('claimlens-flags')?.shadowRoot?.querySelectorAll('*') ?? [])].map((e) =>
      e.tagName.toLowerCase(),
    ),
  );
  expect([...new Set(tags)].sort()).toEqual(['button', 'span', 'style']);

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

test('nothing ran: no dialogs, no requests elsewhere', () => {
  expect(dialogs).toEqual([]);
  expect(session.foreignRequests()).toEqual([]);
});
