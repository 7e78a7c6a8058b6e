import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { teachPage } from '../../tests/fixtures/teach/page';
import { PageSnapshot } from '../model/snapshot';
import { readPage } from '../portals/read';
import { isChangedSinceTaught, readByRecipe } from './apply';
import { finishRecipe, newDraft, pathPatternOf, type TeachTarget, withPick } from './draft';
import { locatorFor, rowScopeOf, rowsFor } from './generate';
import { pathMatches, recipeFor } from './match';
import type { Recipe } from './recipe';

const URL_ = 'https://cignaforhcp.cigna.com/app/claims/encounter/7000000401';
const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

function load(html: string, url = URL_): Document {
  const w = new Window({ url });
  windows.push(w);
  const doc = w.document as unknown as Document;
  doc.write(html);
  return doc;
}

const cellText = (doc: Document, text: string): Element =>
  Array.from(doc.querySelectorAll('td,span,th')).find((e) => e.textContent?.trim() === text)!;

/** Teaches the fixture page by "clicking" as a biller would: header values, one row, cells of it. */
function teach(doc: Document): Recipe {
  let draft = newDraft(new URL(URL_), 'claim-detail', '2026-11-30');
  const header = (field: 'claimNumber' | 'status' | 'payer', text: string) => {
    const target: TeachTarget = { part: 'header', field };
    const locator = locatorFor(cellText(doc, text), doc);
    expect(locator, field).not.toBeNull();
    draft = withPick(draft, target, { locator: locator! });
  };
  header('claimNumber', 'TRK7000000401');
  header('status', 'Denied');
  header('payer', 'Summit Mutual');
  const rows = rowsFor(cellText(doc, '20611'), doc);
  expect(rows).not.toBeNull();
  draft = withPick(draft, { part: 'rows' }, { rows: rows!.rows });
  for (const [field, text] of [
    ['code', '20611'],
    ['units', '1'],
    ['dosFrom', '06/14/2024'],
    ['charge', '$240.00'],
    ['paid', '$0.00'],
    ['codes', 'CO-97'],
  ] as const) {
    const el = Array.from(rows!.scope.row.children).find((c) => c.textContent === text)!;
    const scope = rowScopeOf(el, draft.rows!, doc)!;
    const locator = locatorFor(el, scope.row, scope);
    expect(locator, field).not.toBeNull();
    draft = withPick(draft, { part: 'line', field }, { locator: locator! });
  }
  return finishRecipe(draft, '2026-11-30');
}

describe('a page neither an adapter nor the generic reader reads right', () => {
  it('the generic reader misses its claim number and lines', () => {
    const s = readPage(load(teachPage()), URL_);
    const claim = s.claims[0];
    expect(claim?.claimNumber ?? null).not.toBe('TRK7000000401');
    expect(claim?.serviceLines.map((l) => l.code) ?? []).not.toEqual(['20611', '20610']);
  });
});

