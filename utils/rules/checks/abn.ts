import type { Finding } from '../../model/finding';
import { BUILT_IN_SOURCE, type Check, finding } from '../context';

/**
 * abn: GA (ABN on file), GZ (ABN expected but not on file), GX (voluntary notice for an excluded
 * service), GY (excluded by statute). Some pairs contradict each other on one line.
 */
const CONFLICTS: [string, string, string][] = [
  ['GA', 'GZ', 'an ABN cannot be both on file (GA) and missing (GZ)'],
  ['GA', 'GY', 'GA is for services that may be denied as not necessary, GY for services never covered'],
  ['GZ', 'GY', 'GZ is for services that may be denied as not necessary, GY for services never covered'],
  ['GA', 'GX', 'GX is the voluntary notice for excluded services; GA is the required ABN'],
];

export const checkAbn: Check = (claim, _data, ctx) => {
  const findings: Finding[] = [];
  for (const l of claim.serviceLines) {
    const conflict = CONFLICTS.find(([a, b]) => l.modifiers.includes(a) && l.modifiers.includes(b));
    if (conflict) {
      findings.push(
        finding('abn', ctx.claimIndex, {
          severity: 'error',
          lines: [l.line],
          message: `Line ${l.line} has both ${conflict[0]} and ${conflict[1]}: ${conflict[2]}.`,
          action: 'Keep the one modifier that matches the notice the patient signed (or did not).',
          source: BUILT_IN_SOURCE,
        }),
      );
      continue;
    }
    if (l.modifiers.includes('GZ')) {
      findings.push(
        finding('abn', ctx.claimIndex, {
          severity: 'warning',
          lines: [l.line],
          message: `Line ${l.line} has GZ: no ABN was signed, so Medicare will deny it and the patient cannot be billed.`,
          action: 'If a signed ABN exists, use GA instead; otherwise expect a write-off.',
          source: BUILT_IN_SOURCE,
        }),
      );
    }
  }
  return findings;
};
