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
  it('a diagnosis not on the article’s list: names the article, says so, corrected claim or the denial stands', async () => {
    const [co50, n115] = await denied(['E119']);
    expect(co50?.message).toContain(
      'Article A59001 (Billing and Coding: Transthoracic Echocardiography (TTE), CGS Administrators, LLC, version 7) applies to 93306; the diagnoses on line 1 (E11.9) are not on its covered list.',
    );
    expect(co50?.action).toMatch(/corrected claim .* otherwise the denial stands/);
    expect(n115?.message).toContain('Article A59001');
  });

  it('a diagnosis on the article’s list: appeal with the records, citing the article', async () => {
    const [co50] = await denied(['I509']);
    expect(co50?.message).toContain('diagnosis I50.9 on line 1 is on its covered list');
    expect(co50?.action).toMatch(/appeal \(redetermination, within 120 days\) .* citing article A59001/);
  });

  it('a diagnosis on the non-covered list', async () => {
    const [co50] = await denied(['Z0000']);
    expect(co50?.message).toContain(
      'diagnosis Z00.00 on line 1 is on its list of diagnoses that do not support it',
    );
  });

  it('GA on the denied line: bill the patient with the ABN on file', async () => {
    const [co50] = await denied(['E119'], { modifiers: ['GA'] });
    expect(co50?.action).toMatch(/GA is on the line: with the signed ABN on file, bill the patient/);
  });

  it('no article of the practice’s jurisdiction: the general CO-50 guidance', async () => {
    const [co50] = await denied(['E119'], {}, { states: ['PA'] });
    expect(co50?.message).not.toContain('Article');
    expect(co50?.action).toMatch(/appeal|ABN/i);
  });
});
