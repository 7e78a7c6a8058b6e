import { describe, expect, test } from 'vitest';
import { TAUGHT_RECIPE } from '../../tests/fixtures/teach/recipe';
import { readPolicy } from './read';

const limit = { name: 'Acme', payer: { nameContains: ['acme'] }, days: 45 };

describe('reading an office policy field by field', () => {
  test('valid fields apply and locked names the fields the biller may not change', () => {
    const p = readPolicy({ filingLimits: [limit], filingWarningDays: 10, locked: ['filingLimits'] });
    expect(p.problems).toEqual([]);
    expect(p.values.filingLimits?.[0]).toMatchObject({
      payer: { nameContains: ['acme'], unlessNameContains: [] },
      days: 45,
      outOfNetworkDays: null,
    });
    expect(p.values.filingWarningDays).toBe(10);
    expect([...p.locked]).toEqual(['filingLimits']);
  });

  test('a malformed field is reported by its path and ignored; the others still apply', () => {
    const p = readPolicy({
      filingLimits: [limit, { payer: { nameContains: ['x'] }, days: 99999 }],
      retention: { noteDays: 30 },
      locked: ['filingLimits', 'retention'],
    });
    expect(p.values.filingLimits).toBeUndefined();
    expect(p.values.retention).toEqual({ noteDays: 30 });
    expect(p.problems[0]).toMatch(/^filingLimits\[1\]\.days: .*this field was ignored$/);
    // Locking a field whose value was ignored would hide the biller's own value behind nothing.
    expect([...p.locked]).toEqual(['retention']);
    expect(p.problems).toContain(
      "locked: filingLimits has no valid value in the policy, so the biller's own value stays",
    );
  });

  test('unknown fields, unknown lock names and a non-object policy are reported, not applied', () => {
    const p = readPolicy({ filingLimitz: [], locked: ['everything', 3] });
    expect(p.values).toEqual({});
    expect(p.problems).toEqual([
      'filingLimitz: not a ClaimLens policy field — ignored',
      'locked: "everything" is not a ClaimLens policy field — ignored',
      'locked: 3 is not a ClaimLens policy field — ignored',
    ]);
    expect(readPolicy('yes').problems).toHaveLength(1);
    expect(readPolicy({}).problems).toEqual([]);
  });

  test('an unknown rule id or a payer pack with a bad code is named', () => {
    const p = readPolicy({
      rules: { 'rule-from-2030': { enabled: false } },
      payerPacks: [
        {
          schema: 1,
          name: 'P',
          version: '1',
          payer: { nameContains: ['p'] },
          priorAuthorization: [{ codes: ['ab'] }],
        },
      ],
    });
    expect(p.values.rules).toBeUndefined();
    expect(p.values.payerPacks).toBeUndefined();
    expect(p.problems.some((x) => x.startsWith('rules'))).toBe(true);
    expect(p.problems.some((x) => x.startsWith('payerPacks[0].priorAuthorization[0].codes[0]'))).toBe(true);
  });

  test('taught pages come as objects (or their JSON text, as Chrome sends them), each held to the recipe shape', () => {
    const p = readPolicy({ recipes: [TAUGHT_RECIPE, JSON.stringify(TAUGHT_RECIPE)] });
    expect(p.values.recipes).toEqual([TAUGHT_RECIPE, TAUGHT_RECIPE]);
    expect(p.problems).toEqual([]);
    expect(readPolicy({ recipes: ['[1,2]'] }).problems[0]).toMatch(/recipes\[0\]: a recipe is a JSON object/);
    expect(readPolicy({ recipes: ['{nope'] }).problems[0]).toMatch(/recipes\[0\]: .*JSON of an object/);
    const big = { blob: 'x'.repeat(70_000) };
    expect(readPolicy({ recipes: [big] }).problems[0]).toMatch(/at most 64000 characters/);
    expect(readPolicy({ recipes: Array.from({ length: 201 }, () => ({})) }).values.recipes).toBeUndefined();
    // Code is never data: a selector where a label belongs is refused, naming where.
    const hostile = { ...TAUGHT_RECIPE, fields: { claimNumber: { by: 'css', selector: '#c' } } };
    const refused = readPolicy({ recipes: [TAUGHT_RECIPE, hostile] });
    expect(refused.values.recipes).toBeUndefined();
    expect(refused.problems[0]).toMatch(/^recipes\[1\]\.fields\.claimNumber.*: not a taught page: .*ignored/);
  });

  test('a policy with many problems reports a bounded number per field', () => {
    const bad = Array.from({ length: 40 }, () => ({ payer: { nameContains: [] }, days: -1 }));
    const p = readPolicy({ filingLimits: bad });
    expect(p.problems.length).toBeLessThanOrEqual(6);
    expect(p.problems.at(-1)).toMatch(/more problems/);
  });
});
