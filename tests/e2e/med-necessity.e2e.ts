import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { badgesOn } from '../../scripts/lib/badges';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';
import { readPanel } from '../../scripts/lib/panel';
import { FIXTURE_PAGES } from '../fixtures/pages.ts';

// Medical necessity in a biller's day: import the MCD current article download through the options page,
// see "could not check" until the jurisdiction is known (a MAC portal presets it), set the practice's
// state, then watch the claim-entry form flag a line whose diagnosis the coverage article does not accept.
// The articles are the synthetic set of tests/fixtures/mcd (A59005: 17000 with L57.0 covered, L82.1 not).
const MCD_ZIP = join(import.meta.dirname, '..', 'fixtures', 'mcd', 'current_article.zip');
const entry = FIXTURE_PAGES.find((p) => p.id === 'office-ally-shell-entry')!;
const noridian = FIXTURE_PAGES.find((p) => p.id === 'noridian-claim-detail')!;
const FIELD = '#ctl00_phFolderContent_ucHCFA';

let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(server);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function optionsPage(): Promise<Page> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  return options;
}

const medNecessity = async (panel: Page) =>
  (await readPanel(panel)).findings.filter((f) => f.rule === 'med-necessity');

test('the MCD current article zip, as downloaded, imports through the options page', async () => {
  const options = await optionsPage();
  await options.getByTestId('rule-files').setInputFiles([MCD_ZIP]);
  const reports = options.getByTestId('import-reports');
  await reports.waitFor({ timeout: 30_000 });
  await expect(reports.locator('li[data-status=imported]').textContent()).resolves.toMatch(
    /MCD coverage articles 2026-11-20: \d+ rows imported/,
  );
  await expect(options.locator('tr[data-dataset=mcd]').textContent()).resolves.toContain(
    'MCD coverage articles 2026-11-20',
  );
  await options.close();
});

test('until the jurisdiction is known, the claim says it could not check medical necessity', async () => {
  const panel = await session.openSidePanelFor(await session.openPortal(entry.url));
  await expect
    .poll(() => medNecessity(panel), { timeout: 15_000 })
    .toEqual([{ rule: 'med-necessity', severity: 'could-not-check', lines: [] }]);
  await expect(panel.locator('[data-finding-rule=med-necessity]').textContent()).resolves.toMatch(
    /Medicare jurisdiction/,
  );
});

test('a Medicare contractor portal presets the jurisdiction; the biller narrows it to the practice’s state', async () => {
  const mac = await session.openPortal(noridian.url);
  const options = await optionsPage();
  await expect
    .poll(() => options.getByTestId('jurisdiction-status').textContent(), { timeout: 15_000 })
    .toMatch(/Noridian \(preset from its portal\)/);
  await mac.close();
  // The contractors of the imported articles are offered.
  await expect(options.getByTestId('jurisdiction-contractor').textContent()).resolves.toContain(
    'CGS Administrators, LLC — 15202 (OH)',
  );
  await options.getByTestId('jurisdiction-states').fill('oh');
  await options.getByRole('button', { name: 'Save states' }).click();
  await expect
    .poll(() => options.getByTestId('jurisdiction-status').textContent())
    .toBe('Articles in use: OH.');
  await options.close();
});

test('the claim-entry form flags a line pointed at a diagnosis the article does not cover, as the biller types', async () => {
  const portal = await session.openPortal(entry.url);
  const panel = await session.openSidePanelFor(portal);
  // Line 4 (17000) points at A (L57.0): on the covered list of A59005, nothing to say.
  await expect.poll(() => medNecessity(panel), { timeout: 15_000 }).toEqual([]);

  const form = portal.frameLocator('#Iframe9');
  // The badges are in a closed shadow root: read through the accessibility tree.
  const flags = async () => (await badgesOn(portal)).map((b) => `${b.line}:${b.severity}`);
  // Point line 4 at B (L82.1): on the article's non-covered list.
  await form.locator(`${FIELD}_ucHCFALineItem_ucClaimLineItem_DOS_DIAG_CODE3`).fill('B');
  await expect.poll(flags, { timeout: 10_000 }).toContain('4:error');
  await expect
    .poll(() => medNecessity(panel))
    .toEqual([{ rule: 'med-necessity', severity: 'error', lines: [4] }]);
  const text = await panel.locator('[data-finding-rule=med-necessity]').textContent();
  expect(text).toContain('Diagnosis L82.1 on line 4 is on the list of diagnoses that article A59005');
  expect(text).toContain('CGS Administrators, LLC, version 4');
  expect(text).toContain('MCD article A59005 v4');
  expect(text).toMatch(/ABN/);

  // Back to A, with a diagnosis on neither list: a warning.
  await form.locator(`${FIELD}_ucHCFALineItem_ucClaimLineItem_DOS_DIAG_CODE3`).fill('A');
  await form.locator(`${FIELD}_DIAGNOSIS_CODECMS0212_1`).fill('L81.4');
  await expect
    .poll(() => medNecessity(panel), { timeout: 10_000 })
    .toEqual([{ rule: 'med-necessity', severity: 'warning', lines: [4] }]);
});

test('no extension context requested any host but the fixture server', () => {
  expect(session.foreignRequests()).toEqual([]);
});
