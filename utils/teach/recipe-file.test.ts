import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { teachPage } from '../../tests/fixtures/teach/page';
import { PageSnapshot } from '../model/snapshot';
import { readByRecipe } from './apply';
import { MAX_RECIPE_FILE_BYTES, parseRecipeFile, type Recipe, recipeFileText } from './recipe';

const good: Recipe = {
  version: 1,
  host: 'cignaforhcp.cigna.com',
  path: '/app/claims/*',
  kind: 'claim-detail',
  taughtOn: '2026-11-30',
  fields: { claimNumber: { by: 'label', label: 'Tracking ID' } },
  rows: { by: 'table', headers: ['Svc'] },
  lineFields: { code: { by: 'column', header: 'Svc' } },
};
const file = (recipes: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'claimlens-recipes', version: 1, recipes, ...extra });
const refused = (text: string) => {
  const r = parseRecipeFile(text);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.message;
};

describe('recipe files', () => {
  it('an exported file imports back unchanged', () => {
    expect(parseRecipeFile(recipeFileText([good]))).toEqual({ ok: true, recipes: [good] });
  });

  it('malformed, oversized or hostile files are refused with a clear message', () => {
    expect(refused('{not json')).toBe('This file is not a ClaimLens recipe file (it is not JSON).');
    expect(refused(' '.repeat(MAX_RECIPE_FILE_BYTES + 1))).toMatch(/too large/);
    expect(refused(file([{ ...good, host: 'evil.example.com/../x' }]))).toMatch(
      /^This recipe file was refused, nothing changed: recipes.0.host/,
    );
    // Code is never data: unknown keys (a script, a selector, a regex) are refused.
    expect(refused(file([{ ...good, script: 'alert(1)' }]))).toMatch(/recipes.0/);
    expect(refused(file([{ ...good, fields: { claimNumber: { by: 'css', selector: '.x' } } }]))).toMatch(
      /claimNumber/,
    );
    expect(
      refused(file([{ ...good, fields: { claimNumber: { by: 'label', label: 'x', regex: '(a+)+$' } } }])),
    ).toMatch(/claimNumber/);
    expect(
      refused(file([{ ...good, fields: { claimNumber: { by: 'label', label: 'x'.repeat(121) } } }])),
    ).toMatch(/label/);
    expect(refused(file([{ ...good, path: '/claims?id=1' }]))).toMatch(/path/);
    expect(refused(file(Array.from({ length: 201 }, () => good)))).toMatch(/recipes/);
    expect(refused(file([good, good]))).toMatch(/teaches the same page twice/);
    expect(refused(file([good], { format: 'claimlens-payer-pack' }))).toMatch(/format/);
    const proto = parseRecipeFile(
      '{"__proto__":{"polluted":1},"format":"claimlens-recipes","version":1,"recipes":[]}',
    );
    expect(typeof proto.ok).toBe('boolean');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('fuzz: any JSON is refused or gives recipes that read any page without throwing', () => {
    const w = new Window({ url: 'https://cignaforhcp.cigna.com/app/claims/1' });
    const doc = w.document as unknown as Document;
    doc.write(teachPage({ rows: 3 }));
    const text = fc.string({ maxLength: 40 });
    const locator = fc.oneof(
      fc.record({ by: fc.constant('label'), label: text }),
      fc.record({ by: fc.constant('aria'), name: text }),
      fc.record({ by: fc.constant('column'), header: text }),
      fc.record({
        by: fc.constant('anchor'),
        anchor: text,
        up: fc.integer({ min: -2, max: 9 }),
        path: fc.array(fc.integer({ min: -1, max: 300 }), { maxLength: 8 }),
      }),
      fc.anything(),
    );
    const recipe = fc.record({
      version: fc.oneof(fc.constant(1), fc.anything()),
      host: fc.oneof(fc.constant('cignaforhcp.cigna.com'), fc.domain(), fc.string()),
      path: fc.oneof(fc.constant('/app/*'), fc.string({ maxLength: 30 })),
      kind: fc.constantFrom('claim-detail', 'remittance', 'claim-status', 'claim-entry', 'eligibility', 'x'),
      taughtOn: fc.oneof(fc.constant('2026-11-30'), fc.string()),
      fields: fc.dictionary(
        fc.constantFrom('claimNumber', 'status', 'payer', 'billed', 'diagnoses', 'coverage', 'junk'),
        locator,
      ),
      rows: fc.oneof(
        fc.constant(null),
        fc.record({ by: fc.constant('table'), headers: fc.array(text, { maxLength: 3 }) }),
        fc.record({ by: fc.constant('cards'), label: text, up: fc.integer({ min: 0, max: 8 }) }),
      ),
      lineFields: fc.dictionary(fc.constantFrom('code', 'units', 'charge', 'codes', 'junk'), locator),
    });
    fc.assert(
      fc.property(fc.array(recipe, { maxLength: 3 }), (recipes) => {
        const parsed = parseRecipeFile(file(recipes));
        if (!parsed.ok) {
          expect(parsed.message).toMatch(/^This recipe file was refused, nothing changed: /);
          return;
        }
        for (const r of parsed.recipes) {
          const s = readByRecipe(r, doc, new URL('https://cignaforhcp.cigna.com/app/claims/1'));
          expect(PageSnapshot.safeParse(s).success).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
    void w.happyDOM.close();
  });

  it('fuzz: arbitrary text never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (t) => {
        expect(typeof parseRecipeFile(t).ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
