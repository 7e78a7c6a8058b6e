import { describe, expect, it } from 'vitest';
import type { ServiceLine } from '../../model/snapshot';
import { adj, claim, snapshot } from '../testing/builder';
import { runSnapshot } from '../testing/run';

/**
 * CO-50 / N115 denials explained with the coverage article that applies (synthetic articles of
 * tests/fixtures/mcd: A59001 TTE, CGS Ohio). A denied 93306 on a Medicare claim detail page.
 */
const denied = (dx: string[], extra: Partial<ServiceLine> = {}, jurisdiction: object = { states: ['OH'] }) =>
  runSnapshot(
    snapshot(
      [
        claim({
          dos: '2026-01-15',
          dx,
          lines: [['93306', { adjustments: [adj('CO-50', 310)], remarks: ['N115'], ...extra }]],
        }),
      ],
      { kind: 'claim-detail' },
    ),
    { settings: { jurisdiction }, today: '2026-02-20' },
  ).then((found) => found.filter((f) => f.rule === 'denial' && f.lines[0] === 1));

describe('CO-50 / N115 tied to the coverage article', () => {
  it('a diagnosis not on the article’s list: names the article and says so; the step is the CO-50 guidance', async () => {
    const [co50, n115] = await denied(['E119']);
    expect(co50?.message).toContain(
      'Article A59001 (Billing and Coding: Transthoracic Echocardiography (TTE), CGS Administrators, LLC, version 7) applies to 93306; the diagnoses on line 1 (E11.9) are not on its covered list',
    );
    expect(co50?.action).toMatch(/ABN/);
    expect(n115?.message).toContain('Article A59001');
  });

  it('a diagnosis on the article’s list: says so, and to cite the article with the records', async () => {
    const [co50] = await denied(['I509']);
    expect(co50?.message).toContain('diagnosis I50.9 on line 1 is on its covered list: cite article A59001');
    expect(co50?.action).toMatch(/redetermination|appeal/i);
  });

  it('two pointed diagnoses on the covered list are named together', async () => {
    const [co50] = await denied(['I509', 'Z952'], { diagnosisPointers: ['A', 'B'] });
    expect(co50?.message).toContain(
      'diagnoses I50.9, Z95.2 on line 1 are on its covered list: cite article A59001',
    );
  });

  it('a diagnosis on the non-covered list', async () => {
    const [co50] = await denied(['Z0000']);
    expect(co50?.message).toContain(
      'diagnosis Z00.00 on line 1 is on its list of diagnoses that do not support it',
    );
  });

  it('CO-167 (diagnosis not covered) is tied to the article too', async () => {
    const found = await runSnapshot(
      snapshot(
        [claim({ dos: '2026-01-15', dx: ['E119'], lines: [['93306', { adjustments: [adj('CO-167')] }]] })],
        { kind: 'remittance' },
      ),
      { settings: { jurisdiction: { states: ['OH'] } }, today: '2026-02-20' },
    );
    const co167 = found.find((f) => f.rule === 'denial' && f.message.includes('CO-167'));
    expect(co167?.message).toContain('Article A59001');
  });

  it('no article of the practice’s jurisdiction, or no jurisdiction: the general guidance alone', async () => {
    const [pa] = await denied(['E119'], {}, { states: ['PA'] });
    expect(pa?.message).not.toContain('Article');
    const [unset] = await denied(['E119'], {}, {});
    expect(unset?.message).not.toContain('Article');
    expect(unset?.action).toMatch(/ABN/);
  });
});
