import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';
import { readPanel } from '../../scripts/lib/panel';
import { FIXTURE_PAGES } from '../fixtures/pages.ts';

// The denial worklist on the production build: three status/remittance pages with denials are
// remembered with their deadlines and causes; a claim marked appealed and later seen paid leaves the
// queue; an 835 file dropped on the page adds its denials; a claim being keyed for the same payer and
// code gets the `history` finding; "Delete all patient data" empties the worklist.
const root = join(import.meta.dirname, '..', '..');
const page = (id: string) => FIXTURE_PAGES.find((p) => p.id === id)!;
const uhcDetail = page('uhc-claim-detail');
let server: FixtureServer;
let session: ExtensionSession;
let worklist: Page;

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
};

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(server);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Rows of the worklist as "claim cause deadline status". */
const rows = (p: Page) =>
  p.evaluate(() =>
    Array.from(document.querySelectorAll('tr[data-claim]'), (tr) => {
      const cause = tr.closest('[data-cause]')?.getAttribute('data-cause');
      const due = tr.querySelector('.due-date')?.textContent ?? 'none';
      const status = tr.querySelector('[data-testid=status]')?.textContent;
      return `${tr.getAttribute('data-claim')} ${cause} ${due} ${status}`;
    }).sort(),
  );

test('three pages with denials are remembered with their deadlines and causes', async () => {
  for (const id of ['uhc-claim-detail', 'noridian-claim-detail', 'availity-remittance-claim']) {
    const portal = await session.openPortal(page(id).url);
    const panel = await session.openSidePanelFor(portal);
    await readPanel(panel);
    await panel.close();
    await portal.close();
  }
  // The worklist opens from the side panel's header link.
  const panel = await session.openSidePanelFor(await session.openPortal(uhcDetail.url));
  const opened = session.context.waitForEvent('page');
  await panel.getByTestId('open-worklist').click();
  worklist = await opened;
  await worklist.waitForSelector('main[data-ready]');
  expect(worklist.url()).toBe(`chrome-extension://${session.extensionId}/worklist.html`);
  await expect
    .poll(() => rows(worklist), { timeout: 15_000 })
    .toEqual([
      // A payer not in the settings (Availity remittance): 90 days from the 2026-09-22 date of service.
      '7000000006 bundling 2026-12-21 New',
      // UHC, its 90-day filing limit from the 2026-10-08 date of service: correct and resend.
      '7000000007 units 2027-01-06 New',
      // Medicare: reopening within a year of the 2026-10-28 determination.
      '7000000008 bundling 2027-10-28 New',
    ]);
  // The way back to the portal keeps the claim number and nothing about the patient.
  await worklist.locator('tr[data-claim="7000000007"] .claim-toggle').click();
  await expect(worklist.getByTestId('portal-link').getAttribute('href')).resolves.toBe(
    'https://secure.uhcprovider.com/claims/claim-details?claimNumber=7000000007',
  );
  await expect(worklist.getByTestId('deadline').textContent()).resolves.toMatch(
    /Correct and resend by 2027-01-06/,
  );
});

test('a claim marked appealed, later seen paid, leaves the queue by itself', async () => {
  await worklist.locator('[data-testid=claim-details] select').selectOption('appealed');
  await expect
    .poll(() => worklist.locator('tr[data-claim="7000000007"] [data-testid=status]').textContent())
    .toBe('Appealed');
  // The payer pays it: the same page now shows the claim paid.
  const paid = readFileSync(join(root, 'tests/fixtures/pages', uhcDetail.file), 'utf8')
    .replace('Finalized - Partially Paid', 'Finalized - Paid')
    .replace('<dt>Paid</dt><dd>$238.56</dd>', '<dt>Paid</dt><dd>$611.00</dd>')
    .replace(/<td>CO-97<\/td><td>M15<\/td>/, '<td>CO-45</td><td></td>')
    .replace(/<td>CO-151, PR-2<\/td><td>N362<\/td>/, '<td>CO-45, PR-2</td><td></td>')
    .replace(
      '<td>$0.00</td><td>$0.00</td><td>$0.00</td><td>CO-45',
      '<td>$100.00</td><td>$100.00</td><td>$0.00</td><td>CO-45',
    );
  server.route(uhcDetail.url, paid, 'text/html; charset=utf-8');
  const portal = await session.openPortal(uhcDetail.url);
  await expect
    .poll(() => rows(worklist), { timeout: 15_000 })
    .toEqual(['7000000006 bundling 2026-12-21 New', '7000000008 bundling 2027-10-28 New']);
  await portal.close();
  await worklist.getByTestId('filter-status').selectOption('paid');
  await expect.poll(() => rows(worklist)).toEqual(['7000000007 units 2027-01-06 Paid']);
  await worklist.getByTestId('filter-status').selectOption('open');
});

test('an 835 file dropped on the worklist adds its denials', async () => {
  const era = readFileSync(join(root, 'tests/fixtures/era/uhc-90837.835'), 'utf8').replaceAll(
    '20261105',
    today(),
  );
  await worklist.getByTestId('era-drop').evaluate((zone, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'uhc-day.835', { type: 'text/plain' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, era);
  await expect
    .poll(() => worklist.getByTestId('era-message').textContent(), { timeout: 15_000 })
    .toMatch(/3 claims: 3 denied claims added/);
  await expect
    .poll(() => rows(worklist))
    .toEqual(
      expect.arrayContaining(['7100000101 modifier 2026-12-31 New', '7100000103 modifier 2027-01-14 New']),
    );
  // A damaged file is refused whole, saying where.
  await worklist.getByTestId('era-files').setInputFiles({
    name: 'broken.835',
    mimeType: 'text/plain',
    buffer: Buffer.from(era.replace('CAS*CO*4*180', 'CAS*ZZ*4*180')),
  });
  await expect
    .poll(() => worklist.getByTestId('era-message').textContent())
    .toMatch(/broken\.835 was refused: .*segment \d+ \(CAS\)/);
});

test('keying a claim for the same payer and code shows the history finding', async () => {
  const entry = await session.openPortal(page('uhc-claim-entry').url);
  const panel = await session.openSidePanelFor(entry);
  await expect
    .poll(async () => (await readPanel(panel)).findings.filter((f) => f.rule === 'history'), {
      timeout: 15_000,
    })
    .toEqual([{ rule: 'history', severity: 'warning', lines: [3] }]);
  await expect(panel.locator('[data-finding-rule=history]').textContent()).resolves.toMatch(
    /UNITEDHEALTHCARE denied 90837 with no modifier 3 times in the last 90 days \(CO-4: modifier wrong or missing\)/,
  );
  await panel.close();
  await entry.close();
});

test('"Delete all patient data" empties the worklist, and nothing left the machine', async () => {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html#privacy`);
  await options.getByRole('button', { name: 'Delete all patient data…' }).click();
  await expect(options.getByRole('group', { name: 'Are you sure?' }).textContent()).resolves.toMatch(
    /6 denied claims/,
  );
  await options.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect
    .poll(() => worklist.getByTestId('worklist-empty').textContent(), { timeout: 15_000 })
    .toMatch(/No denied claims yet/);
  await worklist.getByTestId('filter-status').selectOption('all');
  expect(await rows(worklist)).toEqual([]);
  expect(session.foreignRequests()).toEqual([]);
});
