import { describe, expect, it } from 'vitest';
import { readPage } from '../read';
import { fixture, fixtureHtml, loadPage } from '../testing/load';

/** The 40-claim search fixture with its "Payer: …" line replaced. */
async function searchWithPayerLine(line: string) {
  const page = fixture('availity-claim-status-search');
  const html = fixtureHtml(page).replace(/Payer: TEST HEALTH PLAN[^<]*/, line);
  const window = await loadPage(html, page.url);
  const claims = readPage(window.document as unknown as Document, page.url).claims;
  await window.happyDOM.close();
  return claims;
}

describe('Availity claim status: the payer the search was run against', () => {
  it('fills in the payer of every claim in the results, so per-payer settings apply', async () => {
    const claims = await searchWithPayerLine('Payer: ACME HEALTH · Search by: Provider');
    expect(claims).toHaveLength(40);
    expect(new Set(claims.map((c) => c.payer))).toEqual(new Set(['ACME HEALTH']));
  });

  it('no payer line: no payer guessed (Availity serves many payers)', async () => {
    const claims = await searchWithPayerLine('Search by: Provider / Date range (276)');
    expect(claims.every((c) => c.payer === null)).toBe(true);
  });

  it('a payer name longer than any real one is not taken', async () => {
    const claims = await searchWithPayerLine(`Payer: ${'A'.repeat(5000)}`);
    expect(claims.every((c) => c.payer === null)).toBe(true);
  });
});
