import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { importThroughOptions, sampleCmsFiles } from '../../scripts/lib/demo-data';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';
import { measureLayout, overflowsSideways, PANEL_SIZE } from '../../scripts/lib/layout';
import { readPanel } from '../../scripts/lib/panel';
import { FIXTURE_PAGES } from '../fixtures/pages.ts';

// The side panel as a biller works it, on the production build: the note follows the claim picked,
// dismissing takes a finding's advice out of the note and keeps keyboard focus in place, payer
// settings apply on a payer's own portal, and the panel's links land where they say.
let server: FixtureServer;
let session: ExtensionSession;
const page = (id: string) => FIXTURE_PAGES.find((p) => p.id === id)!;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(server);
  // The clipboard is read back from a portal page (extension origins cannot be granted clipboard-read).
  for (const origin of ['https://essentials.availity.com', 'https://cignaforhcp.cigna.com'])
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function panelFor(id: string): Promise<{ portal: Page; panel: Page }> {
  const portal = await session.openPortal(page(id).url);
  const panel = await session.openSidePanelFor(portal);
  await panel.setViewportSize(PANEL_SIZE);
  await readPanel(panel);
  return { portal, panel };
}

const note = (panel: Page) => panel.getByTestId('note-preview').inputValue();
const ruleSettings = (s: unknown) =>
  session.worker.evaluate((v) => chrome.storage.local.set({ 'settings:rules': v }), s);

test('HCPCS Level II codes with only the built-in modifier list: "could not check", not a warning', async () => {
  // No CMS file imported yet: J3301 (Cigna) and G2211 (UHC) are not judged against the modifier list.
  for (const [id, code] of [
    ['cigna-claim-detail', 'J3301'],
    ['uhc-claim-entry', 'G2211'],
  ] as const) {
    const { portal, panel } = await panelFor(id);
    const codeValid = (await readPanel(panel)).findings.filter((f) => f.rule === 'code-valid');
    expect(codeValid.map((f) => f.severity)).toEqual(['could-not-check']);
    await expect(panel.locator('details[data-group=could-not-check]').textContent()).resolves.toContain(code);
    await panel.close();
    await portal.close();
  }
});

