import type { Page } from 'playwright-core';
import { teachPage } from '../../tests/fixtures/teach/page';
import type { FixtureServer } from './fixture-server';
import type { ExtensionSession } from './launch';
import { storeScreenshot } from './store-screenshots';

/**
 * The README's "Teach a page" screenshot (`npm run demo -- --store-screenshots` writes it beside the
 * store's, to docs/screenshots/teach-a-page.png; it is not a store image): the synthetic page no
 * reader reads right (tests/fixtures/teach/page.ts), half taught — claim number, status, one
 * service-line row and its code picked with clicks — with the next part armed, so the panel shows
 * the live reading beside each part and the outline on the page.
 */
const URL_ = 'https://cignaforhcp.cigna.com/app/claims/encounter/7000000401';

export async function teachScreenshot(
  session: ExtensionSession,
  server: FixtureServer,
  path: string,
): Promise<void> {
  server.route(URL_, teachPage({ rows: 3 }), 'text/html; charset=utf-8');
  const portal = await session.openPortal(URL_);
  const panel = await session.openSidePanelFor(portal);
  try {
    await panel.getByTestId('teach-start').click();
    await panel.getByTestId('teach').waitFor();
    await panel.locator('input[name="teach-kind"][value="claim-detail"]').check();
    const pick = async (part: string, selector: string) => {
      await panel.getByTestId(`pick-${part}`).click();
      await armed(portal, selector);
      await portal.click(selector);
      await panel
        .getByTestId(`reads-${part}`)
        .filter({ hasNotText: 'not taught' })
        .waitFor({ timeout: 10_000 });
    };
    await pick('header-claimNumber', 'text=TRK7000000401');
    await pick('header-status', 'text=Denied');
    await pick('rows', 'tbody tr:nth-child(1) td:nth-child(1)');
    await pick('line-code', 'tbody tr:nth-child(1) td:nth-child(1)');
    // The next part armed, the pointer on it: the outline shows what a click would pick.
    await panel.getByTestId('pick-line-charge').click();
    await armed(portal, 'tbody tr:nth-child(1) td:nth-child(4)');
    await storeScreenshot(session, portal, panel, path);
    await panel.keyboard.press('Escape');
  } finally {
    await panel.close();
    await portal.close();
  }
}

/** Waits until teach mode on the page outlines what the pointer is on. */
async function armed(portal: Page, selector: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    await portal.hover('h1');
    await portal.hover(selector);
    if (await portal.evaluate(() => document.querySelector('claimlens-teach') !== null)) return;
    await portal.waitForTimeout(200);
  }
  throw new Error(`teach mode did not outline ${selector}`);
}
