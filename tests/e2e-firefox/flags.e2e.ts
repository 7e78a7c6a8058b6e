import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sampleCmsFiles } from '../../scripts/lib/demo-data';
import {
  type AccessibleNode,
  accessibleNodes,
  clickToolbarButton,
  hideSidebar,
  pressAddonShortcut,
  sidebarState,
} from '../../scripts/lib/firefox-chrome';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type FirefoxSession, launchFirefoxWithAddon } from '../../scripts/lib/launch-firefox';
import { fixture, importInOptions } from './helpers';

// Inline flags on the Office Ally claim form in real Firefox, found the way assistive tech finds them
// (Firefox's accessibility tree reaches into the flags' shadow root, open or closed, and the frame).
// Firefox opens its sidebar only from a user action it sees itself, so a badge click shows the finding
// in the page and says how to open the sidebar — and the test checks that those ways do open it.
const ADDON_ID = 'claimlens@example.org';
let server: FixtureServer;
let session: FirefoxSession;
let portal: Page;
let form: Frame;

const badges = () => accessibleNodes(session.browser, portal, ['pushbutton'], 'ClaimLens, line ');
const dialogs = () => accessibleNodes(session.browser, portal, ['dialog'], 'ClaimLens, line ');
const lineOf = (b: AccessibleNode) => /^ClaimLens, line (\d+): (\w+)/.exec(b.name)?.slice(1).join(':');
const clickAt = (n: AccessibleNode) => portal.mouse.click(n.x + n.width / 2, n.y + n.height / 2);

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchFirefoxWithAddon(server);
  await importInOptions(session, sampleCmsFiles());
  portal = await session.openPortal(fixture('office-ally-shell-entry').url);
  const frameUrl = fixture('office-ally-entry').url;
  form = portal.frames().find((f) => f.url() === frameUrl) ?? (await portal.waitForFrame(frameUrl));
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test('the claim form gets a badge beside each flagged line, and they follow the biller typing', async () => {
  await expect.poll(async () => (await badges()).map(lineOf), { timeout: 20_000 }).toContain('5:Error');
  const units = await form.waitForSelector(
    '#ctl00_phFolderContent_ucHCFA_ucHCFALineItem_ucClaimLineItem_UNITS4',
  );
  // The portal's own inputs are never changed by the flags.
  await expect(units?.evaluate((e) => (e as HTMLInputElement).value)).resolves.toBe('3');
  await units?.click();
  await units?.evaluate((e) => (e as HTMLInputElement).select());
  await portal.keyboard.type('1');
  await expect.poll(async () => (await badges()).map(lineOf), { timeout: 15_000 }).not.toContain('5:Error');
  await units?.evaluate((e) => (e as HTMLInputElement).select());
  await portal.keyboard.type('3');
  await expect.poll(async () => (await badges()).map(lineOf), { timeout: 15_000 }).toContain('5:Error');
});

test('a badge click shows the finding in the page and how to open the sidebar, which those ways do', async () => {
  await hideSidebar(session.browser); // Firefox opened it when the add-on was installed
  const badge = (await badges()).find((b) => lineOf(b) === '5:Error');
  await clickAt(badge!);
  await expect.poll(dialogs, { timeout: 10_000 }).toHaveLength(1);
  const [dialog] = await dialogs();
  expect(dialog?.name).toBe('ClaimLens, line 5: Error');
  expect(dialog?.text).toContain('36415');
  expect(dialog?.text).toMatch(/exceed the MUE of 2/);
  expect(dialog?.text).toContain(
    'open the ClaimLens sidebar: press Alt+Shift+L, or click the ClaimLens button in the toolbar.',
  );
  expect((await sidebarState(session.browser)).open).toBe(false);

  // The shortcut the popover names is the add-on's, and it opens the ClaimLens sidebar.
  const shortcut = /press (\S+),/.exec(dialog?.text ?? '')?.[1] ?? '';
  await pressAddonShortcut(session.browser, ADDON_ID, shortcut);
  await expect
    .poll(() => sidebarState(session.browser))
    .toEqual({
      open: true,
      url: `${session.origin}/sidepanel.html`,
    });
  // So does the toolbar button.
  await hideSidebar(session.browser);
  await clickToolbarButton(session.browser, ADDON_ID);
  await expect.poll(() => sidebarState(session.browser)).toMatchObject({ open: true });

  // Escape closes the popover.
  await portal.bringToFront();
  await portal.keyboard.press('Escape');
  await expect.poll(dialogs).toEqual([]);
});

test('with the sidebar open, the popover points at it instead', async () => {
  expect((await sidebarState(session.browser)).open).toBe(true);
  const badge = (await badges()).find((b) => lineOf(b) === '5:Error');
  await clickAt(badge!);
  await expect
    .poll(async () => (await dialogs())[0]?.text ?? '', { timeout: 10_000 })
    .toContain('are in the ClaimLens sidebar.');
});

test('egress watch: nothing but the portal hosts was asked for', () => {
  expect(session.asked).toContain('www.officeally.com');
  expect(session.foreignHosts()).toEqual([]);
});
