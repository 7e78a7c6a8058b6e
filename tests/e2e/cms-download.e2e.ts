import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sampleCmsFiles } from '../../scripts/lib/demo-data';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';

// "Download from CMS" end to end: the files are served by a local HTTPS server on www.cms.gov (the
// real hostname, mapped to 127.0.0.1), fetched by the options page after the licence is accepted,
// and imported like dropped files. The addresses are the configurable download list (settings).
let server: FixtureServer;
let session: ExtensionSession;
const files = sampleCmsFiles().filter((f) => f.endsWith('.zip'));
const urls = files.map((f) => `https://www.cms.gov/files/zip/${basename(f)}`);

beforeAll(async () => {
  server = await startFixtureServer();
  for (const [i, f] of files.entries()) server.route(urls[i]!, readFileSync(f), 'application/zip');
  session = await launchWithExtension(server);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test('nothing is requested from www.cms.gov until the biller asks', async () => {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByTestId('cms-download').waitFor();
  expect(await options.getByTestId('cms-download').isDisabled()).toBe(true);
  expect(session.requests.filter((u) => u.startsWith('https://www.cms.gov/'))).toEqual([]);
  await options.close();
});

test('after the licence is accepted, the files are downloaded from www.cms.gov and imported', async () => {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.evaluate(async (list) => {
    await chrome.storage.local.set({ 'settings:cmsUrls': list });
    // A permission prompt cannot be clicked in automation: answer it as the biller would.
    chrome.permissions.request = (async () => true) as unknown as typeof chrome.permissions.request;
  }, urls);
  await options.getByRole('checkbox', { name: /AMA CPT licence/ }).check();
  await options.getByTestId('cms-download').click();
  const reports = options.getByTestId('import-reports');
  await reports.waitFor({ timeout: 60_000 });
  const statuses = await reports
    .locator('li[data-status]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
  expect(statuses.length).toBe(3); // the four PTP parts make one set; MUE; PFS
  expect(statuses.every((s) => s === 'imported')).toBe(true);
  await expect(options.locator('tr[data-dataset=ptp]').textContent()).resolves.toContain(
    'NCCI PTP practitioner v30.1',
  );
  expect(server.seen.filter((u) => u.startsWith('https://www.cms.gov/')).sort()).toEqual([...urls].sort());
});

test('the download went to www.cms.gov and nowhere else', () => {
  expect(session.foreignRequests(['www.cms.gov'])).toEqual([]);
});
