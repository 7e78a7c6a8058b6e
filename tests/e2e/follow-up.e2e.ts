import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';
import { readPanel } from '../../scripts/lib/panel';
import { FIXTURE_PAGES } from '../fixtures/pages.ts';

// Follow-ups on the production build: a note copied with a call reference, rep and a +7 day
// follow-up on a pending claim (never denied) shows on the worklist on that date and not before;
// "Done" drops it; "Delete all patient data" removes the notes and with them the follow-ups.
const ngsStatus = FIXTURE_PAGES.find((p) => p.id === 'ngs-claim-status')!;
let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(server);
  // Extension origins cannot be granted clipboard-read: the note is read back from the portal page.
  await session.context.grantPermissions(['clipboard-read'], { origin: new URL(ngsStatus.url).origin });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const localIso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const inDays = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return d;
};
const us = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

/** The worklist page as it is on a given day (the page's clock set to that day, noon). */
async function worklistOn(day: Date): Promise<Page> {
  const page = await session.context.newPage();
  const noon = new Date(day);
  noon.setHours(12, 0, 0, 0);
  await page.clock.setFixedTime(noon);
  await page.goto(`chrome-extension://${session.extensionId}/worklist.html`);
  await page.waitForSelector('main[data-ready]');
  return page;
}

const followUps = (p: Page) =>
  p.evaluate(() =>
    Array.from(
      document.querySelectorAll('tr[data-follow-up]'),
      (tr) =>
        `${tr.getAttribute('data-follow-up')} ${tr.getAttribute('data-state')} ${tr.querySelector('td')?.textContent}`,
    ),
  );

test('a note with a call reference and a +7 day follow-up is copied, and shows on the worklist that day', async () => {
  const portal = await session.openPortal(ngsStatus.url);
  const panel = await session.openSidePanelFor(portal);
  await readPanel(panel);
  // The call log is a disclosure in the note footer, closed until the biller opens it.
  await panel.getByTestId('follow-up-toggle').click();
  await panel.getByTestId('call-ref').fill('REF-20-0001');
  await panel.getByTestId('rep-name').fill('Test Rep');
  await panel.getByTestId('follow-up-7').click();
  const due = localIso(inDays(7));
  await expect(panel.getByTestId('follow-up-date').inputValue()).resolves.toBe(due);
  await expect
    .poll(() => panel.getByTestId('note-preview').inputValue())
    .toContain(`Call ref REF-20-0001, rep Test Rep. Follow up ${us(due)}`);

  // A reference a spreadsheet could run is refused, says why, keeps the text, and copies nothing.
  await panel.getByTestId('call-ref').fill('=1+1');
  await panel.getByTestId('copy-note').click();
  await expect(panel.getByRole('alert').first().textContent()).resolves.toMatch(/letters, digits/);
  await expect(panel.getByTestId('note-status').textContent()).resolves.toBe('');
  await panel.getByTestId('call-ref').fill('REF-20-0001');

  await panel.getByTestId('copy-note').click();
  await expect.poll(() => panel.getByTestId('note-status').textContent()).toMatch(/copied/);
  await portal.bringToFront();
  const clipboard = await portal.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toContain('claim 7000000011');
  expect(clipboard).toContain(`Call ref REF-20-0001, rep Test Rep. Follow up ${us(due)}`);
  // The touch is logged: the fields are empty for the next one.
  await expect(panel.getByTestId('call-ref').inputValue()).resolves.toBe('');
  await panel.close();
  await portal.close();

  const before = await worklistOn(inDays(6));
  expect(await followUps(before)).toEqual([]);
  await before.close();

  const onTheDay = await worklistOn(inDays(7));
  await expect
    .poll(() => followUps(onTheDay), { timeout: 15_000 })
    .toEqual([`7000000011 due-today ${us(due)} follow up today`]);
  await expect(onTheDay.getByTestId('follow-ups').textContent()).resolves.toMatch(/REF-20-0001, Test Rep/);
  await onTheDay.close();

  const later = await worklistOn(inDays(10));
  await expect.poll(() => followUps(later)).toEqual([`7000000011 overdue ${us(due)} overdue by 3 days`]);
  await later.close();
});

test('"Delete all patient data" removes the notes, and the follow-up with them', async () => {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html#privacy`);
  await options.getByRole('button', { name: 'Delete all patient data…' }).click();
  await expect(options.getByRole('group', { name: 'Are you sure?' }).textContent()).resolves.toMatch(
    /1 note/,
  );
  const shown = await worklistOn(inDays(7));
  expect(await followUps(shown)).toHaveLength(1);
  await shown.close();
  await options.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect
    .poll(
      async () => {
        const page = await worklistOn(inDays(7));
        const rows = await followUps(page);
        await page.close();
        return rows;
      },
      { timeout: 15_000 },
    )
    .toEqual([]);
  expect(session.foreignRequests()).toEqual([]);
});
