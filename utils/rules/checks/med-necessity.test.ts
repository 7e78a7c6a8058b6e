import { describe, expect, it } from 'vitest';
import type { Finding } from '../../model/finding';
import { NO_MCD } from '../../ruledata/store-reasons';
import type { Jurisdiction } from '../jurisdiction';
import type { RuleSettingsInput } from '../settings';
import { brief, type ClaimSpec, claim, snapshot } from '../testing/builder';
import { createMemoryStore } from '../testing/memory-store';
import { runSnapshot, tables } from '../testing/run';

/**
 * med-necessity against the synthetic coverage articles of tests/fixtures/mcd/spec.ts:
 * A59001 TTE (CGS J15: KY 15102, OH 15202) · A59002 echo (Noridian JF: WA 02202, OR 02302) ·
 * A59003 vitamin D, retired 2024-12-31 · A59004 vitamin D from 2025-01-01 (CGS) · A59005 skin lesions
 * (CGS) · A59006 glucose monitors (CGS DME MAC 17013) · A59007 nerve conduction (Novitas 12502, code and
 * diagnosis ranges) · A59008 wound care (CGS, no diagnosis list). Payer Medicare, DOS 2026-01-15.
 */
const DOS = '2026-01-15';
const OHIO: Partial<Jurisdiction> = { states: ['OH'] };

