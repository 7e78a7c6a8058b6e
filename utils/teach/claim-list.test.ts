import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { claimListPage } from '../../tests/fixtures/teach/claim-list';
import { PageSnapshot } from '../model/snapshot';
import { readByRecipe } from './apply';
import { finishRecipe, newDraft, withPick } from './draft';
import { teachingGap } from './fields';
import { locatorFor, rowScopeOf, rowsFor } from './generate';
import { nowReads, targetLabel, teachTargets } from './now-reads';
import { type LineField, Recipe } from './recipe';

const URL_ = 'https://portal.summit-health.example/claims/search/results';
const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

function load(html: string): Document {
  const w = new Window({ url: URL_ });
  windows.push(w);
  const doc = w.document as unknown as Document;
  doc.write(html);
  return doc;
}

const cell = (doc: Document, text: string): Element =>
  Array.from(doc.querySelectorAll('td')).find((e) => e.textContent?.trim() === text)!;

/** Teaches the list as a biller would: one claim row, then its cells. */
function teach(doc: Document): Recipe {
  let draft = newDraft(new URL(URL_), 'claim-status', '2026-11-30');
  expect(teachingGap(draft)).toBe('Click the claim number, or one claim row and then its claim number.');
  const rows = rowsFor(cell(doc, 'TRK7000000501'), doc);
  expect(rows).not.toBeNull();
  draft = withPick(draft, { part: 'rows' }, { rows: rows!.rows });
  expect(teachingGap(draft)).toBe('Click the claim number in that row.');
  for (const [field, text] of [
    ['claimNumber', 'TRK7000000501'],
    ['status', 'Denied'],
    ['dosFrom', '06/10/2024'],
    ['charge', '$300.00'],
    ['paid', '$0.00'],
  ] as [LineField, string][]) {
    const el = Array.from(rows!.scope.row.children).find((c) => c.textContent === text)!;
    const scope = rowScopeOf(el, draft.rows!, doc)!;
    const locator = locatorFor(el, scope.row, scope);
    expect(locator, field).not.toBeNull();
    draft = withPick(draft, { part: 'line', field }, { locator: locator! });
  }
  expect(teachingGap(draft)).toBeNull();
  return finishRecipe(draft, '2026-11-30');
}

const claimsOf = (doc: Document, recipe: Recipe) => {
  const s = readByRecipe(recipe, doc, new URL(URL_));
  expect(PageSnapshot.safeParse(s).success).toBe(true);
  return s;
};

describe('a claim-status list taught by one claim row', () => {
  it('the panel offers “One claim row” and the row’s claim fields in the biller’s words', () => {
    const draft = newDraft(new URL(URL_), 'claim-status', '2026-11-30');
    const labels = teachTargets(draft).map((t) => targetLabel(t, draft.kind));
    expect(labels).toEqual([
      'Claim number',
      'Claim status',
      'Payer',
      'Total billed',
      'Total paid',
      'One claim row',
      'Claim number',
      'Claim status',
      'Date of service (from)',
      'Date of service (to)',
      'Billed',
      'Paid',
    ]);
  });

  it('locators are column headers, and every sibling row is read as a claim', () => {
    const doc = load(claimListPage());
    const recipe = teach(doc);
    expect(Recipe.safeParse(recipe).success).toBe(true);
    expect(recipe.rows).toEqual({ by: 'table', headers: ['Ref', 'Where', 'Seen', 'Asked', 'Given'] });
    expect(recipe.lineFields.claimNumber).toEqual({ by: 'column', header: 'Ref' });
    const s = claimsOf(doc, recipe);
    expect(s.kind).toBe('claim-status');
    expect(s.ok).toBe(true);
    expect(
      s.claims.map((c) => [c.claimNumber, c.status?.text, c.serviceDates?.from, c.billed, c.paid]),
    ).toEqual([
      ['TRK7000000501', 'Denied', '2024-06-10', 300, 0],
      ['TRK7000000502', 'Paid', '2024-06-11', 325, 180],
      ['TRK7000000503', 'In process', '2024-06-12', 350, 0],
    ]);
    expect(nowReads(s, { part: 'rows' })).toBe('3 claims');
    expect(nowReads(s, { part: 'line', field: 'claimNumber' })).toBe(
      'TRK7000000501, TRK7000000502, TRK7000000503',
    );
  });

  it('more claims, and a redesign (renamed classes, reordered and added columns), still read', () => {
    const recipe = teach(load(claimListPage()));
    const ten = claimsOf(load(claimListPage({ rows: 10 })), recipe);
    expect(ten.claims.map((c) => c.claimNumber)).toHaveLength(10);
    const redesigned = claimsOf(load(claimListPage({ rows: 4, redesign: true })), recipe);
    expect(redesigned.claims.map((c) => `${c.claimNumber} ${c.status?.text}`)).toEqual([
      'TRK7000000501 Denied',
      'TRK7000000502 Paid',
      'TRK7000000503 In process',
      'TRK7000000504 Pended',
    ]);
  });

  it('a list whose claim column is gone says it changed since taught and reads no claim', () => {
    const recipe = teach(load(claimListPage()));
    const s = claimsOf(load(claimListPage().replace('<th>Ref</th>', '<th>Reference no.</th>')), recipe);
    expect(s.ok).toBe(false);
    expect(s.claims).toEqual([]);
    expect(s.read.problems[0]).toBe(
      'This page changed since it was taught on 2026-11-30: re-teach it. Not found now: claim rows (claim number column).',
    );
  });
});
