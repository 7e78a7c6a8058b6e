import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';
import { readPanel } from '../../scripts/lib/panel';
import { systemPolicyFile } from '../../scripts/lib/system-policy';
import { POLICY_TEST_CHROME_ID } from '../../utils/extension-ids';
import { FIXTURE_PAGES } from '../fixtures/pages.ts';
import { teachPage } from '../fixtures/teach/page';
import { TAUGHT_PAGE_URL, TAUGHT_RECIPE } from '../fixtures/teach/recipe';

// An office policy as Chromium on Linux reads it: a JSON file in /etc/chromium/policies/managed/ with
// the extension's settings under 3rdparty.extensions.<id>. The folder is system-wide (these tests run
// as root, here and in CI) and other test runs may use Chromium at the same time, so the policy names
// only the id of this test's own build (WXT_POLICY_TEST=1: its own folder and manifest key), and the
// file is removed when the test ends, failed or not.
const root = resolve(import.meta.dirname, '..', '..');
const buildDir = join(root, '.output-policy-test', 'chrome-mv3');
const policyFile = systemPolicyFile(
  `/etc/chromium/policies/managed/claimlens-e2e-${POLICY_TEST_CHROME_ID}.json`,
);
const page = FIXTURE_PAGES.find((p) => p.id === 'noridian-claim-detail')!;

const PACK = {
  schema: 1,
  name: 'Office Medicare pack',
  version: '2026-11',
  payer: { nameContains: ['medicare'] },
  priorAuthorization: [{ codes: ['20610'], message: 'The office requires an authorization for 20610.' }],
};
const policy = (days: number) => ({
  filingLimits: [{ name: 'Office Medicare', payer: { nameContains: ['medicare'] }, days }],
  payerPacks: [PACK],
  // Passes Chrome's schema, fails ClaimLens' (no payer named): reported and ignored on its own.
  payerRules: [{ payer: { nameContains: [] }, rules: {} }],
  // A page the office taught (Chrome's schema carries a recipe as its JSON text).
  recipes: [JSON.stringify(TAUGHT_RECIPE)],
  locked: ['filingLimits', 'payerPacks'],
});
const writePolicy = (days: number) =>
  policyFile.write(JSON.stringify({ '3rdparty': { extensions: { [POLICY_TEST_CHROME_ID]: policy(days) } } }));

let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  execFileSync('npx', ['wxt', 'build'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, WXT_POLICY_TEST: '1', WXT_OUT_DIR: undefined },
  });
  writePolicy(30);
  server = await startFixtureServer();
  session = await launchWithExtension(server, { extensionDir: buildDir });
}, 240_000);

afterAll(async () => {
  policyFile.restore();
  await session?.close();
  await server?.close();
});

const findingText = (panel: Page, rule: string) =>
  panel.locator(`[data-finding-rule="${rule}"]`).allTextContents();

test('the test build has its own fixed id, the only one the policy names', () => {
  expect(session.extensionId).toBe(POLICY_TEST_CHROME_ID);
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8'));
  expect(manifest.storage.managed_schema).toBe('managed-schema.json');
});

test('the locked filing limit wins over the biller’s own, and the managed payer pack applies', async () => {
  // The biller's own Medicare limit: the locked office limit must win, and this must stay stored.
  await session.worker.evaluate(() =>
    chrome.storage.local.set({
      'settings:rules': { filingLimits: [{ name: 'My Medicare', payerPattern: 'medicare', days: 200 }] },
    }),
  );
  const panel = await session.openSidePanelFor(await session.openPortal(page.url));
  await readPanel(panel, 15_000);
  await expect
    .poll(() => findingText(panel, 'timely-filing'), { timeout: 15_000 })
    .toContainEqual(expect.stringContaining('Filing limit for Office Medicare in settings (30 days)'));
  const payer = (await findingText(panel, 'payer-rule')).join('\n');
  // The pack's prior-authorization rule is applied to the 20610 line (line 3); this page shows no
  // authorization number, so it says it could not check, naming the pack.
  expect(payer).toMatch(/Line 3: .*prior authorization Office Medicare pack requires/);
  const own = await session.worker.evaluate(() => chrome.storage.local.get('settings:rules'));
  expect(JSON.stringify(own)).toContain('My Medicare');
});

