import type { Finding } from '../../model/finding';
import { type Check, claimDates, couldNotCheck, couldNotRead, finding, sourceOf, unread } from '../context';
import { pfsRow } from '../pfs';

/**
 * pctc: 26 / TC against the PFS PC/TC indicator. Only indicator 1 codes split into a professional
 * (26) and a technical (TC) part; 6 and 8 take 26 but not TC. Professional claims in a hospital
 * (POS 19/21/22/23) for an indicator-1 code need 26: the hospital bills the technical part.
 */
const WHY: Record<string, string> = {
  '0': 'it is a physician service with no components (indicator 0)',
  '2': 'it is already a professional-component-only code (indicator 2)',
  '3': 'it is already a technical-component-only code (indicator 3)',
  '4': 'it is a global-only code: bill the separate professional and technical codes instead (indicator 4)',
  '5': 'it is an incident-to code with no components (indicator 5)',
  '7': 'it is a therapy service with no components (indicator 7)',
  '9': 'the PC/TC concept does not apply to it (indicator 9)',
};
const HOSPITAL_POS = new Set(['19', '21', '22', '23']);

export const checkPctc: Check = (claim, data, ctx) => {
  const relevant = claim.serviceLines.filter(
    (l) =>
      l.code &&
      (l.modifiers.includes('26') || l.modifiers.includes('TC') || (l.pos && HOSPITAL_POS.has(l.pos))),
  );
  if (relevant.length === 0) return [];
  if (data.pfs.status === 'no-data') {
    return [couldNotCheck('pctc', ctx, '26/TC against the PC/TC indicator', data.pfs.reason)];
  }
  const source = sourceOf(data.pfs.dataset, claimDates(claim));
  const findings: Finding[] = [];
  for (const l of relevant) {
    const row = pfsRow(data.pfs.value, l.code);
    if (!row) continue;
    const mod = l.modifiers.find((m) => m === '26' || m === 'TC');
    const tcOnly = (row.pctc === '6' || row.pctc === '8') && mod === 'TC';
    const why = mod
      ? (WHY[row.pctc] ?? (tcOnly ? `it has no technical component (indicator ${row.pctc})` : null))
      : null;
    if (mod && why) {
      findings.push(
        finding('pctc', ctx.claimIndex, {
          severity: 'error',
          lines: [l.line],
          message: `${l.code} on line ${l.line} is billed with ${mod}, but ${why}.`,
          action: `Remove ${mod} from line ${l.line}.`,
          source,
        }),
      );
    } else if (
      !mod &&
      row.pctc === '1' &&
      claim.claimType !== 'institutional' &&
      l.pos &&
      HOSPITAL_POS.has(l.pos)
    ) {
      if (unread(claim, 'modifiers')) {
        findings.push(couldNotRead('pctc', ctx, `26 on ${l.code} in a hospital`, 'modifiers', [l.line]));
        continue;
      }
      findings.push(
        finding('pctc', ctx.claimIndex, {
          severity: 'warning',
          lines: [l.line],
          message: `${l.code} on line ${l.line} is billed globally in a hospital (POS ${l.pos}); the hospital bills the technical part.`,
          action: `Add 26 to line ${l.line} to bill the professional component only.`,
          source,
        }),
      );
    }
  }
  return findings;
};
