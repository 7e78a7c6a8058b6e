import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { importThroughOptions, sampleCmsFiles } from '../../scripts/lib/demo-data';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';
import { readPanel } from '../../scripts/lib/panel';
import { FIXTURE_PAGES } from '../fixtures/pages.ts';

// axe-core in real Chromium on the side panel (several page kinds, light and dark) and the options
// page: no serious or critical violations, colour contrast included (a real browser lays out).
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(server);
  await importThroughOptions(session, sampleCmsFiles());
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(): Promise<{
            passes: unknown[];
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run();
    // Guard against a vacuous pass: axe must have checked something on this page.
    if (result.passes.length === 0) return ['axe checked nothing'];
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const panelPages = [
  'availity-shell-claim-detail',
  'availity-eligibility-active',
  'office-ally-shell-entry',
  'availity-remittance-claim',
  'availity-claim-status-search',
  'noridian-eligibility',
];

test.each(panelPages.flatMap((id) => [[id, 'light'] as const, [id, 'dark'] as const]))(
  'side panel on %s (%s theme) has no serious or critical axe violations',
  async (id, scheme) => {
    const page = FIXTURE_PAGES.find((p) => p.id === id)!;
    const portal = await session.openPortal(page.url);
    const panel = await session.openSidePanelFor(portal);
    await panel.emulateMedia({ colorScheme: scheme });
    await readPanel(panel);
    expect(await seriousViolations(panel)).toEqual([]);
    // And with what the biller opens: a card's "Why?", a row, the dismiss chips, a claims-list row.
    for (const selector of [
      'li.item.card button:text-is("Why?")',
      'li.item.row .row-toggle',
      'li.item.card button:text-is("Dismiss…")',
      '.claim-row-button',
    ]) {
      const control = panel.locator(selector).first();
      if (await control.count()) await control.click();
    }
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.close();
    await portal.close();
  },
);

test.each(['light', 'dark'] as const)(
  'options page (%s theme) has no serious or critical axe violations',
  async (scheme) => {
    const options = await session.context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('#privacy').waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    // With a delete confirmation open in the rule data table.
    await options.locator('tr[data-dataset] button').first().click();
    await options.getByTestId('confirm-delete').waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  },
);

test.each(['light', 'dark'] as const)(
  'denial worklist with claims, details and charts (%s theme) has no serious or critical axe violations',
  async (scheme) => {
    const worklist = await session.context.newPage();
    await worklist.emulateMedia({ colorScheme: scheme });
    await worklist.goto(`chrome-extension://${session.extensionId}/worklist.html`);
    await worklist.waitForSelector('main[data-ready]');
    if ((await worklist.locator('tr[data-claim]').count()) === 0) {
      await worklist.getByTestId('era-files').setInputFiles(
        ['test-payer-day.835', 'uhc-90837.835'].map((name) => ({
          name,
          mimeType: 'text/plain',
          buffer: readFileSync(join(import.meta.dirname, '..', 'fixtures', 'era', name)),
        })),
      );
      await worklist.locator('tr[data-claim]').first().waitFor();
    }
    // A claim opened, and every chart's table view open too.
    await worklist.locator('.claim-toggle').first().click();
    await worklist.getByTestId('claim-details').waitFor();
    for (const summary of await worklist.locator('.chart-table summary').all()) await summary.click();
    expect(await seriousViolations(worklist)).toEqual([]);
    await worklist.close();
  },
);
