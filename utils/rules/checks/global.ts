import type { Finding } from '../../model/finding';
import type { ServiceLine } from '../../model/snapshot';
import type { PfsIndicators } from '../../ruledata/types';
import {
  addDays,
  type Check,
  couldNotCheck,
  couldNotRead,
  finding,
  isEmService,
  sourceOf,
  unread,
} from '../context';
import { releaseCovers, tooNewFor } from '../in-force';
import { emOnlyMisuse } from '../modifier-families';
import { isMajorProcedure, pfsRow } from '../pfs';

/**
 * global: services inside another procedure's global period, as far as the claim shows it.
 * - E/M on the day of, or the day before, a 90-day procedure: needs 57 (decision for surgery).
 * - A later E/M or procedure within 10 / 90 days after a procedure on the claim: needs 24 (unrelated
 *   E/M), 25, 58 (staged), 78 (return to OR) or 79 (unrelated procedure).
 * - 24 or 57 on a code that is not an E/M service: they say something about a visit only.
 * Same-day E/M with a 0/10-day procedure, and 25 on a code that is not an E/M, are mod-25's findings.
 * Global days come from the PFS row for the modifier billed, then the global row.
 */
const POSTOP_OK = new Set(['24', '25', '57', '58', '78', '79']);
const DAYS: Record<string, number> = { '010': 10, '090': 90 };
const SURGICAL = new Set(['000', '010', '090']);

export const checkGlobal: Check = (claim, data, ctx) => {
  const findings: Finding[] = emOnlyMisuse(claim, ctx, 'global', ['24', '57']);
  const dated = claim.serviceLines.filter(
    (l): l is ServiceLine & { dosFrom: string } => !!l.code && !!l.dosFrom,
  );
  if (dated.length < 2) return findings;
  if (data.pfs.status === 'no-data') {
    return [...findings, couldNotCheck('global', ctx, 'global surgery periods', data.pfs.reason)];
  }
  const pfs = data.pfs.value;
  const ds = data.pfs.dataset;
  const early: ServiceLine[] = [];
  const used = new Set<string>();
  /** The line's PFS row, when the release holds the line's date (else noted for one could-not-check). */
  const rowOf = (l: ServiceLine & { dosFrom: string }): PfsIndicators | null => {
    if (!releaseCovers(ds, l.dosFrom)) {
      if (!early.includes(l)) early.push(l);
      return null;
    }
    used.add(l.dosFrom);
    return pfsRow(pfs, l.code, l.modifiers);
  };
  // Only a line with another line from the day before to 90 days after can start a global period here.
  const onDate = new Map<string, number>();
  for (const l of dated) onDate.set(l.dosFrom, (onDate.get(l.dosFrom) ?? 0) + 1);
  const near = (s: ServiceLine & { dosFrom: string }) => {
    if ((onDate.get(s.dosFrom) ?? 0) > 1) return true;
    const [from, to] = [addDays(s.dosFrom, -1), addDays(s.dosFrom, 90)];
    return dated.some((l) => l !== s && l.dosFrom >= from && l.dosFrom <= to);
  };
  const surgeries = dated.filter((l) => !isEmService(l.code) && near(l) && DAYS[rowOf(l)?.globalDays ?? '']);
  const out: Finding[] = [];
  for (const s of surgeries) {
    const row = rowOf(s);
    const days = DAYS[row?.globalDays ?? ''] ?? 0;
    const end = addDays(s.dosFrom, days);
    for (const l of dated) {
      if (l === s) continue;
      const dayBefore = addDays(s.dosFrom, -1);
      if (
        isEmService(l.code) &&
        isMajorProcedure(row) &&
        (l.dosFrom === s.dosFrom || l.dosFrom === dayBefore)
      ) {
        if (l.modifiers.includes('57') || l.modifiers.includes('25')) continue;
        out.push(
          finding('global', ctx.claimIndex, {
            severity: 'warning',
            lines: [l.line, s.line],
            message: `E/M ${l.code} on line ${l.line} is ${l.dosFrom === s.dosFrom ? 'on the day of' : 'the day before'} 90-day procedure ${s.code} (line ${s.line}) without 57.`,
            action: `If this visit was when the decision for surgery was made, add 57 to line ${l.line}; otherwise it is part of the surgical package.`,
            source: '',
          }),
        );
        continue;
      }
      if (l.dosFrom <= s.dosFrom || l.dosFrom > end) continue;
      // Labs, drugs, imaging and tests (global XXX or no PFS row) are not part of a surgical package.
      if (!isEmService(l.code) && !SURGICAL.has(rowOf(l)?.globalDays ?? '')) continue;
      if (l.modifiers.some((m) => POSTOP_OK.has(m))) continue;
      out.push(
        finding('global', ctx.claimIndex, {
          severity: 'warning',
          lines: [l.line, s.line],
          message: `${l.code} on line ${l.line} (${l.dosFrom}) is inside the ${days}-day global period of ${s.code} on line ${s.line} (${s.dosFrom}).`,
          action: isEmService(l.code)
            ? `Post-op visits are included. If the visit was for an unrelated problem, add 24 to line ${l.line}.`
            : `Add 58 (staged or planned), 78 (return to the operating room) or 79 (unrelated procedure) to line ${l.line} if it applies; otherwise it is included.`,
          source: '',
        }),
      );
    }
  }
  const source = sourceOf(ds, [...used]);
  // Each of these says a modifier is missing: without the page's modifiers that cannot be judged.
  if (unread(claim, 'modifiers') && out.length > 0) {
    const lines = out.flatMap((f) => f.lines);
    findings.push(
      couldNotRead('global', ctx, 'the global surgery modifiers (24/25/57/58/78/79)', 'modifiers', lines),
    );
  } else findings.push(...out.map((f) => ({ ...f, source })));
  if (early.length > 0) findings.push(tooNewFor('global', ctx, 'global surgery periods', ds, early));
  return findings;
};
