import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNREAD_FIELDS, type UnreadField } from '../../model/snapshot';
import { brief, type ClaimSpec, claim, eligibility, snapshot } from '../testing/builder';
import { checkClaimSpec, runSnapshot } from '../testing/run';

/**
 * Honesty: a part of the claim the page did not show (Claim.unread) is never reported as missing
 * from the claim. Each check that needs it says "could not check" with the reason instead.
 * DOS 2024-06-14, Medicare, POS 11, against the CMS table slices, unless a case says otherwise.
 */
const unreadAll = (spec: ClaimSpec, fields: UnreadField[] = [...UNREAD_FIELDS]): ClaimSpec => ({
  ...spec,
  unread: fields,
});

describe('a check that needs a part the page did not show says "could not check"', () => {
  it('pointers into diagnoses that were not read: could not check, never "not on the claim"', async () => {
    const spec: ClaimSpec = {
      lines: [
        ['99213', { diagnosisPointers: ['A'] }],
        ['17110', { diagnosisPointers: ['A', 'C'] }],
      ],
      dx: [],
      unread: ['diagnoses'],
    };
    const found = await runSnapshot(snapshot([claim(spec)]));
    // Medical necessity needs the diagnoses too: it says "could not check" as well, never an error.
    expect(brief(found).sort()).toEqual([
      'dx-pointer could-not-check [1,2]',
      'med-necessity could-not-check []',
    ]);
    expect(found.find((f) => f.rule === 'dx-pointer')?.message).toBe(
      'Could not check the diagnosis pointers: could not read the diagnoses on this page.',
    );
  });

  it('a pointer to a letter missing among diagnoses that were read stays an error', async () => {
    expect(
      await checkClaimSpec({ lines: [['99213', { diagnosisPointers: ['A', 'C'] }]], dx: ['I10', 'E119'] }),
    ).toEqual(['dx-pointer error [1]']);
    // Read as blank (the boxes are on the page, empty): the biller must fill them, so it is an error.
    expect(await checkClaimSpec({ lines: [['99213', { diagnosisPointers: ['A'] }]], dx: [] })).toEqual([
      'dx-pointer error [1]',
    ]);
  });

  it('no pointer on a claim being keyed is only said when the form shows pointers', async () => {
    const line: ClaimSpec['lines'] = [['99213', { diagnosisPointers: [] }]];
    expect(await checkClaimSpec({ lines: line })).toEqual(['dx-pointer warning [1]']);
    expect(await checkClaimSpec({ lines: line, unread: ['diagnosisPointers'] })).toEqual([]);
  });

  it('NCCI pair with indicator 1 and no modifiers shown: could not check; indicator 0 stays an error', async () => {
    // 20610|20611 (indicator 1): a modifier might allow it, but the page shows none.
    expect(await checkClaimSpec(unreadAll({ lines: ['20611', '20610'] }, ['modifiers']))).toEqual([
      'ptp could-not-check [1,2]',
    ]);
    expect(await checkClaimSpec({ lines: ['20611', '20610'] })).toEqual(['ptp error [1,2]']);
  });

  it.each<[string, ClaimSpec, string[]]>([
    [
      'E/M with a minor procedure: the NCCI pair',
      { lines: ['99213', '11042'] },
      ['ptp could-not-check [1,2]'],
    ],
    ['single-dose drug (JW/JZ)', { lines: ['J9035 x10'] }, ['jwjz could-not-check [1]']],
    ['the same code twice (duplicate)', { lines: ['71046', '71046'] }, ['duplicate could-not-check [1,2]']],
    ['hospital POS without 26 (pctc)', { lines: [['71046', { pos: '22' }]] }, ['pctc could-not-check [1]']],
    [
      'therapy over the KX threshold (kx)',
      { lines: [['97110 x4', { charge: 2500 }]] },
      ['kx could-not-check [1]', 'mod-therapy could-not-check [1]'],
    ],
    [
      'telehealth POS without 95 for a commercial payer',
      { lines: [['99213', { pos: '10' }]], payer: 'Aetna' },
      [],
    ],
  ])('%s', async (_name, spec, expected) => {
    expect(await checkClaimSpec(unreadAll(spec, ['modifiers']))).toEqual(expected);
  });

  it('E/M with a minor procedure and the pair check off: mod-25 could not check', async () => {
    const spec = unreadAll({ lines: ['10060', '99213'] }, ['modifiers']);
    const off = { rules: { ptp: { enabled: false } } };
    expect(await checkClaimSpec(spec, { settings: off })).toEqual(['mod-25 could-not-check [1,2]']);
  });

  it('payer packs: a required modifier or an authorization number the page does not show', async () => {
    const settings = {
      payerPacks: [
        {
          schema: 1 as const,
          name: 'Acme Health therapy',
          version: '2026-03',
          payer: { namePattern: 'acme' },
          requiredModifiers: [{ codes: ['97010-97799'], anyOf: ['GP', 'GO', 'GN'] }],
          priorAuthorization: [{ codes: ['97161'], severity: 'warning' as const }],
        },
      ],
    };
    const spec: ClaimSpec = { lines: ['97161', '97110'], payer: 'Acme Health' };
    expect(await checkClaimSpec(spec, { settings })).toEqual([
      'payer-rule error [1]',
      'payer-rule error [2]',
      'payer-rule warning [1]',
    ]);
    expect(await checkClaimSpec(unreadAll(spec), { settings })).toEqual([
      'payer-rule could-not-check [1]',
      'payer-rule could-not-check [1]',
      'payer-rule could-not-check [2]',
    ]);
  });

  it('the plan requires authorization and the page shows no authorization number field', async () => {
    const e = eligibility({ priorAuthRequired: true });
    const read = snapshot([claim({ lines: ['99213'] })], { eligibility: e });
    expect(brief(await runSnapshot(read))).toEqual(['payer-rule warning []']);
    const notShown = snapshot([claim({ lines: ['99213'], unread: ['priorAuthorization'] })], {
      eligibility: e,
    });
    const found = await runSnapshot(notShown);
    expect(brief(found)).toEqual(['payer-rule could-not-check []']);
    expect(found[0]?.message).toContain('could not read the authorization number on this page');
  });
});

