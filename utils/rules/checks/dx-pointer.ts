import type { Finding } from '../../model/finding';
import { BUILT_IN_SOURCE, type Check, couldNotRead, finding, unread } from '../context';

/**
 * dx-pointer: each line's diagnosis pointers (box 24E) must name a diagnosis on the claim (box 21),
 * and a line carries at most four. Institutional claims have no pointers. A line with no pointer is
 * only flagged on claim-entry pages: status and remittance pages often do not show pointers.
 * When the page did not show the diagnoses (another tab, a layout the reader could not read), a
 * pointer cannot be judged: "could not check", never "not on the claim".
 */
export const checkDxPointer: Check = (claim, _data, ctx) => {
  if (claim.claimType === 'institutional') return [];
  const letters = new Set(claim.diagnoses.map((d) => d.letter));
  const diagnosesUnread = unread(claim, 'diagnoses');
  const unjudged: number[] = [];
  const findings: Finding[] = [];
  for (const line of claim.serviceLines) {
    const missing = line.diagnosisPointers.filter((p) => !letters.has(p));
    if (missing.length > 0 && diagnosesUnread) unjudged.push(line.line);
    else if (missing.length > 0) {
      findings.push(
        finding('dx-pointer', ctx.claimIndex, {
          severity: 'error',
          lines: [line.line],
          message: `Line ${line.line} points to diagnosis ${missing.join(', ')}, which is not on the claim.`,
          action: 'Point the line at a diagnosis listed on the claim, or add the missing diagnosis.',
          source: BUILT_IN_SOURCE,
        }),
      );
    }
    if (line.diagnosisPointers.length > 4) {
      findings.push(
        finding('dx-pointer', ctx.claimIndex, {
          severity: 'error',
          lines: [line.line],
          message: `Line ${line.line} has ${line.diagnosisPointers.length} diagnosis pointers; a claim line takes at most four.`,
          action: 'Keep the four diagnoses that best support the service, primary first.',
          source: BUILT_IN_SOURCE,
        }),
      );
    }
    if (
      ctx.snapshot.kind === 'claim-entry' &&
      !unread(claim, 'diagnosisPointers') &&
      line.code &&
      line.diagnosisPointers.length === 0 &&
      claim.diagnoses.length > 0
    ) {
      findings.push(
        finding('dx-pointer', ctx.claimIndex, {
          severity: 'warning',
          lines: [line.line],
          message: `Line ${line.line} has no diagnosis pointer.`,
          action: 'Point the line at the diagnosis that supports it (A–L).',
          source: BUILT_IN_SOURCE,
        }),
      );
    }
  }
  if (unjudged.length > 0)
    findings.push(couldNotRead('dx-pointer', ctx, 'the diagnosis pointers', 'diagnoses', unjudged));
  return findings;
};
