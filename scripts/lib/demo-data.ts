import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import type { ExtensionSession } from './launch';
import type { FirefoxSession } from './launch-firefox';

/**
 * The CMS sample files that ship with the repo's tests (small slices of the real 2024 tables), loaded
 * through the options page exactly as a biller would: the demo's embedded default rule data.
 */
export const SAMPLE_CMS_DIR = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'cms');

export function sampleCmsFiles(): string[] {
  return (
    readdirSync(SAMPLE_CMS_DIR)
      .filter((f) => /\.(zip|csv)$/.test(f) || f === 'icd10cm-codes-2024.txt')
      .filter((f) => !f.includes('hospital-ptp') && !f.includes('dme') && !f.includes('outpatient'))
      // The HCPCS slice holds a few codes only; it would replace the full bundled modifier list.
      .filter((f) => !f.includes('hcpcs'))
      .map((f) => join(SAMPLE_CMS_DIR, f))
  );
}

/** Imports the files in the options page; resolves with each data set's status. */
export async function importThroughOptions(session: ExtensionSession, files: string[]): Promise<string[]> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByTestId('rule-files').setInputFiles(files);
  const reports = options.getByTestId('import-reports');
  await reports.waitFor({ timeout: 60_000 });
  const statuses = await reports
    .locator('li[data-status]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-status') ?? ''));
  await options.close();
  return statuses;
}

/** The same in Firefox: drops `files` on the options page's file input; resolves with each set's status. */
export async function importThroughFirefoxOptions(
  session: FirefoxSession,
  files: string[],
): Promise<string[]> {
  const options = await session.openExtensionPage('/options.html');
  const input = (await options.waitForSelector(
    '[data-testid=rule-files]',
  )) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(...files);
  await options.waitForSelector('[data-testid=import-reports] li[data-status]', { timeout: 60_000 });
  const statuses = await options.$$eval('[data-testid=import-reports] li[data-status]', (els) =>
    els.map((e) => e.getAttribute('data-status') ?? ''),
  );
  await options.close();
  return statuses;
}