async function run(
  spec: Partial<ClaimSpec> & { lines: ClaimSpec['lines'] },
  j: Partial<Jurisdiction> | null = OHIO,
  settings: RuleSettingsInput = {},
) {
  const found = await runSnapshot(snapshot([claim({ dos: DOS, ...spec })]), {
    settings: { ...settings, ...(j ? { jurisdiction: j } : {}) },
    today: '2026-01-20',
  });
  return found.filter((f) => f.rule === 'med-necessity');
}
const briefOf = async (...args: Parameters<typeof run>) => brief(await run(...args));
const only = (found: Finding[]) => {
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('med-necessity: covered, not covered, non-covered list', () => {
  it.each([
    ['a diagnosis on the covered list', ['I50.9'], []],
    ['a diagnosis on no list', ['E11.9'], ['med-necessity warning [1]']],
    ['a diagnosis on the non-covered list', ['Z00.00'], ['med-necessity error [1]']],
    [
      'a covered diagnosis of the second covered group (paired in prose only: any group counts)',
      ['Z95.2'],
      [],
    ],
    ['a code inside a range row of the covered list (I20.0 – I25.9)', ['I21.9'], []],
    ['a code under the end of a range (I25.10 under I25.1…I25.9)', ['I25.10'], []],
    ['a code just past the range', ['I26.99'], ['med-necessity warning [1]']],
  ])('93306 pointing at %s', async (_what, dx, expected) => {
    expect(await briefOf({ lines: ['93306'], dx: dx.map((d) => d.replace('.', '')) })).toEqual(expected);
  });

  it('says which diagnoses, which article (title, contractor, version) and which code, and the next step', async () => {
    const f = only(
      await run({ lines: ['99213', ['93306', { diagnosisPointers: ['A', 'B'] }]], dx: ['E119', 'R7303'] }),
    );
    expect(f.lines).toEqual([2]);
    expect(f.message).toBe(
      'Diagnoses on line 2 (E11.9, R73.03) are not among those article A59001 (Billing and Coding: Transthoracic Echocardiography (TTE), CGS Administrators, LLC, version 7) lists as supporting 93306.',
    );
    expect(f.source).toBe(
      'MCD article A59001 v7: Billing and Coding: Transthoracic Echocardiography (TTE) — CGS Administrators, LLC (15202), effective 2025-10-01 (MCD coverage articles 2026-11-20)',
    );
    expect(f.action).toMatch(/Check the documentation and the article/);
    expect(f.action).toMatch(/ABN before the service .* GA/);
  });

  it('a pointed diagnosis on the non-covered list is an error even beside a covered one', async () => {
    const f = only(
      await run({ lines: [['93306', { diagnosisPointers: ['A', 'B'] }]], dx: ['I509', 'Z0000'] }),
    );
    expect(f.severity).toBe('error');
    expect(f.message).toBe(
      'Diagnosis Z00.00 on line 1 is on the list of diagnoses that article A59001 (Billing and Coding: Transthoracic Echocardiography (TTE), CGS Administrators, LLC, version 7) says do not support 93306.',
    );
    expect(f.action).toMatch(/CO-50/);
  });

  it('one covered diagnosis among those pointed is enough', async () => {
    expect(
      await briefOf({ lines: [['93306', { diagnosisPointers: ['A', 'B'] }]], dx: ['E119', 'I509'] }),
    ).toEqual([]);
  });

  it('a line without pointers (remittance pages) is judged on all the claim’s diagnoses', async () => {
    expect(await briefOf({ lines: [['93306', { diagnosisPointers: [] }]], dx: ['E119', 'I509'] })).toEqual(
      [],
    );
    expect(await briefOf({ lines: [['93306', { diagnosisPointers: [] }]], dx: ['E119'] })).toEqual([
      'med-necessity warning [1]',
    ]);
  });

  it('code and diagnosis ranges: 95910 inside 95907–95913, G56.01 inside G56.00–G56.03 (Novitas, PA)', async () => {
    const pa = { states: ['PA'] };
    expect(await briefOf({ lines: ['95910'], dx: ['G5601'] }, pa)).toEqual([]);
    expect(await briefOf({ lines: ['95910'], dx: ['M5450'] }, pa)).toEqual(['med-necessity warning [1]']);
  });
});

describe('med-necessity: whose articles apply', () => {
  it('a code in two articles of different contractors: only the practice’s contractor counts', async () => {
    // E11.9 supports 93306 in Noridian's A59002, not in CGS's A59001.
    expect(await briefOf({ lines: ['93306'], dx: ['E119'] }, { states: ['WA'] })).toEqual([]);
    const ohio = only(await run({ lines: ['93306'], dx: ['E119'] }, OHIO));
    expect(ohio.message).toContain('A59001');
    expect(ohio.message).not.toContain('A59002');
  });

  it('a practice in both jurisdictions hears about the article that does not list the diagnosis', async () => {
    const both = only(await run({ lines: ['93306'], dx: ['E119'] }, { states: ['OH', 'WA'] }));
    expect(both.message).toContain('A59001');
  });

  it('an article outside the practice’s jurisdiction says nothing', async () => {
    expect(await briefOf({ lines: ['93306'], dx: ['E119'] }, { states: ['PA'] })).toEqual([]);
  });

  it('a contractor number picks that contractor’s articles', async () => {
    expect(await briefOf({ lines: ['93306'], dx: ['E119'] }, { contractors: ['02302'] })).toEqual([]);
    expect(await briefOf({ lines: ['93306'], dx: ['E119'] }, { contractors: ['15102'] })).toEqual([
      'med-necessity warning [1]',
    ]);
  });

  it('preset from the MAC portal in use: every jurisdiction of that company', async () => {
    const f = only(await run({ lines: ['93306'], dx: ['I480'] }, { presetFrom: 'noridian' }));
    expect(f.message).toContain(
      'A59002 (Billing and Coding: Echocardiography, Noridian Healthcare Solutions, LLC, version 3)',
    );
  });

  it('DME MAC articles do not apply to practitioner claims', async () => {
    expect(await briefOf({ lines: ['E2103'], dx: ['I10'] })).toEqual([]);
  });

  it('an article without diagnosis lists never fires', async () => {
    expect(await briefOf({ lines: ['97597'], dx: ['I10'] })).toEqual([]);
    expect(await briefOf({ lines: ['97597'], dx: ['I10'] }, null)).toEqual([]);
  });
});

describe('med-necessity: dates and versions', () => {
  it('a retired article applies to dates of service before its end, its successor after', async () => {
    // E83.52 is listed only by A59004 (from 2025-01-01); Z13.21 is non-covered in both.
    expect(await briefOf({ lines: ['82306'], dx: ['E8352'], dos: '2025-03-01' })).toEqual([]);
    const before = only(await run({ lines: ['82306'], dx: ['E8352'], dos: '2024-06-14' }));
    expect(before.message).toContain('A59003');
    expect(before.source).toBe(
      'MCD article A59003 v2: Billing and Coding: Vitamin D Assay Testing — CGS Administrators, LLC (15202), effective 2019-10-01, retired 2024-12-31 (MCD coverage articles 2026-11-20)',
    );
    expect(await briefOf({ lines: ['82306'], dx: ['E559'], dos: '2024-06-14' })).toEqual([]);
  });

  it('only a version newer than the date of service: used, said so, never an error', async () => {
    const f = only(await run({ lines: ['93306'], dx: ['Z0000'], dos: '2025-09-01' }));
    expect(f.severity).toBe('warning');
    expect(f.source).toMatch(/newer than the date of service \(2025-09-01\)$/);
  });
});

describe('med-necessity: long titles', () => {
  it('a very long article title is shortened so the finding stays within its limits', async () => {
    const t = tables();
    const mcd = structuredClone(t.mcd!);
    mcd.rows.articles[0]!.title = `Billing and Coding: ${'Very long title, '.repeat(40)}end`;
    const found = await runSnapshot(snapshot([claim({ lines: ['93306'], dx: ['E119'], dos: DOS })]), {
      store: createMemoryStore({ ...t, mcd }),
      settings: { jurisdiction: OHIO },
    });
    const f = only(found.filter((x) => x.rule === 'med-necessity'));
    expect(f.source.length).toBeLessThanOrEqual(300);
    expect(f.source).toMatch(/^MCD article A59001 v7: Billing and Coding: Very long title.*… — CGS/);
    expect(f.message.length).toBeLessThanOrEqual(1000);
  });
});

describe('med-necessity: could not check', () => {
  it('no coverage articles imported', async () => {
    const { mcd: _none, ...rest } = tables();
    const found = await runSnapshot(snapshot([claim({ lines: ['93306'], dx: ['E119'], dos: DOS })]), {
      store: createMemoryStore(rest),
      settings: { jurisdiction: OHIO },
    });
    const f = only(found.filter((x) => x.rule === 'med-necessity'));
    expect(f.severity).toBe('could-not-check');
    expect(f.reason).toBe(NO_MCD);
  });

  it('jurisdiction not set: says how to set it, only for lines an article lists', async () => {
    const f = only(await run({ lines: ['99213', '93306'], dx: ['E119'] }, null));
    expect(f.severity).toBe('could-not-check');
    expect(f.message).toMatch(/on line 2: ClaimLens does not know the practice's Medicare contractor/);
    expect(f.action).toMatch(/on the options page, under Medicare jurisdiction/);
    expect(await briefOf({ lines: ['99213'], dx: ['E119'] }, null)).toEqual([]);
  });

  it('diagnoses not read from the page', async () => {
    const f = only(await run({ lines: ['93306'], dx: [] }));
    expect(f.severity).toBe('could-not-check');
    expect(f.message).toMatch(/line 1: the diagnoses were not read/);
  });
});

describe('med-necessity: payers, ABN modifiers and switches', () => {
  it('other payers: coverage articles are Medicare’s', async () => {
    expect(await briefOf({ lines: ['93306'], dx: ['E119'], payer: 'Aetna' })).toEqual([]);
  });

  it('Medicare Advantage: checked, with the plan’s organization determination instead of an ABN', async () => {
    const f = only(await run({ lines: ['93306'], dx: ['E119'], payer: 'Humana Medicare Advantage' }));
    expect(f.action).toMatch(/organization determination/);
  });

  it('payer not on the page: checked, and the message says it applies to Medicare', async () => {
    const f = only(await run({ lines: ['93306'], dx: ['E119'], payer: null }));
    expect(f.message).toMatch(/this applies if the claim goes to Medicare/);
  });

  it('GA (ABN on file) or GZ (none) on the line: information only', async () => {
    expect(await briefOf({ lines: ['93306-GA'], dx: ['Z0000'] })).toEqual(['med-necessity info [1]']);
    expect(await briefOf({ lines: ['93306-GZ'], dx: ['E119'] })).toEqual(['med-necessity info [1]']);
  });

  it('can be lowered or switched off like any check', async () => {
    expect(
      await briefOf({ lines: ['93306'], dx: ['Z0000'] }, OHIO, {
        rules: { 'med-necessity': { severity: 'warning' } },
      }),
    ).toEqual(['med-necessity warning [1]']);
    expect(
      await briefOf({ lines: ['93306'], dx: ['Z0000'] }, OHIO, {
        rules: { 'med-necessity': { enabled: false } },
      }),
    ).toEqual([]);
  });

  it('outpatient hospital claims are checked too', async () => {
    expect(await briefOf({ lines: ['93306'], dx: ['Z0000'], claimType: 'institutional' })).toEqual([
      'med-necessity error [1]',
    ]);
  });
});
