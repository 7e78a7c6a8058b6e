import { expect, test } from 'vitest';
import { readPage } from '../read';
import { fixture, fixtureHtml, loadPage } from '../testing/load';

const BASE = 'https://pm.officeally.com/OA/Claims/HCFA1500.aspx?Mode=ClaimFix&ClaimID=';

async function claimNumberAt(claimId: string): Promise<string | null | undefined> {
  const page = fixture('office-ally-claim-fix');
  const w = await loadPage(fixtureHtml(page), BASE + claimId, false);
  try {
    const s = readPage(w.document as unknown as Document, BASE + claimId);
    expect(s.read.adapter).toBe('office-ally/claim-entry');
    return s.claims[0]?.claimNumber;
  } finally {
    await w.happyDOM.close();
  }
}

test('the claim number comes from the address only when it looks like a claim number', async () => {
  expect(await claimNumberAt('7000000005')).toBe('7000000005');
  expect(await claimNumberAt('OA-2026-000123')).toBe('OA-2026-000123');
  // Anyone can send a biller a link: a formula, markup or a name in ClaimID is not a claim number.
  for (const hostile of [
    '%3DHYPERLINK(%22https%3A%2F%2Fx.example%22)%0A',
    '%2B1%2B1',
    '-2%2B3',
    '%3Cimg%20src%3Dx%3E',
    'DOE%2C%20JANE',
    `${'9'.repeat(41)}`,
    '%E2%80%AE7000000005',
  ])
    expect(await claimNumberAt(hostile)).toBeNull();
});