describe('locator generation prefers labels and column headers', () => {
  it('a label beside the value, column headers for line cells, the table by the taught headers only', () => {
    const recipe = teach(load(teachPage()));
    expect(recipe.fields.claimNumber).toEqual({ by: 'label', label: 'Tracking ID' });
    expect(recipe.fields.status).toEqual({ by: 'label', label: 'Disposition' });
    expect(recipe.lineFields.code).toEqual({ by: 'column', header: 'Svc' });
    expect(recipe.lineFields.charge).toEqual({ by: 'column', header: 'Asked' });
    expect(recipe.rows).toEqual({ by: 'table', headers: ['Svc', 'Qty', 'Begin', 'Asked', 'Given', 'Why'] });
    expect(JSON.stringify(recipe)).not.toMatch(/x9f|nth|\[\d/);
  });

  it('an ARIA name is used when the value has one', () => {
    const doc = load('<div><span aria-label="Claim reference">RX-99001</span></div>');
    expect(locatorFor(doc.querySelector('span')!, doc)).toEqual({ by: 'aria', name: 'Claim reference' });
  });

  it('"Label: value" in one element, dt/dd, label[for] → input', () => {
    const doc = load(`<p id="a">Status: Paid</p><dl><dt>Ref</dt><dd id="b">77001</dd></dl>
      <label for="c">Member plan</label><input id="c" value="Gold PPO">`);
    expect(locatorFor(doc.getElementById('a')!, doc)).toEqual({ by: 'label', label: 'Status' });
    expect(locatorFor(doc.getElementById('b')!, doc)).toEqual({ by: 'label', label: 'Ref' });
    expect(locatorFor(doc.getElementById('c')!, doc)).toEqual({ by: 'label', label: 'Member plan' });
  });

  it('a value with no label is found from a labelled block by a short path', () => {
    const doc = load('<section><h2>Claim summary</h2><div><span>12</span><em>Z-4410</em></div></section>');
    const loc = locatorFor(doc.querySelector('em')!, doc);
    expect(loc).toEqual({ by: 'anchor', anchor: 'Claim summary', up: 1, path: [1, 1] });
  });

  it('repeated cards (no table) generalise to their siblings', () => {
    const card = (code: string) =>
      `<div class="c"><p><b>Service</b> <span>${code}</span></p><p><b>Units</b> <span>2</span></p></div>`;
    const doc = load(`<main>${card('97110')}${card('97140')}${card('97530')}</main>`);
    const rows = rowsFor(doc.querySelectorAll('span')[0]!, doc);
    expect(rows?.rows).toEqual({ by: 'cards', label: 'Service', up: 2 });
    const scope = rowScopeOf(doc.querySelectorAll('span')[0]!, rows!.rows, doc)!;
    const code = locatorFor(doc.querySelectorAll('span')[0]!, scope.row, scope);
    expect(code).toEqual({ by: 'label', label: 'Service' });
    let r = newDraft(new URL(URL_), 'claim-detail', '2026-11-30');
    r = withPick(r, { part: 'rows' }, { rows: rows!.rows });
    r = withPick(r, { part: 'line', field: 'code' }, { locator: code! });
    expect(readByRecipe(r, doc, new URL(URL_)).claims[0]?.serviceLines.map((l) => l.code)).toEqual([
      '97110',
      '97140',
      '97530',
    ]);
  });
});

describe('reading with a recipe', () => {
  const recipe = teach(load(teachPage()));
  const read = (html: string) => readByRecipe(recipe, load(html), new URL(URL_));

  it('reads the claim it was taught on, valid against the snapshot schema', () => {
    const s = read(teachPage());
    expect(PageSnapshot.safeParse(s).success).toBe(true);
    expect(s.ok).toBe(true);
    expect(s.read.adapter).toBe('taught');
    const c = s.claims[0]!;
    expect(c.claimNumber).toBe('TRK7000000401');
    expect(c.status?.text).toBe('Denied');
    expect(c.payer).toBe('Summit Mutual');
    expect(
      c.serviceLines.map((l) => [l.code, l.units, l.dosFrom, l.charge, l.adjustments[0]?.reason]),
    ).toEqual([
      ['20611', 1, '2024-06-14', 240, '97'],
      ['20610', 1, '2024-06-14', 230, '97'],
    ]);
    // What the biller did not teach is "not read", so its checks say "could not check".
    expect(c.unread).toEqual(expect.arrayContaining(['diagnoses', 'modifiers', 'diagnosisPointers']));
  });

  it('reads every row of a longer claim', () => {
    expect(read(teachPage({ rows: 4 })).claims[0]?.serviceLines).toHaveLength(4);
  });

  it('still reads after a redesign: new class names, reordered and added columns, a wrapper', () => {
    const c = read(teachPage({ redesign: true, rows: 3 })).claims[0]!;
    expect(c.claimNumber).toBe('TRK7000000401');
    expect(c.serviceLines.map((l) => [l.code, l.charge])).toEqual([
      ['20611', 240],
      ['20610', 230],
      ['97110', 220],
    ]);
  });

  it('a real structural change reads nothing and says the page changed since it was taught', () => {
    const s = read(teachPage({ broken: true }));
    expect(s.ok).toBe(false);
    expect(s.claims).toEqual([]);
    expect(isChangedSinceTaught(s)).toBe(true);
    expect(s.read.problems[0]).toBe(
      'This page changed since it was taught on 2026-11-30: re-teach it. Not found now: Claim number, Claim status, service lines (procedure code column).',
    );
  });

  it('a recipe whose locators match nothing reads nothing and never throws', () => {
    const s = read('<p>Nothing here</p>');
    expect(s.claims).toEqual([]);
    expect(PageSnapshot.safeParse(s).success).toBe(true);
  });
});

describe('which recipe applies to a frame', () => {
  it('host exactly, path by its pattern, the longest pattern first', () => {
    const a = { ...newDraft(new URL(URL_), 'claim-detail', '2026-11-30'), path: '/app/*' };
    const b = { ...a, path: '/app/claims/encounter/*' };
    expect(recipeFor([a, b], new URL(URL_))).toBe(b);
    expect(recipeFor([a, b], new URL('https://other.example.com/app/claims/encounter/1'))).toBeNull();
    expect(recipeFor([a], new URL('https://cignaforhcp.cigna.com/elsewhere'))).toBeNull();
  });

  it('path patterns: * is any run, the rest literal; a pathological pattern stays fast', () => {
    expect(pathMatches('/claims/*', '/claims/detail/1')).toBe(true);
    expect(pathMatches('/claims/*/view', '/claims/1/view')).toBe(true);
    expect(pathMatches('/claims/*/view', '/claims/1/edit')).toBe(false);
    expect(pathMatches('/a.b', '/axb')).toBe(false);
    const t0 = performance.now();
    expect(pathMatches(`/${'*a'.repeat(99)}`, `/${'a'.repeat(2000)}b`)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('a new recipe covers the page kind, not one claim', () => {
    expect(pathPatternOf('/app/claims/encounter/7000000401')).toBe('/app/claims/encounter/*');
    expect(pathPatternOf('/')).toBe('/*');
  });
});
