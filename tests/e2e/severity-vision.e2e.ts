import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { importThroughOptions, sampleCmsFiles } from '../../scripts/lib/demo-data';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';
import { PANEL_SIZE } from '../../scripts/lib/layout';
import { readPanel } from '../../scripts/lib/panel';
import { contrast, luminance, type Pixels, readPng } from '../../scripts/lib/png';
import { FIXTURE_PAGES } from '../fixtures/pages.ts';

// Severity must read without colour: checked in Chromium's own colour-vision simulation
// (DevTools' Emulation.setEmulatedVisionDeficiency), on the real panel in both themes. Error and
// warning cards are told apart by the icon's shape (octagon vs triangle) and by the tint's lightness
// in every simulation; the word ("Error", "Warning") is there in any case.
// Screenshots of each simulation are written to tests/e2e/.tmp/vision/ for a look by eye.
const OUT = join(import.meta.dirname, '.tmp', 'vision');
const SIMULATIONS = ['none', 'deuteranopia', 'protanopia', 'tritanopia', 'achromatopsia'] as const;
let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startFixtureServer();
  session = await launchWithExtension(server);
  await importThroughOptions(session, sampleCmsFiles());
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The icon as ink on its card: pixels that differ clearly from the card's own background. */
function inkMask(p: Pixels): boolean[] {
  const bg = luminance([p.data[0]!, p.data[1]!, p.data[2]!]);
  const mask: boolean[] = [];
  for (let i = 0; i < p.width * p.height; i++) {
    const l = luminance([p.data[i * 4]!, p.data[i * 4 + 1]!, p.data[i * 4 + 2]!]);
    mask.push(contrast(l, bg) > 1.5);
  }
  return mask;
}

/** The card's background: a pixel 4 px below its top edge, 10 px in from its right edge. */
function cornerColour(p: Pixels): number[] {
  const i = (4 * p.width + p.width - 10) * 4;
  return [p.data[i]!, p.data[i + 1]!, p.data[i + 2]!];
}

async function shot(panel: Page, selector: string): Promise<Pixels> {
  return readPng(new Uint8Array(await panel.locator(selector).first().screenshot()));
}

test.each(['light', 'dark'] as const)(
  'error and warning stay apart in colour-blindness simulations (%s theme)',
  async (scheme) => {
    // No fixture page holds both an error card and a warning card (a denied claim's status joins its
    // error item): the error card comes from a denied claim, the warning cards from an eligibility page.
    const open = async (id: string) => {
      const page = FIXTURE_PAGES.find((p) => p.id === id)!;
      const portal = await session.openPortal(page.url);
      const panel = await session.openSidePanelFor(portal);
      await panel.setViewportSize(PANEL_SIZE);
      await panel.emulateMedia({ colorScheme: scheme });
      await readPanel(panel);
      // The sticky note footer would cover a card scrolled into view at the foot of the panel.
      await panel.addStyleTag({ content: '.note-bar { display: none !important; }' });
      return { portal, panel, cdp: await session.context.newCDPSession(panel) };
    };
    const withError = await open('noridian-claim-detail');
    const withWarning = await open('noridian-eligibility');
    const figures: string[] = [];
    for (const type of SIMULATIONS) {
      for (const { panel, cdp } of [withError, withWarning]) {
        await cdp.send('Emulation.setEmulatedVisionDeficiency', { type });
        await panel.evaluate(() => window.scrollTo(0, 0));
      }
      await withError.panel.screenshot({ path: join(OUT, `${scheme}-${type}.png`) });
      const errorIcon = await shot(withError.panel, 'li.card.sev-error .sev-tag .sev-icon');
      const warningIcon = await shot(withWarning.panel, 'li.card.sev-warning .sev-tag .sev-icon');
      const a = inkMask(errorIcon);
      const b = inkMask(warningIcon);
      const shapeDiff = a.filter((v, i) => v !== b[i]).length / a.length;
      // The tint: a pixel inside each card, clear of text (its top right corner, inside the border).
      const errorCard = await shot(withError.panel, 'li.card.sev-error');
      const warningCard = await shot(withWarning.panel, 'li.card.sev-warning');
      const tint = contrast(luminance(cornerColour(errorCard)), luminance(cornerColour(warningCard)));
      figures.push(
        `${type}: icons differ in ${(shapeDiff * 100).toFixed(0)}% of pixels, tint contrast ${tint.toFixed(2)}`,
      );
      expect(shapeDiff, `${scheme} ${type}: octagon vs triangle`).toBeGreaterThan(0.2);
      expect(tint, `${scheme} ${type}: tints differ in lightness`).toBeGreaterThan(1.1);
      // The word is always there.
      await expect(
        withError.panel.locator('li.card.sev-error .sev-word').first().textContent(),
      ).resolves.toBe('Error');
      await expect(
        withWarning.panel.locator('li.card.sev-warning .sev-word').first().textContent(),
      ).resolves.toBe('Warning');
    }
    console.log(`${scheme} theme\n  ${figures.join('\n  ')}`);
    for (const { portal, panel } of [withError, withWarning]) {
      await panel.close();
      await portal.close();
    }
  },
);