test('the Settings button lands on the Checks section of the options page', async () => {
  const { portal, panel } = await panelFor('availity-shell-claim-detail');
  const [options] = await Promise.all([
    session.context.waitForEvent('page'),
    panel.getByTestId('open-settings').click(),
  ]);
  await options.waitForURL(/options\.html#checks$/);
  await expect
    .poll(() => options.evaluate(() => document.activeElement?.id), { timeout: 10_000 })
    .toBe('checks');
  const top = await options.evaluate(() => document.getElementById('checks')?.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(-2);
  expect(top).toBeLessThan(80);
  await options.close();
  await panel.close();
  await portal.close();
});

test('deleting built-in data asks first, and it can be reloaded', async () => {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html#rule-data`);
  const icd = options.locator('tr[data-dataset=icd10cm]');
  await icd.waitFor();
  await icd.getByRole('button', { name: 'Delete ICD-10-CM FY2026' }).click();
  const confirm = icd.getByTestId('confirm-delete');
  await expect(confirm.textContent()).resolves.toMatch(/Delete ICD-10-CM FY2026 \([\d,]+ codes\)\?/);
  await icd.getByRole('button', { name: 'Keep it' }).click();
  expect(await icd.count()).toBe(1);
  await icd.getByRole('button', { name: 'Delete ICD-10-CM FY2026' }).click();
  await icd.getByTestId('confirm-delete-yes').click();
  // 74,719 codes leave IndexedDB: seconds on a loaded machine.
  await expect.poll(() => icd.count(), { timeout: 15_000 }).toBe(0);
  await expect(
    options.locator('[data-testid=data-checklist] li[data-kind=icd10cm]').getAttribute('data-status'),
  ).resolves.toBe('missing');
  await options.getByTestId('reload-built-in').click();
  await expect.poll(() => icd.count(), { timeout: 15_000 }).toBe(1);
  await expect
    .poll(() => options.getByTestId('reload-status').textContent(), { timeout: 15_000 })
    .toContain('ICD-10-CM FY2026: loaded');
  await options.close();
});

test('rule data imported for the rest of the tests', async () => {
  const statuses = await importThroughOptions(session, sampleCmsFiles());
  expect(statuses.every((s) => s === 'imported' || s === 'already-loaded')).toBe(true);
});

test('on a claims list the note follows the claim the biller opens', async () => {
  const { portal, panel } = await panelFor('availity-claim-status-search');
  // First the claim needing attention first; then the row picked.
  const first = await panel.locator('.claim-row').first().getAttribute('data-claim-number');
  await expect.poll(() => note(panel)).toContain(`claim ${first}`);
  const row = panel.locator('.claim-row[data-claim-number="7000000105"]');
  if (!(await row.isVisible())) await panel.locator('.group-toggle').click();
  await row.locator('.claim-row-button').click();
  await expect(row.locator('.claim-row-button').getAttribute('aria-expanded')).resolves.toBe('true');
  await expect.poll(() => note(panel)).toContain('claim 7000000105');
  await expect(panel.getByTestId('note-about').textContent()).resolves.toBe('claim 7000000105');
  await panel.getByTestId('copy-note').click();
  await expect.poll(() => panel.getByTestId('note-status').textContent()).toMatch(/copied/);
  await portal.bringToFront();
  expect(await portal.evaluate(() => navigator.clipboard.readText())).toBe(await note(panel));
  await panel.close();
  await portal.close();
});

test('a dismissed finding leaves the note, and undo keeps keyboard focus where it was', async () => {
  const { portal, panel } = await panelFor('availity-shell-claim-detail');
  const item = panel.locator('li.item.card[data-finding-rule=denial]').first();
  await item.waitFor();
  const step = (await item.locator('.item-action').textContent())!.replace(/^Next: /, '').split(/[.;]/)[0]!;
  await expect.poll(() => note(panel)).toContain(step);

  await item.getByRole('button', { name: 'Dismiss…' }).click();
  await panel.getByRole('button', { name: 'False alarm' }).click();
  const bar = panel.locator('li.dismissed-bar');
  await bar.waitFor();
  await expect.poll(() => note(panel)).not.toContain(step);
  // Focus moved to the bar's Undo, where the item was: not back to the top of the panel.
  expect(await panel.evaluate(() => document.activeElement?.closest('li')?.className)).toContain(
    'dismissed-bar',
  );
  await panel.keyboard.press('Enter');
  await expect.poll(() => bar.count()).toBe(0);
  await expect
    .poll(() =>
      panel.evaluate(() => document.activeElement?.closest('li.item')?.getAttribute('data-finding-rule')),
    )
    .toBe('denial');
  await expect.poll(() => note(panel)).toContain(step);
  await panel.close();
  await portal.close();
});

test("payer switches apply on Cigna's portal, whose pages name no payer", async () => {
  const { portal, panel } = await panelFor('cigna-claim-detail');
  await expect(panel.getByTestId('claim-payer').textContent()).resolves.toBe('Cigna (the portal’s payer)');
  const rules = async () => (await readPanel(panel)).findings.map((f) => f.rule);
  expect(await rules()).toContain('denial');

  // A per-payer switch stored in the settings ("name contains cigna") applies here.
  await ruleSettings({ payerRules: [{ payerPattern: 'cigna', rules: { denial: { enabled: false } } }] });
  await expect.poll(rules, { timeout: 10_000 }).not.toContain('denial');
  await ruleSettings({});
  await expect.poll(rules, { timeout: 10_000 }).toContain('denial');

  // And from the finding itself: "Turn off … for Cigna", with an undo.
  const clock = panel.locator('li.item[data-finding-rule=timely-filing]');
  await clock.locator('.row-toggle').click();
  await clock.getByRole('button', { name: 'Why?' }).click();
  await expect(clock.locator('.why-panel').textContent()).resolves.toContain('Cigna');
  await clock.getByRole('button', { name: 'Turn off “Timely filing” for Cigna' }).click();
  await expect.poll(rules, { timeout: 10_000 }).not.toContain('timely-filing');
  await expect(panel.getByTestId('status-message').textContent()).resolves.toContain('“Cigna”');
  await panel.getByTestId('status-undo').click();
  await expect.poll(rules, { timeout: 10_000 }).toContain('timely-filing');
  await panel.close();
  await portal.close();
});

test('the copy shortcut pressed with the panel closed: the panel opened for the tab copies its note', async () => {
  const portal = await session.openPortal(page('availity-shell-claim-detail').url);
  const tabId = await session.tabIdOf(portal);
  // What the background's shortcut handler leaves (entrypoints/background/commands.ts).
  await session.worker.evaluate(
    (id) => chrome.storage.session.set({ 'panel:copy-request': { tabId: id, at: Date.now() } }),
    tabId,
  );
  const panel = await session.openSidePanelFor(portal);
  await expect
    .poll(() => panel.getByTestId('note-status').textContent(), { timeout: 15_000 })
    .toMatch(/copied/);
  await portal.bringToFront();
  const copied = await portal.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('claim 7000000001');
  // The request is used once.
  expect(await session.worker.evaluate(() => chrome.storage.session.get('panel:copy-request'))).toEqual({});
  await panel.close();
  await portal.close();
});

test('at the usual 400×800 the deciding facts and the note are on the first screen; at 320 px nothing spills', async () => {
  for (const p of FIXTURE_PAGES.filter((x) => x.demo)) {
    const { portal, panel } = await panelFor(p.id);
    const layout = await measureLayout(panel);
    expect(layout.noteButtonVisible, p.id).toBe(true);
    if (layout.firstErrorTopPx !== null) expect(layout.firstErrorTopPx, p.id).toBeLessThanOrEqual(300);
    if (p.expect.claimNumbers.length >= 8) expect(layout.firstScreenClaims, p.id).toBeGreaterThanOrEqual(8);
    await panel.setViewportSize({ width: 320, height: 800 });
    expect(await overflowsSideways(panel), p.id).toEqual([]);
    await panel.close();
    await portal.close();
  }
});

test('no extension context requested any host but the fixture server', () => {
  expect(session.foreignRequests()).toEqual([]);
});
