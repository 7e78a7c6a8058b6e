import { describe, expect, test } from 'vitest';
import { TAUGHT_RECIPE } from '../../tests/fixtures/teach/recipe';
import { readPolicy } from '../policy/read';
import { appliedRecipes, lockedOfficeRecipe, officeRecipes } from './office';
import type { Recipe } from './recipe';

const office: Recipe = { ...TAUGHT_RECIPE, taughtOn: '2026-10-01' };
const mine: Recipe = { ...TAUGHT_RECIPE, taughtOn: '2026-11-15' };
const elsewhere: Recipe = { ...TAUGHT_RECIPE, host: 'portal.example.org', path: '/claims/*' };
const packed: Recipe = { ...TAUGHT_RECIPE, path: '/app/eligibility/*', kind: 'eligibility' };
const pack = {
  schema: 1,
  name: 'Office pack',
  version: '2026-11',
  payer: { nameContains: ['summit'] },
  recipes: [packed],
};
const none = new Set<never>();

describe('the taught pages pages are read with: the biller’s and the office’s, page by page', () => {
  test('without a policy they are the biller’s own', () => {
    expect(appliedRecipes([mine, elsewhere], readPolicy(undefined), none)).toEqual([mine, elsewhere]);
  });

  test('the office’s pages are added to the biller’s, and a page the biller taught is read their way', () => {
    const policy = readPolicy({ recipes: [office] });
    const applied = appliedRecipes([mine, elsewhere], policy, none);
    expect(applied).toHaveLength(2);
    expect(applied).toContainEqual(mine);
    expect(applied).toContainEqual(elsewhere);
    expect(appliedRecipes([elsewhere], policy, none)).toEqual([office, elsewhere]);
    expect(lockedOfficeRecipe(mine, policy, none)).toBeNull();
  });

  test('locked: the office’s reading of a page wins, the biller’s other pages stay', () => {
    const policy = readPolicy({ recipes: [office], locked: ['recipes'] });
    const applied = appliedRecipes([mine, elsewhere], policy, none);
    expect(applied).toContainEqual(office);
    expect(applied).not.toContainEqual(mine);
    expect(applied).toContainEqual(elsewhere);
    expect(lockedOfficeRecipe(mine, policy, none)).toEqual(office);
    expect(lockedOfficeRecipe(elsewhere, policy, none)).toBeNull();
  });

  test('a payer pack the policy ships brings its taught pages, unless the biller replaced the packs', () => {
    const policy = readPolicy({ payerPacks: [pack] });
    expect(policy.problems).toEqual([]);
    expect(officeRecipes(policy, none)).toEqual([packed]);
    expect(appliedRecipes([elsewhere], policy, none)).toEqual([packed, elsewhere]);
    expect(officeRecipes(policy, new Set(['payerPacks']))).toEqual([]);
    // The policy's own recipe for the same page wins over the pack's.
    const both = readPolicy({ payerPacks: [pack], recipes: [{ ...packed, taughtOn: '2026-11-20' }] });
    expect(officeRecipes(both, none)).toEqual([{ ...packed, taughtOn: '2026-11-20' }]);
  });

  test('a malformed office recipe applies nothing and changes nothing of the biller’s', () => {
    const policy = readPolicy({ recipes: [{ ...office, rows: { by: 'xpath', path: '//tr' } }] });
    expect(policy.problems.length).toBeGreaterThan(0);
    expect(appliedRecipes([mine], policy, none)).toEqual([mine]);
  });
});
