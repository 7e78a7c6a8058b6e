import { afterAll, beforeAll, expect, test } from 'vitest';
import { badgeDialogsOn, badgesOn, clickBadge } from '../../scripts/lib/badges';
import { sampleCmsFiles } from '../../scripts/lib/demo-data';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';
import { readPanel } from '../../scripts/lib/panel';
import { FIXTURE_PAGES } from '../fixtures/pages.ts';

// A biller's day in one run: load this quarter's CMS files in the options page (the panel already open
// is re-checked), open a denied claim, see the bundling pair and what to do, copy the note, dismiss a
// finding and find it dismissed later, delete a data set (open panels re-checked again).
const cmsFiles = sampleCmsFiles();

let server: FixtureServer;
let session: ExtensionSession;
const shell = FIXTURE_PAGES.find((p) => p.id === 'availity-shell-claim-detail')!;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(server);
  // Extension origins cannot be granted clipboard-read: the note is read back from a portal page.
  await session.context.grantPermissions(['clipboard-read'], { origin: 'https://essentials.availity.com' });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

let firstPanel: import('playwright-core').Page;
const ptpFinding = async (panel: import('playwright-core').Page) =>
  (await readPanel(panel)).findings.filter((f) => f.rule === 'ptp').map((f) => `${f.severity}:${f.lines}`);

test('before any import, the checks that need CMS data say "could not check"', async () => {
  const panel = await session.openSidePanelFor(await session.openPortal(shell.url));
  firstPanel = panel;
  await expect
    .poll(async () => (await readPanel(panel)).findings.map((f) => `${f.rule}:${f.severity}`))
    .toContain('ptp:could-not-check');
  await expect(panel.getByTestId('import-rule-data').count()).resolves.toBe(1);
});

