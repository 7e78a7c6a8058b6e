import type { Finding } from '../../model/finding';
import type { ServiceLine } from '../../model/snapshot';
import {
  addDays,
  type Check,
  claimDates,
  couldNotCheck,
  couldNotRead,
  finding,
  isEm,
  sourceOf,
  unread,
} from '../context';
import { isMajorProcedure, pfsRow } from '../pfs';

/**
 * global: services inside another procedure's global period, as far as the claim shows it.
 * - E/M on the day of, or the day before, a 90-day procedure: needs 57 (decision for surgery).
 * - A later E/M or procedure within 10 / 90 days after a procedure on the claim: needs 24 (unrelated
 *   E/M), 25, 58 (staged), 78 (return to OR) or 79 (unrelated procedure).
 * Same-day E/M with a 0/10-day procedure is mod-25's finding.
 */
const POSTOP_OK = new Set(['24', '25', '57', '58', '78', '79']);
const DAYS: Record<string, number> = { '010': 10, '090': 90 };
const SURGICAL = new Set(['000', '010', '090']);

export const checkGlobal: Check = (claim, data, ctx) => {
  const dated = claim.serviceLines.filter(
    (l): l is ServiceLine & { dosFrom: string } => !!l.code && !!l.dosFrom,
  );
  if (dated.length < 2) return [];
  if (data.pfs.status === 'no-data') {
    return [couldNotCheck('global', ctx, 'global surgery periods', data.pfs.reason)];
  }
  const pfs = data.pfs.value;
  const source = sourceOf(data.pfs.dataset, claimDates(claim));
  const findings: Finding[] = [];
  const surgeries = dated.filter((l) => !isEm(l.code) && DAYS[pfsRow(pfs, l.code)?.globalDays ?? '']);
  const surgeryCount = findings.length;
  for (const s of surgeries) {
    const row = pfsRow(pfs, s.code);
    const days = DAYS[row?.globalDays ?? ''] ?? 0;
    const end = addDays(s.dosFrom, days);
    for (const l of dated) {
      if (l === s) continue;
      const dayBefore = addDays(s.dosFrom, -1);
      if (isEm(l.code) && isMajorProcedure(row) && (l.dosFrom === s.dosFrom || l.dosFrom === dayBefore)) {
        if (l.modifiers.includes('57') || l.modifiers.includes('25')) continue;
        findings.push(
          finding('global', ctx.claimIndex, {
            severity: 'warning',
            lines: [l.line, s.line],
            message: `E/M ${l.code} on line ${l.line} is ${l.dosFrom === s.dosFrom ? 'on the day of' : 'the day before'} 90-day procedure ${s.code} (line ${s.line}) without 57.`,
            action: `If this visit was when the decision for surgery was made, add 57 to line ${l.line}; otherwise it is part of the surgical package.`,
            source,
          }),
        );
        continue;
      }
      if (l.dosFrom <= s.dosFrom || l.dosFrom > end) continue;
      // Labs, drugs, imaging and tests (global XXX or no PFS row) are not part of a surgical package.
      if (!isEm(l.code) && !SURGICAL.has(pfsRow(pfs, l.code)?.globalDays ?? '')) continue;
      if (l.modifiers.some((m) => POSTOP_OK.has(m))) continue;
      findings.push(
        finding('global', ctx.claimIndex, {
          severity: 'warning',
          lines: [l.line, s.line],
          message: `${l.code} on line ${l.line} (${l.dosFrom}) is inside the ${days}-day global period of ${s.code} on line ${s.line} (${s.dosFrom}).`,
          action: isEm(l.code)
            ? `Post-op visits are included. If the visit was for an unrelated problem, add 24 to line ${l.line}.`
            : `Add 58 (staged or planned), 78 (return to the operating room) or 79 (unrelated procedure) to line ${l.line} if it applies; otherwise it is included.`,
          source,
        }),
      );
    }
  }
  // Each finding says a modifier is missing: without the page's modifiers that cannot be judged.
  if (unread(claim, 'modifiers') && findings.length > surgeryCount) {
    const lines = findings.flatMap((f) => f.lines);
    return [
      couldNotRead('global', ctx, 'the global surgery modifiers (24/25/57/58/78/79)', 'modifiers', lines),
    ];
  }
  return findings;
};
