import type { Finding } from '../../model/finding';
import type { PfsIndicators } from '../../ruledata/types';
import { type Check, couldNotCheck, couldNotRead, finding, unread } from '../context';
import { judgedByRelease } from '../in-force';
import { pfsRow } from '../pfs';

/**
 * pctc: 26 / TC against the PFS PC/TC indicator of the row for the modifier billed (the 26 or TC row,
 * then the global row: 84166's global row says 9, its 26 row says 6 — 26 allowed). Only indicator 1
 * codes split into a professional (26) and a technical (TC) part; 6 and 8 take 26 but not TC.
 * Professional claims in a hospital (POS 19/21/22/23) for an indicator-1 code need 26: the hospital
 * bills the technical part.
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
  const ds = data.pfs.dataset;
  const { covered, tooNew, source } = judgedByRelease(
    'pctc',
    ctx,
    '26/TC against the PC/TC indicator',
    ds,
    relevant,
  );
  const findings: Finding[] = [...tooNew];
  for (const l of covered) {
    const mod = l.modifiers.find((m) => m === '26' || m === 'TC');
    // The row of the modifier billed (84166-26 is its own row, indicator 6), then the global row.
    const row = pfsRow(data.pfs.value, l.code, l.modifiers);
    if (!row) continue;
    const pctc =
      mod === 'TC' && !hasRow(data.pfs.value, l.code, 'TC')
        ? (interpretationOnly(data.pfs.value, l.code) ?? row.pctc)
        : row.pctc;
    const tcOnly = (pctc === '6' || pctc === '8') && mod === 'TC';
    const why = mod
      ? (WHY[pctc] ?? (tcOnly ? `it has no technical component (indicator ${pctc})` : null))
      : null;
    if (mod && why) {
      findings.push(
        finding('pctc', ctx.claimIndex, {
          severity: 'error',
          lines: [l.line],
          message: `${l.code} on line ${l.line} is billed with ${mod}, but ${why}.`,
          action: tcOnly
            ? `Remove TC from line ${l.line}: only the interpretation (26) is paid under the fee schedule; the test itself is paid without a modifier under the lab fee schedule.`
            : `Remove ${mod} from line ${l.line}.`,
          source,
        }),
      );
    } else if (
      !mod &&
      pctc === '1' &&
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

const hasRow = (pfs: Record<string, PfsIndicators[]>, code: string | null, mod: string) =>
  (pfs[code ?? ''] ?? []).some((r) => r.modifier === mod);

/**
 * Codes whose only split row is the interpretation (26 row with indicator 6 or 8, global row 9 — the
 * lab test itself is not a fee-schedule service): TC is judged by that 26 row's indicator.
 */
function interpretationOnly(pfs: Record<string, PfsIndicators[]>, code: string | null): string | null {
  const pc = (pfs[code ?? ''] ?? []).find((r) => r.modifier === '26');
  return pc && (pc.pctc === '6' || pc.pctc === '8') ? pc.pctc : null;
}
