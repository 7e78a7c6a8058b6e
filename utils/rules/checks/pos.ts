import type { Finding } from '../../model/finding';
import { type Check, couldNotCheck, finding } from '../context';

/** pos: the place-of-service code on each line exists in the CMS place-of-service list. */
export const checkPos: Check = (claim, data, ctx) => {
  const lines = claim.serviceLines.filter((l) => l.pos);
  if (lines.length === 0 || claim.claimType === 'institutional') return [];
  if (data.pos.status === 'no-data')
    return [couldNotCheck('pos', ctx, 'place of service codes', data.pos.reason)];
  const source = `${data.pos.dataset.label}, effective ${data.pos.dataset.effectiveFrom}`;
  const findings: Finding[] = [];
  for (const l of lines) {
    if (l.pos && data.pos.value[l.pos]) continue;
    findings.push(
      finding('pos', ctx.claimIndex, {
        severity: 'error',
        lines: [l.line],
        message: `Place of service ${l.pos} on line ${l.line} is not a CMS place-of-service code.`,
        action:
          'Use the code for where the service was given (11 office, 22 outpatient hospital, 10 telehealth at home…).',
        source,
      }),
    );
  }
  return findings;
};
