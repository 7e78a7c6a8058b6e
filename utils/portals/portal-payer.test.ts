import { describe, expect, test } from 'vitest';
import { claim, snapshot } from '../rules/testing/builder';
import { runSnapshot } from '../rules/testing/run';
import { payerFromPortal, payerOfClaim, portalPayer, withPortalPayer } from './portal-payer';

describe('the payer a portal belongs to', () => {
  test("a payer's own portal names its payer; a clearinghouse does not", () => {
    expect(portalPayer('cigna')).toBe('Cigna');
    expect(portalPayer('noridian')).toBe('Medicare');
    expect(portalPayer('availity')).toBeNull();
    expect(portalPayer('office-ally')).toBeNull();
    expect(portalPayer('generic')).toBeNull();
  });

  test("the page's own payer name wins; a blank one falls back to the portal", () => {
    expect(payerOfClaim({ payer: 'Cigna HealthSpring' }, 'cigna')).toBe('Cigna HealthSpring');
    expect(payerOfClaim({ payer: '  ' }, 'cigna')).toBe('Cigna');
    expect(payerFromPortal({ payer: null }, 'cigna')).toBe(true);
    expect(payerFromPortal({ payer: null }, 'availity')).toBe(false);
  });

  test('withPortalPayer fills only what is missing and returns the same object when nothing is', () => {
    const s = snapshot([
      claim({ lines: ['99213'], payer: null }),
      claim({ lines: ['99213'], payer: 'Aetna' }),
    ]);
    expect(withPortalPayer(s)).toBe(s); // Availity: no payer to infer
    const cigna = { ...s, portal: 'cigna' as const };
    const filled = withPortalPayer(cigna);
    expect(filled.claims.map((c) => c.payer)).toEqual(['Cigna', 'Aetna']);
    expect(cigna.claims[0]?.payer).toBeNull(); // the reading itself is not changed
  });
});

describe("per-payer settings apply on the payer's own portal when the page names no payer", () => {
  const page = (portal: 'cigna' | 'availity') => ({
    ...snapshot(
      [
        claim({
          lines: ['99213'],
          payer: null,
          dos: '2024-05-01',
          status: { category: 'F2', code: null, text: 'Denied' },
        }),
      ],
      { kind: 'claim-detail' },
    ),
    portal,
  });

  test("a switch for payers whose name contains 'cigna' turns timely filing off on Cigna's portal only", async () => {
    const settings = {
      payerRules: [{ payerPattern: 'cigna', rules: { 'timely-filing': { enabled: false } } }],
    };
    const onCigna = await runSnapshot(page('cigna'), { settings, today: '2024-06-20' });
    const onAvaility = await runSnapshot(page('availity'), { settings, today: '2024-06-20' });
    expect(onCigna.filter((f) => f.rule === 'timely-filing')).toEqual([]);
    expect(onAvaility.filter((f) => f.rule === 'timely-filing')).not.toEqual([]);
  });

  test("Cigna's filing limit (90 days) is used on Cigna's portal, not the unknown-payer default", async () => {
    const found = await runSnapshot(page('cigna'), { today: '2024-06-20' });
    const clock = found.find((f) => f.rule === 'timely-filing');
    expect(clock?.source).toContain('Cigna');
    expect(clock?.message).not.toContain('Payer not in settings');
  });
});
