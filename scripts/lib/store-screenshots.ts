import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './launch';
import { readPanel } from './panel';

/**
 * The store listing's screenshots (`npm run demo -- --store-screenshots`): 1280×800, the size the
 * Chrome Web Store and Edge Add-ons ask for, made from the demo so they stay true when the panel
 * changes. The browser draws no side panel in a headless window, so each one is the portal page as
 * the biller sees it (880 px) beside the side panel at its usual width (400 px), both screenshotted
 * by the browser and set side by side on one page by the browser again.
 */
export const STORE_SHOTS: { id: string; file: string; caption: string }[] = [
  {
    id: 'availity-shell-claim-detail',
    file: '1-denied-claim.png',
    caption:
      'A denied claim on Availity: the filing limit and the CO-97 to work, with the NCCI pair behind it',
  },
  {
    id: 'availity-claim-status-search',
    file: '2-claims-list.png',
    caption: 'A 40-claim status search: the claims that need the biller first, with their filing clocks',
  },
  {
    id: 'office-ally-shell-entry',
    file: '3-claim-entry.png',
    caption: 'A claim being keyed in Office Ally: flags beside the lines before it is submitted',
  },
  {
    id: 'noridian-eligibility',
    file: '4-eligibility.png',
    caption: 'Medicare eligibility on Noridian: bill the Medicare Advantage plan',
  },
  {
    id: 'availity-remittance-claim',
    file: '5-remittance.png',
    caption: 'A remittance on Availity: each denial code in plain words with the next step',
  },
];

const SIZE = { width: 1280, height: 800 };
const PANEL_WIDTH = 400;

export async function storeScreenshot(
  session: ExtensionSession,
  portal: Page,
  panel: Page,
  path: string,
): Promise<void> {
  await portal.setViewportSize({ width: SIZE.width - PANEL_WIDTH - 1, height: SIZE.height });
  await panel.setViewportSize({ width: PANEL_WIDTH, height: SIZE.height });
  await readPanel(panel).catch(() => undefined); // drawn and settled
  await portal.bringToFront();
  await portal.waitForTimeout(300); // badges follow a resize
  const left = (await portal.screenshot()).toString('base64');
  await panel.bringToFront();
  const right = (await panel.screenshot()).toString('base64');
  const sheet = await session.context.newPage();
  try {
    await sheet.setViewportSize(SIZE);
    // Only data: images: the page asks no host (the egress watch would see it).
    await sheet.setContent(
      `<body style="margin:0;display:flex;width:${SIZE.width}px;height:${SIZE.height}px;overflow:hidden;background:#fff">` +
        `<img src="data:image/png;base64,${left}" style="display:block" alt="">` +
        '<div style="width:1px;background:#c4c7cc"></div>' +
        `<img src="data:image/png;base64,${right}" style="display:block" alt=""></body>`,
    );
    await sheet.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
    writeFileSync(path, await sheet.screenshot());
  } finally {
    await sheet.close();
  }
}
