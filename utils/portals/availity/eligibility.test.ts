import { expect, test } from 'vitest';
import { readPage } from '../read';
import { fixture, fixtureHtml, loadPage } from '../testing/load';

test('a benefit row with a 10,000-pair digit run is read in a moment, and the other rows still read', async () => {
  const page = fixture('availity-eligibility-active');
  const w = await loadPage(fixtureHtml(page), page.url);
  try {
    const doc = w.document as unknown as Document;
    const table = doc.querySelector('.MuiAccordion-root table tbody, .MuiAccordion-root table');
    const row = doc.createElement('tr');
    row.innerHTML = `<td>Annual Deductible - Family</td><td><span class="MuiChip-label">In Network</span></td><td><p>${'1,'.repeat(10_000)}</p><p>${'9'.repeat(20_000)}</p></td>`;
    table?.append(row);
    const started = performance.now();
    const s = readPage(doc, page.url);
    const ms = performance.now() - started;
    // Unanchored, the amount pattern backtracked over the whole run at every digit: 4-26 s here.
    expect(ms).toBeLessThan(1000);
    expect(s.read.adapter).toBe('availity/eligibility');
    expect(s.eligibility?.deductible.some((d) => d.remaining === 1750)).toBe(true);
  } finally {
    await w.happyDOM.close();
  }
}, 60_000);