/**
 * The sweep, as a property over every check: whatever a finding says about a claim whose modifiers,
 * diagnoses, pointers and authorization were not read must still hold once they are known, whatever
 * they turn out to be. A finding that only holds because an unread part was taken as empty is a
 * false finding.
 */
const CODES = [
  '99213',
  '99214',
  '20610',
  '20611',
  '11042',
  '17110',
  '71046',
  'J9035',
  '97110',
  '97161',
  '27447',
];
const MODS = ['25', '59', 'XS', 'RT', 'LT', '76', '91', 'JW', 'JZ', 'KX', '57', '24', '26', 'TC', '95', 'GP'];
const DX = ['I10', 'E119', 'M1711', 'Z0000', 'O80', 'N400'];

describe('sweep: no check turns an unread part into a finding', () => {
  it('findings on an unread claim hold for every way the unread parts could be filled in', async () => {
    const lineArb = fc.record({
      code: fc.constantFrom(...CODES),
      units: fc.integer({ min: 1, max: 12 }),
      pos: fc.constantFrom('11', '22', '10'),
      day: fc.constantFrom('2024-06-14', '2024-06-20'),
      charge: fc.constantFrom(100, 2600),
      mods: fc.subarray(MODS, { maxLength: 2 }),
      ptr: fc.subarray(['A', 'B', 'C'], { minLength: 1, maxLength: 2 }),
    });
    const pack = {
      schema: 1 as const,
      name: 'Acme',
      version: '1',
      payer: { namePattern: 'acme' },
      requiredModifiers: [{ codes: ['97010-97799'], anyOf: ['GP'] }],
      priorAuthorization: [{ codes: ['27447', '97161'], severity: 'error' as const }],
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(lineArb, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('Medicare', 'Acme Health', 'Aetna'),
        fc.subarray(DX, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('claim-entry', 'claim-detail', 'remittance') as fc.Arbitrary<'claim-entry'>,
        fc.boolean(),
        fc.subarray([...UNREAD_FIELDS], { minLength: 1 }),
        async (lines, payer, dx, kind, authRequired, notShown) => {
          // As read: the parts not shown are empty. Known: what they really were; the rest is the same.
          const gone = (f: UnreadField) => notShown.includes(f);
          const asRead = claim({
            lines: lines.map((l) => [
              l.code,
              {
                units: l.units,
                pos: l.pos,
                dosFrom: l.day,
                charge: l.charge,
                modifiers: gone('modifiers') ? [] : l.mods,
                diagnosisPointers: gone('diagnosisPointers') ? [] : l.ptr,
              },
            ]),
            payer,
            dx: gone('diagnoses') ? [] : dx,
            priorAuthorization: null,
            unread: notShown,
          });
          const known = claim({
            lines: lines.map((l) => [
              l.code,
              {
                units: l.units,
                pos: l.pos,
                dosFrom: l.day,
                charge: l.charge,
                modifiers: l.mods,
                diagnosisPointers: l.ptr,
              },
            ]),
            payer,
            dx,
            priorAuthorization: gone('priorAuthorization') ? 'PA-1' : null,
          });
          const more = { kind, eligibility: eligibility({ priorAuthRequired: authRequired }) };
          const opts = { settings: { payerPacks: [pack] } };
          const firm = (await runSnapshot(snapshot([asRead], more), opts)).filter(
            (f) => f.severity !== 'could-not-check',
          );
          const truth = new Set(brief(await runSnapshot(snapshot([known], more), opts)));
          for (const f of brief(firm))
            expect(truth, `${f} holds only because unread parts read as empty`).toContain(f);
        },
      ),
      { seed: 20261201, numRuns: 300 },
    );
  }, 60_000);
});
