import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { evaluateInChrome } from '../../scripts/lib/firefox-chrome';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type FirefoxSession, launchFirefoxWithAddon } from '../../scripts/lib/launch-firefox';
import { readPanel } from '../../scripts/lib/panel';
import { fixture, text } from './helpers';

// Medical necessity in real Firefox (the production MV2 build): "Download from CMS" fetches the MCD
// articles from downloads.cms.gov (the real hostname, through the egress proxy to the fixture server)
// while a file CMS renamed is reported by name; the biller sets the practice's state; the Office Ally
// claim form then flags the line pointed at a diagnosis on the article's non-covered list, and the
// sidebar's page names the article. The articles are the synthetic set of tests/fixtures/mcd (A59005:
// 17000 with L57.0 covered, L82.1 not).
const ADDON_ID = 'claimlens@example.org';
const MCD_URL = 'https://downloads.cms.gov/medicare-coverage-database/downloads/exports/current_article.zip';
const RENAMED = 'https://www.cms.gov/files/zip/october-2026-alpha-numeric-hcpcs-file.zip';
const CMS_ORIGINS = ['https://www.cms.gov/*', 'https://downloads.cms.gov/*'];
const POINTER = '#ctl00_phFolderContent_ucHCFA_ucHCFALineItem_ucClaimLineItem_DOS_DIAG_CODE3';

let server: FixtureServer;
let session: FirefoxSession;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(
    MCD_URL,
    readFileSync(join(import.meta.dirname, '..', 'fixtures', 'mcd', 'current_article.zip')),
    'application/zip',
  );
  session = await launchFirefoxWithAddon(server);
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const medNecessity = async (panel: Page) =>
  (await readPanel(panel)).findings.filter((f) => f.rule === 'med-necessity');

/** Types `value` into a form field as the biller does (select what is there, type over it). */
async function typeInto(page: Page, field: ElementHandle<Element>, value: string) {
  await field.click();
  await field.evaluate((e) => (e as HTMLInputElement).select());
  await page.keyboard.type(value);
}

test('Download from CMS gets the MCD articles from downloads.cms.gov; a renamed file is reported by name', async () => {
  // The biller grants the optional CMS hosts at Firefox's prompt (a prompt cannot be clicked in
  // automation): granted here through Firefox's own permission store, so the add-on's request — the
  // real one, on the button click — finds them granted.
  await evaluateInChrome<boolean>(
    session.browser,
    `(async () => {
      const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const policy = WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)});
      await ExtensionPermissions.add(policy.id, { permissions: [], origins: ${JSON.stringify(CMS_ORIGINS)} }, policy.extension);
      return JSON.stringify(true);
    })()`,
  );
  const options = await session.openExtensionPage('/options.html');
  await options.evaluate(
    async (urls: string[]) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      await api.storage.local.set({ 'settings:cmsUrls': urls });
    },
    [MCD_URL, RENAMED],
  );
  await options.close();
  // Nothing went to cms.gov before the biller asked.
  expect(session.asked.filter((h) => h.endsWith('cms.gov'))).toEqual([]);

  const page = await session.openExtensionPage('/options.html');
  const licence = await page.waitForSelector(
    '::-p-aria(I accept the AMA CPT licence terms that CMS shows for these files (the NCCI, MUE and fee schedule files contain CPT codes)[role="checkbox"])',
  );
  await licence?.click();
  await page.click('[data-testid=cms-download]');
  await expect
    .poll(() => page.$$('[data-testid=import-reports] li[data-status]').then((l) => l.length), {
      timeout: 60_000,
      interval: 500,
    })
    .toBe(2);
  const rows = await page.$$eval('[data-testid=import-reports] li[data-status]', (els) =>
    els.map((e) => [e.getAttribute('data-status') ?? '', e.textContent ?? '']),
  );
  expect(rows.find(([, t]) => /^MCD coverage articles 2026-11-20/.test(t ?? ''))?.[0]).toBe('imported');
  expect(rows.find(([, t]) => /^HCPCS Level II/.test(t ?? ''))).toEqual([
    'failed',
    expect.stringContaining(`CMS answered 404 for october-2026-alpha-numeric-hcpcs-file.zip (${RENAMED})`),
  ]);
  await expect
    .poll(() => text(page, 'tr[data-dataset=mcd]'), { timeout: 10_000 })
    .toContain('MCD coverage articles 2026-11-20');
  await page.close();
  expect(server.seen).toContain(MCD_URL);
});

test('the claim says "could not check" until the biller sets the practice’s state', async () => {
  const portal = await session.openPortal(fixture('office-ally-shell-entry').url);
  const panel = await session.openSidePanelFor(portal);
  await expect
    .poll(() => medNecessity(panel), { timeout: 20_000 })
    .toEqual([{ rule: 'med-necessity', severity: 'could-not-check', lines: [] }]);

  const options = await session.openExtensionPage('/options.html');
  await expect
    .poll(() => text(options, '[data-testid=jurisdiction-contractor]'), { timeout: 10_000 })
    .toContain('CGS Administrators, LLC — 15202 (OH)');
  const states = await options.waitForSelector('[data-testid=jurisdiction-states]');
  await typeInto(options, states!, 'oh');
  await options.click('::-p-aria(Save states[role="button"])');
  await expect.poll(() => text(options, '[data-testid=jurisdiction-status]')).toBe('Articles in use: OH.');
  await options.close();
  // Line 4 (17000) points at A (L57.0), on the covered list of A59005: nothing to say.
  await expect.poll(() => medNecessity(panel), { timeout: 15_000 }).toEqual([]);
  await panel.close();
  await portal.close();
});

test('pointing a line at a diagnosis on the article’s non-covered list flags it as the biller types', async () => {
  const portal = await session.openPortal(fixture('office-ally-shell-entry').url);
  const frameUrl = fixture('office-ally-entry').url;
  const form: Frame =
    portal.frames().find((f) => f.url() === frameUrl) ?? (await portal.waitForFrame(frameUrl));
  const panel = await session.openSidePanelFor(portal);
  await expect.poll(() => medNecessity(panel), { timeout: 20_000 }).toEqual([]);

  await portal.bringToFront();
  await typeInto(portal, (await form.waitForSelector(POINTER))!, 'B');
  await expect
    .poll(() => medNecessity(panel), { timeout: 15_000 })
    .toEqual([{ rule: 'med-necessity', severity: 'error', lines: [4] }]);
  const shown = await text(panel, '[data-finding-rule=med-necessity]');
  expect(shown).toContain('Diagnosis L82.1 on line 4 is on the list of diagnoses that article A59005');
  expect(shown).toContain('CGS Administrators, LLC, version 4');
  expect(shown).toContain('MCD article A59005 v4');
  await panel.close();
  await portal.close();
});

test('egress watch: the CMS hosts only for the download, and no other host but the portals', () => {
  expect(session.asked).toContain('downloads.cms.gov');
  expect(session.foreignHosts(['www.cms.gov', 'downloads.cms.gov'])).toEqual([]);
});
