import { expect, test } from 'vitest';
import { checkClaimSpec } from './testing/run';

// A pattern that backtracks exponentially on a name with a non-word character near its end.
const EVIL = '^(\\w+\\s?)+$';
const NAME = 'UnitedHealthcare Community Plan - TX';

test('a payer pattern from settings or a stored pack cannot stall the checks', async () => {
  const settings = {
    filingLimits: [{ name: 'Evil', payerPattern: EVIL, days: 30 }],
    payerRules: [{ payerPattern: EVIL, rules: { ptp: { enabled: false } } }],
  };
  const started = performance.now();
  await checkClaimSpec({ payer: NAME, lines: ['99213'] }, { settings });
  // As a regular expression this took 7 s per claim (75 s on a loaded machine), on every claim of every
  // tab; as names it takes a few milliseconds. The bound leaves room for a busy machine.
  expect(performance.now() - started).toBeLessThan(2_000);
}, 120_000);
