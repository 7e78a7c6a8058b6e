import type { Finding } from '../../model/finding';
import type { ServiceLine } from '../../model/snapshot';
import { BUILT_IN_SOURCE, type Check, couldNotRead, finding, unread } from '../context';
import { DISTINCT, REPEAT, sitesOf } from '../modifiers';

/**
 * duplicate: the same code twice on the same date of service, on lines that name the same site,
 * without 76/77/91 on the repeat — the payer will deny the second as a duplicate (CO-18).
 * Units belong on one line; a true repeat carries 76/77/91.
 */
export const checkDuplicate: Check = (claim, _data, ctx) => {
  const seen = new Map<string, ServiceLine>();
  const findings: Finding[] = [];
  for (const l of claim.serviceLines) {
    if (!l.code) continue;
    const key = `${l.dosFrom ?? ''}|${l.code}|${sitesOf(l.modifiers).sort().join(',')}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, l);
      continue;
    }
    // 76/77/91 mark a true repeat, 59/X a distinct service (another lesion, another encounter), and JW the
    // discarded amount of a drug billed on the line above: none of them is a duplicate.
    const separate = (m: string) => REPEAT.has(m) || DISTINCT.has(m) || m === 'JW';
    if (l.modifiers.some(separate) || first.modifiers.includes('JW')) continue;
    // Without the page's modifiers a repeat marked 76/77/91 looks the same as a duplicate.
    if (unread(claim, 'modifiers')) {
      findings.push(
        couldNotRead('duplicate', ctx, `the repeated ${l.code}`, 'modifiers', [first.line, l.line]),
      );
      continue;
    }
    findings.push(
      finding('duplicate', ctx.claimIndex, {
        severity: 'warning',
        lines: [first.line, l.line],
        message: `${l.code} is on line ${first.line} and again on line ${l.line} for the same date of service, without 76/77/91.`,
        action: `If it is the same service, put all units on line ${first.line} and remove line ${l.line}; if it was repeated, add 76 (same practitioner), 77 (another practitioner) or 91 (repeat lab test).`,
        source: BUILT_IN_SOURCE,
      }),
    );
  }
  return findings;
};
