import { expect, it } from 'vitest';
import { payerFamily } from './payer-family';

it('tells the payer families apart by name, then by portal', () => {
  expect(payerFamily('Medicare')).toBe('medicare');
  expect(payerFamily('Noridian JF Part B')).toBe('medicare');
  expect(payerFamily('Humana Medicare Advantage PPO')).toBe('medicare-advantage');
  expect(payerFamily('UHC Medicare Complete')).toBe('medicare-advantage');
  expect(payerFamily('Medicare MA plan')).toBe('medicare-advantage');
  expect(payerFamily('NY Medicaid')).toBe('medicaid');
  expect(payerFamily('Medi-Cal')).toBe('medicaid');
  // "MA" alone is a state here, not Medicare Advantage.
  expect(payerFamily('BCBS MA')).toBe('commercial');
  expect(payerFamily('Aetna')).toBe('commercial');
  expect(payerFamily(null)).toBe('unknown');
  expect(payerFamily(null, 'palmetto')).toBe('medicare');
  expect(payerFamily('', 'epaces')).toBe('medicaid');
  expect(payerFamily(null, 'availity')).toBe('unknown');
});
