import { describe, expect, test } from 'vitest';
import { TAUGHT_RECIPE } from '../../tests/fixtures/teach/recipe';
import { type ChromeSchema, managedStorageSchema } from './chrome-schema';
import { POLICY_FIELDS } from './fields';
import { readPolicy } from './read';

/** The attributes Chrome's policy schema knows: an extension whose schema has any other fails to load. */
const CHROME_ATTRIBUTES = new Set([
  'type',
  'title',
  'description',
  'properties',
  'additionalProperties',
  'patternProperties',
  'items',
  'enum',
  'minimum',
  'maximum',
]);

function walk(s: ChromeSchema, path: string, visit: (s: ChromeSchema, path: string) => void): void {
  visit(s, path);
  for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, `${path}.${k}`, visit);
  for (const [k, v] of Object.entries(s.patternProperties ?? {})) walk(v, `${path}/${k}`, visit);
  if (s.additionalProperties) walk(s.additionalProperties, `${path}.*`, visit);
  if (s.items) walk(s.items, `${path}[]`, visit);
}

describe('the managed-storage schema for Chrome and Edge', () => {
  const schema = managedStorageSchema();

  test('names every policy field and locked, and uses only what Chrome understands', () => {
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...POLICY_FIELDS, 'locked'].sort());
    walk(schema, '', (s, path) => {
      for (const key of Object.keys(s)) expect(CHROME_ATTRIBUTES.has(key), `${path}: ${key}`).toBe(true);
      expect(['object', 'array', 'string', 'integer', 'number', 'boolean']).toContain(s.type);
    });
  });

  test('objects name their properties (Chrome drops properties its schema does not name)', () => {
    const limit = schema.properties?.filingLimits?.items;
    expect(Object.keys(limit?.properties ?? {}).sort()).toEqual([
      'days',
      'name',
      'note',
      'outOfNetworkDays',
      'payer',
    ]);
    expect(limit?.properties?.days).toEqual({ type: 'integer', minimum: 1, maximum: 3650 });
    expect(Object.keys(schema.properties?.rules?.properties ?? {})).toContain('timely-filing');
    expect(schema.properties?.kxThresholds?.patternProperties).toBeDefined();
    const pack = schema.properties?.payerPacks?.items?.properties ?? {};
    expect(Object.keys(pack)).toEqual(
      expect.arrayContaining(['name', 'payer', 'requiredModifiers', 'priorAuthorization']),
    );
  });

  test("a payer pack's taught pages keep every locator's properties (Chrome has no 'one of')", () => {
    const recipe = schema.properties?.payerPacks?.items?.properties?.recipes?.items;
    const locator = recipe?.properties?.fields?.properties?.claimNumber;
    expect(locator?.type).toBe('object');
    expect(locator?.properties?.by?.enum).toEqual(expect.arrayContaining(['label', 'column']));
    expect(Object.keys(locator?.properties ?? {})).toEqual(expect.arrayContaining(['label', 'header']));
  });

  test('recipes go through Chrome as JSON text, which ClaimLens reads back as objects', () => {
    expect(schema.properties?.recipes).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(readPolicy({ recipes: [JSON.stringify(TAUGHT_RECIPE)] }).values.recipes).toEqual([TAUGHT_RECIPE]);
  });
});