test('CMS files dropped in the options page are imported and listed with their vintage', async () => {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByTestId('rule-files').setInputFiles(cmsFiles);
  const reports = options.getByTestId('import-reports');
  await reports.waitFor({ timeout: 30_000 });
  const statuses = await reports
    .locator('li[data-status]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
  expect(statuses.length).toBeGreaterThanOrEqual(5);
  expect(statuses.every((s) => s === 'imported')).toBe(true);
  await expect(options.locator('tr[data-dataset=ptp]').textContent()).resolves.toContain(
    'NCCI PTP practitioner v30.1',
  );
  await options.close();
});

test('the panel that was already open is re-checked by the import, without a reload', async () => {
  await expect.poll(() => ptpFinding(firstPanel), { timeout: 15_000 }).toEqual(['error:1,2']);
});

test('the denied claim shows the NCCI pair on both lines and the CO-97 explained with the fix', async () => {
  const portal = await session.openPortal(shell.url);
  const panel = await session.openSidePanelFor(portal);
  await expect
    .poll(async () => (await readPanel(panel)).findings.filter((f) => f.rule === 'ptp'), { timeout: 15_000 })
    .toEqual([{ rule: 'ptp', severity: 'error', lines: [1, 2] }]);
  // The CO-97, its remark and the NCCI pair that explains it are one card with one next step.
  const denial = panel.locator('li.item[data-finding-rule=denial][data-lines="2"]').first();
  await expect(denial.textContent()).resolves.toMatch(/59|XS/);
  expect(await denial.locator('[data-finding-rule=ptp]').count()).toBe(1);
  await expect(panel.getByTestId('summary').textContent()).resolves.toContain('CO-97');

  await panel.getByTestId('copy-note').click();
  await expect.poll(() => panel.getByTestId('note-status').textContent()).toMatch(/[Cc]opied/);
  await portal.bringToFront();
  const clipboard = await portal.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toContain('claim 7000000001');
  expect(clipboard).toContain('CO-97');
  expect(clipboard).toBe(await panel.getByTestId('note-preview').inputValue());
});

test('a dismissed finding stays dismissed after the panel reloads, and can be undone', async () => {
  const portal = await session.openPortal(shell.url);
  const panel = await session.openSidePanelFor(portal);
  const item = panel.locator('li.item.card[data-finding-rule=denial][data-lines="2"]');
  await item.waitFor({ timeout: 15_000 });
  await item.getByRole('button', { name: 'Dismiss…' }).click();
  await item.getByRole('button', { name: 'False alarm' }).click();
  await expect.poll(() => panel.locator('[data-finding-rule=ptp]').count()).toBe(0);

  await panel.reload();
  await panel.locator('[data-dismissed-rule=denial]').waitFor({ state: 'attached', timeout: 15_000 });
  expect(await panel.locator('[data-finding-rule=ptp]').count()).toBe(0);
  await panel.locator('details.dismissed summary').click();
  await panel.locator('[data-dismissed-rule=denial]').getByRole('button', { name: /Undo/ }).click();
  await expect.poll(() => panel.locator('[data-finding-rule=ptp]').count()).toBe(1);
});

test('claim-entry forms get a badge beside each flagged line, updated as the biller types', async () => {
  const entry = FIXTURE_PAGES.find((p) => p.id === 'office-ally-shell-entry')!;
  const portal = await session.openPortal(entry.url);
  const form = portal.frameLocator('#Iframe9');
  // Badges are in a closed shadow root: read through the accessibility tree, as a screen reader does.
  const flags = async () => (await badgesOn(portal)).map((b) => `${b.line}:${b.severity}`);
  await expect.poll(async () => (await flags()).length, { timeout: 15_000 }).toBeGreaterThan(0);
  expect(await flags()).toContain('5:error');
  expect((await badgesOn(portal))[0]?.label).toMatch(/^ClaimLens, line \d+: /);

  // The portal's own inputs are never changed by the flags.
  const units = form.locator('#ctl00_phFolderContent_ucHCFA_ucHCFALineItem_ucClaimLineItem_UNITS4');
  await expect(units.inputValue()).resolves.toBe('3');
  await units.fill('1');
  await expect
    .poll(async () => (await flags()).map((f) => f.split(':')[0]), { timeout: 10_000 })
    .not.toContain('5');
});

test('a badge click opens the side panel (Chrome allows it from the click), with nothing drawn on the page', async () => {
  const entry = FIXTURE_PAGES.find((p) => p.id === 'office-ally-shell-entry')!;
  const portal = await session.openPortal(entry.url);
  // The badges are in a closed shadow root: found through the accessibility tree, clicked with the mouse.
  await expect.poll(async () => (await badgesOn(portal)).length, { timeout: 15_000 }).toBeGreaterThan(0);
  const sidePanels = () =>
    session.worker.evaluate(async () => {
      const runtime = chrome.runtime as unknown as {
        getContexts(filter: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]>;
      };
      return (await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => c.documentUrl);
    });
  expect(await sidePanels()).toEqual([]);
  const [first] = await badgesOn(portal);
  await clickBadge(portal, first!);
  await expect
    .poll(sidePanels, { timeout: 10_000 })
    .toEqual([`chrome-extension://${session.extensionId}/sidepanel.html`]);
  expect(await badgeDialogsOn(portal)).toEqual([]);
});

test('deleting the NCCI data set re-checks the open panel: the pair is "could not check" again', async () => {
  const panel = await session.openSidePanelFor(await session.openPortal(shell.url));
  await expect.poll(() => ptpFinding(panel), { timeout: 15_000 }).toEqual(['error:1,2']);
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  const ptp = options.locator('tr[data-dataset=ptp]');
  await ptp.getByRole('button', { name: /^Delete/ }).click();
  // Deleting asks first (issue 22).
  await ptp.getByTestId('confirm-delete-yes').click();
  await expect.poll(() => ptp.count(), { timeout: 15_000 }).toBe(0);
  await options.close();
  await expect.poll(() => ptpFinding(panel), { timeout: 15_000 }).toEqual(['could-not-check:']);
});

test('no extension context requested any host but the fixture server', () => {
  expect(session.foreignRequests()).toEqual([]);
});
