import type { Finding } from '../../model/finding';
import { type Check, couldNotRead, finding, unread } from '../context';

/**
 * jwjz: drugs from single-dose containers need JW (amount discarded, on its own line) or JZ (none
 * discarded); JZ is required since 2023-07-01. The list below is a small built-in set of commonly
 * billed single-dose drugs (CMS JW/JZ FAQ); it is not complete — a payer pack can add codes.
 */
export const SINGLE_DOSE_DRUGS: ReadonlySet<string> = new Set([
  'J0178', // aflibercept
  'J0585', // onabotulinumtoxinA
  'J0897', // denosumab
  'J1745', // infliximab
  'J2357', // omalizumab
  'J2505', // pegfilgrastim
  'J2778', // ranibizumab
  'J9035', // bevacizumab
  'J9271', // pembrolizumab
  'J9299', // nivolumab
  'J9312', // rituximab
]);
export const JZ_REQUIRED_FROM = '2023-07-01';
const SOURCE = 'ClaimLens single-dose drug list 2026-11 (CMS JW/JZ policy)';

export const checkJwJz: Check = (claim, _data, ctx) => {
  const findings: Finding[] = [];
  // The used amount goes on a line without a modifier when a JW line carries the discarded amount.
  const discarded = new Set(
    claim.serviceLines.filter((l) => l.modifiers.includes('JW')).map((l) => `${l.dosFrom}|${l.code}`),
  );
  const unjudged: number[] = [];
  for (const l of claim.serviceLines) {
    if (!l.code || !SINGLE_DOSE_DRUGS.has(l.code)) continue;
    if (unread(claim, 'modifiers')) {
      unjudged.push(l.line);
      continue;
    }
    const jw = l.modifiers.includes('JW');
    const jz = l.modifiers.includes('JZ');
    if (jw && jz) {
      findings.push(
        finding('jwjz', ctx.claimIndex, {
          severity: 'error',
          lines: [l.line],
          message: `Line ${l.line} (${l.code}) has both JW and JZ.`,
          action:
            'Use JZ when nothing was discarded; otherwise bill the used amount on one line and the discarded amount on a second line with JW.',
          source: SOURCE,
        }),
      );
    } else if (
      !jw &&
      !jz &&
      !discarded.has(`${l.dosFrom}|${l.code}`) &&
      (l.dosFrom ?? ctx.today) >= JZ_REQUIRED_FROM
    ) {
      findings.push(
        finding('jwjz', ctx.claimIndex, {
          severity: 'error',
          lines: [l.line],
          message: `${l.code} on line ${l.line} is a single-dose drug without JW or JZ (required since ${JZ_REQUIRED_FROM}).`,
          action:
            'Add JZ if no drug was discarded; if some was, add a separate line for the discarded units with JW.',
          source: SOURCE,
        }),
      );
    }
  }
  if (unjudged.length > 0)
    findings.push(couldNotRead('jwjz', ctx, 'JW/JZ on single-dose drugs', 'modifiers', unjudged));
  return findings;
};
