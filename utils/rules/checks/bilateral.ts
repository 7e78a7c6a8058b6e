import type { Finding } from '../../model/finding';
import { type Check, couldNotCheck, finding, isMedicare, lineUnits } from '../context';
import { judgedByRelease } from '../in-force';
import { pfsRow } from '../pfs';

/**
 * bilateral: 50 / LT / RT against the PFS bilateral surgery indicator.
 * 0: the 150% rule does not apply, no 50. 1: 50 allowed. 2: the code is already bilateral, no 50.
 * 3: each side paid in full, 50 accepted. 9: concept does not apply, no 50. Never 50 with LT/RT.
 */
const NO_50: Record<string, string> = {
  '0': 'the bilateral payment rule does not apply to it (indicator 0)',
  '2': 'the code already describes both sides (indicator 2)',
  '9': 'bilateral billing does not apply to it (indicator 9)',
};

export const checkBilateral: Check = (claim, data, ctx) => {
  const withSide = claim.serviceLines.filter(
    (l) => l.code && (l.modifiers.includes('50') || l.modifiers.includes('LT') || l.modifiers.includes('RT')),
  );
  if (withSide.length === 0) return [];
  const findings: Finding[] = [];
  for (const l of withSide) {
    if (l.modifiers.includes('50') && (l.modifiers.includes('LT') || l.modifiers.includes('RT'))) {
      findings.push(
        finding('bilateral', ctx.claimIndex, {
          severity: 'error',
          lines: [l.line],
          message: `Line ${l.line} has 50 together with ${l.modifiers.includes('LT') ? 'LT' : 'RT'}: 50 already means both sides.`,
          action: 'Use 50 alone on one line, or RT and LT on two lines, as the payer asks.',
          source: 'ClaimLens modifier rules 2026-11',
        }),
      );
    }
  }
  const with50 = withSide.filter((l) => l.modifiers.includes('50'));
  if (with50.length === 0) return findings;
  if (data.pfs.status === 'no-data') {
    return [
      ...findings,
      couldNotCheck('bilateral', ctx, 'modifier 50 against the bilateral indicator', data.pfs.reason),
    ];
  }
  const ds = data.pfs.dataset;
  const { covered, tooNew, source } = judgedByRelease(
    'bilateral',
    ctx,
    'modifier 50 against the bilateral indicator',
    ds,
    with50,
  );
  findings.push(...tooNew);
  for (const l of covered) {
    // The row for the modifier billed: 76519-26 has its own bilateral indicator (3; the global row 2).
    const row = pfsRow(data.pfs.value, l.code, l.modifiers);
    if (!row) continue;
    const why = NO_50[row.bilateral];
    if (why) {
      findings.push(
        finding('bilateral', ctx.claimIndex, {
          severity: 'error',
          lines: [l.line],
          message: `${l.code} on line ${l.line} is billed with 50, but ${why}.`,
          action:
            row.bilateral === '2'
              ? 'Remove 50 and bill the code once.'
              : 'Remove 50; if done on both sides, bill RT and LT lines only if the payer allows it.',
          source,
        }),
      );
    } else if (row.bilateral === '1' && lineUnits(l) > 1 && isMedicare(claim.payer)) {
      findings.push(
        finding('bilateral', ctx.claimIndex, {
          severity: 'warning',
          lines: [l.line],
          message: `${l.code} with 50 on line ${l.line} has ${lineUnits(l)} units; Medicare expects one line with 1 unit for a bilateral procedure.`,
          action: 'Bill 1 unit with 50; the payment adjustment (150%) is applied by the payer.',
          source,
        }),
      );
    }
  }
  return findings;
};
