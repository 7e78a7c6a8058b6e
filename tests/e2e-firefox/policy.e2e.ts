import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type FirefoxSession, launchFirefoxWithAddon } from '../../scripts/lib/launch-firefox';
import { readPanel } from '../../scripts/lib/panel';
import { systemPolicyFile } from '../../scripts/lib/system-policy';
import { POLICY_TEST_GECKO_ID } from '../../utils/extension-ids';
import { teachPage } from '../fixtures/teach/page';
import { TAUGHT_PAGE_URL, TAUGHT_RECIPE } from '../fixtures/teach/recipe';
import { fixture } from './helpers';

// An office policy as Firefox on Linux reads it: policies.json in /etc/<firefox's name>/policies/ with
// the add-on's settings under 3rdparty.Extensions.<gecko id>. The file is system-wide and read by
// every Firefox that starts while it is there, so it names only this test build's own gecko id
// (WXT_POLICY_TEST=1), a policies.json already there keeps its content (ours is added to it), and the
// original is put back when the test ends, failed or not.
const root = resolve(import.meta.dirname, '..', '..');
const buildDir = join(root, '.output-policy-test', 'firefox-mv2');
const page = fixture('noridian-claim-detail');

const PACK = {
  schema: 1,
  name: 'Office Medicare pack',
  version: '2026-11',
  payer: { nameContains: ['medicare'] },
  priorAuthorization: [{ codes: ['20610'] }],
};
const OUR_POLICY = {
  filingLimits: [{ name: 'Office Medicare', payer: { nameContains: ['medicare'] }, days: 30 }],
  payerPacks: [PACK],
  filingWarningDays: 9999, // Firefox checks nothing: ClaimLens reports it and ignores this field alone
  recipes: [TAUGHT_RECIPE], // Firefox's policies.json carries a taught page as an object
  locked: ['filingLimits', 'payerPacks', 'recipes'],
};

// Debian's firefox-esr reads /etc/firefox/policies/ like Mozilla's build (found by trying).
const policyFile = systemPolicyFile('/etc/firefox/policies/policies.json');

let server: FixtureServer;
let session: FirefoxSession;

beforeAll(async () => {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, WXT_POLICY_TEST: '1', WXT_OUT_DIR: undefined },
  });
  const base = policyFile.original === null ? { policies: {} } : JSON.parse(policyFile.original);
  base.policies ??= {};
  base.policies['3rdparty'] ??= {};
  base.policies['3rdparty'].Extensions ??= {};
  base.policies['3rdparty'].Extensions[POLICY_TEST_GECKO_ID] = OUR_POLICY;
  policyFile.write(JSON.stringify(base, null, 2));
  server = await startFixtureServer();
  session = await launchFirefoxWithAddon(server, { extensionDir: buildDir });
}, 240_000);

afterAll(async () => {
  // Firefox has read the file at start: it can go back at once.
  policyFile.restore();
  await session?.close();
  await server?.close();
});

const texts = (p: Page, selector: string) =>
  p.$$eval(selector, (els) => els.map((e) => e.textContent ?? '')).catch(() => [] as string[]);

test('the locked filing limit and the managed payer pack apply in the sidebar’s page', async () => {
  const panel = await session.openSidePanelFor(await session.openPortal(page.url));
  await readPanel(panel, 20_000);
  await expect
    .poll(() => texts(panel, '[data-finding-rule="timely-filing"]'), { timeout: 20_000 })
    .toContainEqual(expect.stringContaining('Filing limit for Office Medicare in settings (30 days)'));
  const payer = (await texts(panel, '[data-finding-rule="payer-rule"]')).join('\n');
  // The pack's prior-authorization rule is applied to the 20610 line (line 3); this page shows no
  // authorization number, so it says it could not check, naming the pack.
  expect(payer).toMatch(/Line 3: .*prior authorization Office Medicare pack requires/);
});

test('the options page shows the locked settings read-only and the ignored field by name', async () => {
  const options = await session.openExtensionPage('/options.html');
  const source = () =>
    options
      .$eval('fieldset[data-managed="filingLimits"]', (e) => e.getAttribute('data-source'))
      .catch(() => null);
  await expect.poll(source, { timeout: 15_000 }).toBe('locked');
  expect(await options.$eval('fieldset[data-managed="filingLimits"] legend', (e) => e.textContent)).toContain(
    'Set by your organisation',
  );
  expect(
    await options.$eval('fieldset[data-managed="filingLimits"] input', (e) => e.matches(':disabled')),
  ).toBe(true);
  expect((await texts(options, '[data-testid="policy-problems"]')).join('')).toMatch(
    /filingWarningDays: .*ignored/,
  );
  await options.close();
});

test('a page the office taught (locked) is read its way, and the options page says the office set it', async () => {
  server.route(TAUGHT_PAGE_URL, teachPage(), 'text/html; charset=utf-8');
  const panel = await session.openSidePanelFor(await session.openPortal(TAUGHT_PAGE_URL));
  await expect
    .poll(async () => (await readPanel(panel, 20_000)).claimNumbers, { timeout: 30_000 })
    .toContain('TRK7000000401');
  expect(await texts(panel, '[data-testid="line-code"]')).toEqual(['20611', '20610']);
  const options = await session.openExtensionPage('/options.html');
  await expect
    .poll(() => texts(options, '[data-testid="office-taught-pages"]'), { timeout: 15_000 })
    .toContainEqual(expect.stringMatching(/Set by your organisation: .*cignaforhcp\.cigna\.com/));
  await options.close();
});

test('no request left the machine', () => {
  expect(session.foreignHosts()).toEqual([]);
});
