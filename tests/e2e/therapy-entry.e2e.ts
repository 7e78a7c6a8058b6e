import { afterAll, beforeAll, expect, test } from 'vitest';
import { badgesOn } from '../../scripts/lib/badges';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/launch';
import { readPanel } from '../../scripts/lib/panel';
import { FIXTURE_PAGES } from '../fixtures/pages.ts';

// A physical therapy clinic keys a Medicare claim on Novitasphere: the evaluation and the exercise lines
// have no discipline modifier, and ClaimLens flags them beside the lines before the claim is sent. The
// biller types GO on the evaluation by mistake (still flagged: a PT evaluation takes GP), then GP on both
// lines, and the badges and the side panel findings clear. mod-therapy needs no imported CMS file.
let server: FixtureServer;
let session: ExtensionSession;
const page = FIXTURE_PAGES.find((p) => p.id === 'novitas-claim-entry')!;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(server);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test('mod-therapy badges show on the lines without GP and clear as the biller types GP', async () => {
  const portal = await session.openPortal(page.url);
  // The badges are in a closed shadow root: read through the accessibility tree, as a screen reader does.
  const shown = async () => (await badgesOn(portal)).map((b) => `${b.line}:${b.severity}`);
  const firstLabel = async () => (await badgesOn(portal))[0]?.label ?? null;
  await expect.poll(shown, { timeout: 15_000 }).toEqual(['1:error', '2:error']);
  await expect(firstLabel()).resolves.toMatch(
    /^ClaimLens, line 1: Error\. 97161 on line 1 is an always-therapy code without a discipline modifier/,
  );

  const panel = await session.openSidePanelFor(portal);
  const therapy = async () => (await readPanel(panel)).findings.filter((f) => f.rule === 'mod-therapy');
  await expect.poll(therapy, { timeout: 15_000 }).toEqual([
    { rule: 'mod-therapy', severity: 'error', lines: [1] },
    { rule: 'mod-therapy', severity: 'error', lines: [2] },
  ]);

  // GO on a PT evaluation: still an error, now saying which discipline the evaluation takes.
  await portal.bringToFront();
  await portal.locator('#mod1').fill('GO');
  await expect.poll(firstLabel, { timeout: 10_000 }).toMatch(/physical therapy evaluation billed with GO/);

  await portal.locator('#mod1').fill('GP');
  await expect.poll(shown, { timeout: 10_000 }).toEqual(['2:error']);
  await portal.locator('#mod2').fill('GP');
  await expect.poll(shown, { timeout: 10_000 }).toEqual([]);
  // The portal's own inputs hold exactly what the biller typed.
  await expect(portal.locator('#mod2').inputValue()).resolves.toBe('GP');
  await expect.poll(therapy, { timeout: 15_000 }).toEqual([]);
});

test('no extension context requested any host but the fixture server', () => {
  expect(session.foreignRequests()).toEqual([]);
});
