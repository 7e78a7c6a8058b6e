import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SAMPLE_CMS_DIR, sampleCmsFiles } from '../../scripts/lib/demo-data';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';
import { AOC_HEADER, xlsx } from '../fixtures/cms/xlsx';

// "Download from CMS" end to end: the files are served by a local HTTPS server on www.cms.gov and
// downloads.cms.gov (the real hostnames, mapped to 127.0.0.1), fetched by the options page after the
// licence is accepted, and each imported on its own like dropped files. The addresses are the
// configurable download list (settings). One address is not served — a file CMS renamed: it is
// reported by name and the others still import.
const WWW = 'https://www.cms.gov/files/zip';
const zips = sampleCmsFiles().filter((f) => f.endsWith('.zip'));
const served = new Map<string, Uint8Array>(zips.map((f) => [`${WWW}/${basename(f)}`, readFileSync(f)]));
// The add-on code edits as CMS ships them: a zip with a fixed-width text file and a spreadsheet.
served.set(
  `${WWW}/medicare-ncci-2026-q4-add-code-edits.zip`,
  zipSync({
    'AOC_V2026Q4_01-MCR.txt': strToU8('fixed width, not read\r\n'),
    'AOC_V2026Q4-MCR.xlsx': xlsx([
      ['AMA notice'],
      AOC_HEADER,
      [1, '0071U', '', '0070U', '', 2017001, '', ''],
    ]),
  }),
);
// The ICD-10-CM codes of the fiscal year of today (codes file and order file, as CMS zips them).
const icd = readFileSync(join(SAMPLE_CMS_DIR, 'icd10cm-codes-2026.txt'));
served.set(
  `${WWW}/2027-code-descriptions-tabular-order.zip`,
  zipSync({ 'icd10cm-codes-2027.txt': icd, 'icd10cm-codes-2027-addenda.txt': strToU8('Add: nothing\r\n') }),
);
served.set(
  'https://downloads.cms.gov/medicare-coverage-database/downloads/exports/current_article.zip',
  readFileSync(join(SAMPLE_CMS_DIR, '..', 'mcd', 'current_article.zip')),
);
const RENAMED = `${WWW}/october-2026-alpha-numeric-hcpcs-file.zip`;
const urls = [...served.keys(), RENAMED];

let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startFixtureServer();
  for (const [url, body] of served) server.route(url, body, 'application/zip');
  session = await launchWithExtension(server);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const cmsRequests = (list: string[]) => list.filter((u) => /^https:\/\/(www|downloads)\.cms\.gov\//.test(u));

test('nothing is requested from cms.gov until the biller asks', async () => {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByTestId('cms-download').waitFor();
  expect(await options.getByTestId('cms-download').isDisabled()).toBe(true);
  expect(cmsRequests(session.requests)).toEqual([]);
  await options.close();
});

test('after the licence is accepted, each file is downloaded and imported on its own; a renamed one is reported by name', async () => {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  const asked: string[][] = await options.evaluate(async (list) => {
    await chrome.storage.local.set({ 'settings:cmsUrls': list });
    // A permission prompt cannot be clicked in automation: answer it as the biller would, and note what was asked.
    const seen: string[][] = [];
    (globalThis as unknown as { asked: string[][] }).asked = seen;
    chrome.permissions.request = (async (p: chrome.permissions.Permissions) => {
      seen.push(p.origins ?? []);
      return true;
    }) as unknown as typeof chrome.permissions.request;
    return seen;
  }, urls);
  expect(asked).toEqual([]);
  await options.getByRole('checkbox', { name: /AMA CPT licence/ }).check();
  await options.getByTestId('cms-download').click();
  const reports = options.getByTestId('import-reports');
  // Done when the last file has been reported and the status line is gone.
  await expect
    .poll(() => reports.locator('li[data-status]').count(), { timeout: 90_000, interval: 500 })
    .toBe(7);
  await options.getByTestId('download-status').waitFor({ state: 'detached', timeout: 30_000 });
  const rows = await reports
    .locator('li[data-status]')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-status') ?? '', e.textContent ?? '']));
  const by = (label: RegExp) => rows.find(([, text]) => label.test(text ?? ''));
  expect(by(/^NCCI PTP practitioner v30\.1/)?.[0]).toBe('imported');
  expect(by(/^NCCI MUE practitioner/)?.[0]).toBe('imported');
  expect(by(/^NCCI add-on codes 2026Q4/)?.[0]).toBe('imported');
  expect(by(/^PFS relative value file/)?.[0]).toBe('imported');
  expect(by(/^ICD-10-CM FY2027/)?.[0]).toBe('imported');
  expect(by(/^MCD coverage articles/)?.[0]).toBe('imported');
  expect(by(/^HCPCS Level II/)).toEqual([
    'failed',
    expect.stringContaining(`CMS answered 404 for october-2026-alpha-numeric-hcpcs-file.zip (${RENAMED})`),
  ]);
  expect(await options.evaluate(() => (globalThis as unknown as { asked: string[][] }).asked)).toEqual([
    ['https://www.cms.gov/*', 'https://downloads.cms.gov/*'],
  ]);
  const loaded = await options
    .locator('tr[data-dataset]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-dataset')));
  expect(loaded).toEqual(expect.arrayContaining(['ptp', 'mue', 'addon', 'pfs', 'icd10cm', 'mcd']));
  expect(cmsRequests(server.seen).sort()).toEqual([...urls].sort());
});

test('the download went to cms.gov and nowhere else', () => {
  expect(session.foreignRequests(['www.cms.gov', 'downloads.cms.gov'])).toEqual([]);
});
