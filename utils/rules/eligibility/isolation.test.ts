import { expect, test, vi } from 'vitest';
import { claim, eligibility, snapshot } from '../testing/builder';
import { runSnapshot } from '../testing/run';

// One eligibility check with a bug: it throws on every page.
vi.mock('./ma', () => ({
  checkEligMa: () => {
    throw new Error('boom in the MA check');
  },
}));

const inactive = { coverage: 'inactive' as const };

test('a throwing eligibility check keeps the other checks’ findings (with a claim on the page)', async () => {
  const snap = snapshot([claim({ lines: ['99213'], payer: 'Medicare' })], {
    kind: 'eligibility',
    eligibility: eligibility(inactive),
  });
  const findings = await runSnapshot(snap);
  expect(findings.some((f) => f.rule === 'elig-inactive' && f.severity === 'error')).toBe(true);
  const broken = findings.find((f) => f.rule === 'elig-ma');
  expect(broken?.severity).toBe('could-not-check');
  expect(broken?.reason).toContain('boom in the MA check');
  expect(broken?.claimIndex).toBe(0);
});

test('a throwing eligibility check keeps the other findings on an eligibility page without a claim', async () => {
  const snap = snapshot([], { kind: 'eligibility', eligibility: eligibility(inactive) });
  const findings = await runSnapshot(snap);
  expect(findings.map((f) => `${f.rule} ${f.severity}`).sort()).toEqual([
    'elig-inactive error',
    'elig-ma could-not-check',
  ]);
});
