import { describe, expect, it } from 'vitest';
import { readPackFile } from '../../components/options/payer-pack-file';
import { settingsForBackup, settingsFromBackup } from '../settings-backup';
import { RECIPES_KEY } from './keys';
import type { Recipe } from './recipe';

const recipe: Recipe = {
  version: 1,
  host: 'portal.summit-health.example',
  path: '/claims/*',
  kind: 'claim-detail',
  taughtOn: '2026-11-30',
  fields: { claimNumber: { by: 'label', label: 'Tracking ID' } },
  rows: { by: 'table', headers: ['Svc'] },
  lineFields: { code: { by: 'column', header: 'Svc' } },
};

describe('taught pages travel with payer packs and backups', () => {
  it('a payer pack carries recipes, validated like a recipe file', () => {
    const pack = {
      schema: 1,
      name: 'Summit',
      version: '2026-11',
      payer: { nameContains: ['summit'] },
      recipes: [recipe],
    };
    const read = readPackFile(JSON.stringify(pack), []);
    expect(read.ok && read.packs[0]?.recipes).toEqual([recipe]);
    expect(read.ok && read.text).toContain('1 taught page');
    const hostile = readPackFile(JSON.stringify({ ...pack, recipes: [{ ...recipe, script: 'x' }] }), []);
    expect(hostile.ok).toBe(false);
  });

  it('a backup holds the taught pages and restores only valid ones', () => {
    expect(settingsForBackup({ [RECIPES_KEY]: [recipe], other: 1 })).toEqual({ [RECIPES_KEY]: [recipe] });
    expect(settingsFromBackup({ [RECIPES_KEY]: [recipe] }).valid[RECIPES_KEY]).toEqual([recipe]);
    expect(settingsFromBackup({ [RECIPES_KEY]: [{ ...recipe, host: 'x' }] }).refused).toEqual([RECIPES_KEY]);
  });
});
