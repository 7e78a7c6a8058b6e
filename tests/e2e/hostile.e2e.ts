import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';

// Hostile input: page text full of markup and script, and a page posting forged window messages.
// Nothing may execute or turn into elements in the side panel, the options page or the badges.
const URL_ = 'https://essentials.availity.com/static/web/post/cs/enhanced-claim-status-ui/xss-detail.html';
const INJECTED = 'img[src="x"], img[src="y"], svg, script:not([src]), iframe, b[onmouseover], i[onclick]';
let server: FixtureServer;
let session: ExtensionSession;
const dialogs: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(
    URL_,
    readFileSync(join(import.meta.dirname, '..', 'fixtures', 'hostile', 'availity-claim-detail-xss.html')),
    'text/html',
  );
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
  const note = (await panel.getByTestId('note-preview').textContent()) ?? '';
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

test('nothing ran: no dialogs, no requests elsewhere', () => {
  expect(dialogs).toEqual([]);
  expect(session.foreignRequests()).toEqual([]);
});