test('the options page shows them read-only, set by the organisation, and names the ignored part', async () => {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  const limits = options.locator('fieldset[data-managed="filingLimits"]');
  await expect.poll(() => limits.getAttribute('data-source')).toBe('locked');
  await expect(limits.locator('legend').textContent()).resolves.toContain('Set by your organisation');
  await expect(limits.locator('input').first().isDisabled()).resolves.toBe(true);
  await expect(limits.locator('input').first().inputValue()).resolves.toBe('Office Medicare');
  const packs = options.locator('fieldset[data-managed="payerPacks"]');
  await expect(packs.getAttribute('data-source')).resolves.toBe('locked');
  await expect(packs.textContent()).resolves.toContain('Office Medicare pack');
  await expect(options.getByTestId('policy-problems').textContent()).resolves.toMatch(
    /payerRules\[0\]\.payer\.nameContains: .*ignored/,
  );
  // Settings the policy does not touch stay the biller's to change.
  await expect(options.locator('fieldset[data-managed="filingWarningDays"]').count()).resolves.toBe(0);

  const download = options.waitForEvent('download');
  await options.getByTestId('export-policy').click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  const values = exported['3rdparty'].extensions[POLICY_TEST_CHROME_ID];
  expect(values.filingLimits).toEqual([expect.objectContaining({ name: 'Office Medicare', days: 30 })]);
  expect(values.payerPacks[0].name).toBe('Office Medicare pack');
  expect(values.locked).toEqual(['filingLimits', 'payerPacks']);
  await options.close();
});

test('a page the office taught is read its way, and the options page lists it as the office’s', async () => {
  server.route(TAUGHT_PAGE_URL, teachPage({ rows: 3 }), 'text/html; charset=utf-8');
  const panel = await session.openSidePanelFor(await session.openPortal(TAUGHT_PAGE_URL));
  await expect
    .poll(async () => (await readPanel(panel, 15_000)).claimNumbers, { timeout: 20_000 })
    .toContain('TRK7000000401');
  await expect
    .poll(() => panel.locator('[data-testid="line-code"]').allTextContents())
    .toEqual(['20611', '20610', '97110']);
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  const office = options.getByTestId('office-taught-pages');
  await expect.poll(() => office.textContent()).toContain('cignaforhcp.cigna.com/app/claims/encounter/*');
  await expect(office.textContent()).resolves.toContain('a page you teach yourself is read your way');
  await expect(options.getByTestId('no-taught-pages').count()).resolves.toBe(1);
  await options.close();
});

test('a policy changed while the browser runs reaches open pages (storage.onChanged "managed")', async () => {
  const panel = await session.openSidePanelFor(await session.openPortal(page.url));
  await expect
    .poll(() => findingText(panel, 'timely-filing'), { timeout: 15_000 })
    .toContainEqual(expect.stringContaining('(30 days)'));
  writePolicy(45);
  // Chromium notices the changed file after a few seconds' settling.
  await expect
    .poll(() => findingText(panel, 'timely-filing'), { timeout: 40_000, interval: 1000 })
    .toContainEqual(expect.stringContaining('Filing limit for Office Medicare in settings (45 days)'));
}, 60_000);

test('without the policy file the biller’s own settings are back, untouched', async () => {
  policyFile.remove();
  const panel = await session.openSidePanelFor(await session.openPortal(page.url));
  await expect
    .poll(() => findingText(panel, 'timely-filing'), { timeout: 40_000, interval: 1000 })
    .toContainEqual(expect.stringContaining('Filing limit for My Medicare in settings (200 days)'));
}, 60_000);

test('no request left the machine', () => {
  expect(session.foreignRequests()).toEqual([]);
});
