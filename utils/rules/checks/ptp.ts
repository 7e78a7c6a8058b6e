import type { Finding } from '../../model/finding';
import type { Claim, ServiceLine } from '../../model/snapshot';
import type { PtpEdit } from '../../ruledata/types';
import {
  type Check,
  claimDates,
  couldNotCheck,
  couldNotRead,
  finding,
  isEmService,
  linesByDate,
  sourceOf,
  unread,
} from '../context';
import { EM_ONLY } from '../modifier-families';
import { DISTINCT, GLOBAL_SURGERY, sitesOf } from '../modifiers';

/**
 * ptp: NCCI procedure-to-procedure edits between two lines on the same date of service.
 * The store returns every edit among the claim's codes, for all dates; this check keeps the rows
 * that apply on the date (effective ≤ DOS < deleted) and takes the strictest indicator when CMS
 * keeps a historical row beside a current one (0 before 1 before 9).
 */

export type PtpIndex = Map<string, PtpEdit[]>;

export function indexPtp(edits: readonly PtpEdit[]): PtpIndex {
  const index: PtpIndex = new Map();
  for (const e of edits) {
    const key = `${e.column1}|${e.column2}`;
    const list = index.get(key);
    if (list) list.push(e);
    else index.set(key, [e]);
  }
  return index;
}

/** The indicator that applies on the date, or null when no edit is in force then. */
export function ptpIndicatorOn(
  index: PtpIndex,
  column1: string,
  column2: string,
  dos: string,
): 0 | 1 | 9 | null {
  let best: 0 | 1 | 9 | null = null;
  for (const e of index.get(`${column1}|${column2}`) ?? []) {
    if (e.effective > dos || (e.deleted !== null && dos >= e.deleted)) continue;
    if (best === null || rank(e.modifierIndicator) < rank(best)) best = e.modifierIndicator;
  }
  return best;
}

function rank(indicator: 0 | 1 | 9): number {
  return indicator === 9 ? 2 : indicator;
}

/**
 * Whether an indicator-1 edit is bypassed. Global-surgery modifiers and 91 count on the column-2
 * line — 24, 25 and 57 only when it is an E/M service (CPT defines them for E/M; on a procedure they
 * are not an NCCI-associated modifier and the pair stays bundled); 59/X on either line; anatomic
 * modifiers only when the column-2 line names a site the column-1 line does not (RT on both lines is
 * still the same knee). An anatomic modifier on the column-2 line only (38573 with 12017-RT) counts:
 * claims systems compare modifiers mechanically and policy text does not settle it (README).
 */
export function ptpBypassed(col1: ServiceLine, col2: ServiceLine): boolean {
  if (col1.modifiers.some((m) => DISTINCT.has(m)) || col2.modifiers.some((m) => DISTINCT.has(m))) return true;
  const em = isEmService(col2.code);
  if (col2.modifiers.some((m) => m === '91' || (GLOBAL_SURGERY.has(m) && (em || !EM_ONLY.has(m)))))
    return true;
  const col1Sites = new Set(sitesOf(col1.modifiers));
  return sitesOf(col2.modifiers).some((s) => !col1Sites.has(s));
}

/** " (25 on line 2 does not count: …)" when an E/M-only modifier sits on a column-2 procedure. */
function emOnlyOn(col2: ServiceLine): string {
  if (isEmService(col2.code)) return '';
  const used = col2.modifiers.filter((m) => EM_ONLY.has(m));
  return used.length > 0
    ? ` (${used.join('/')} on line ${col2.line} does not count: ${used.length > 1 ? 'they are' : 'it is'} for E/M visits only)`
    : '';
}

export interface PtpPairOnClaim {
  column1: ServiceLine;
  column2: ServiceLine;
  indicator: 0 | 1;
  bypassed: boolean;
}

/** Every PTP pair in force on the claim (used by ptp and by the denial guidance). */
export function ptpPairs(
  lineGroups: Map<string, ServiceLine[]>,
  index: PtpIndex,
  today: string,
): PtpPairOnClaim[] {
  const pairs: PtpPairOnClaim[] = [];
  for (const [date, lines] of lineGroups) {
    const dos = date || today;
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i];
        const b = lines[j];
        if (!a?.code || !b?.code || a.code === b.code) continue;
        for (const [c1, c2] of [
          [a, b],
          [b, a],
        ] as const) {
          const ind = ptpIndicatorOn(index, c1.code ?? '', c2.code ?? '', dos);
          if (ind === 0 || ind === 1) {
            pairs.push({
              column1: c1,
              column2: c2,
              indicator: ind,
              bypassed: ind === 1 && ptpBypassed(c1, c2),
            });
          }
        }
      }
    }
  }
  return pairs;
}

/** Every PTP pair in force among a claim's lines, by date of service (mod-25, denial causes). */
export const ptpPairsOnClaim = (claim: Claim, edits: readonly PtpEdit[], today: string): PtpPairOnClaim[] =>
  ptpPairs(linesByDate(claim), indexPtp(edits), today);

export const checkPtp: Check = (claim, data, ctx) => {
  const groups = linesByDate(claim);
  const hasPair = [...groups.values()].some((g) => new Set(g.map((l) => l.code)).size > 1);
  if (!hasPair) return [];
  if (data.ptp.status === 'no-data') {
    return [couldNotCheck('ptp', ctx, 'NCCI bundling pairs (PTP)', data.ptp.reason)];
  }
  const source = sourceOf(data.ptp.dataset, claimDates(claim));
  const findings: Finding[] = [];
  // Whether a modifier allows an indicator-1 pair cannot be judged when the page shows no modifiers.
  const modifiersUnread = unread(claim, 'modifiers');
  const unjudged: number[] = [];
  for (const p of ptpPairs(groups, indexPtp(data.ptp.value), ctx.today)) {
    if (p.bypassed) continue;
    const c1 = `${p.column1.code} (line ${p.column1.line})`;
    const c2 = `${p.column2.code} (line ${p.column2.line})`;
    const lines = [p.column1.line, p.column2.line];
    if (p.indicator === 0) {
      findings.push(
        finding('ptp', ctx.claimIndex, {
          severity: 'error',
          lines,
          message: `${c2} is bundled into ${c1} on the same day and can never be paid with it (NCCI modifier indicator 0).`,
          action: `Remove ${p.column2.code} from the claim (or write it off if denied). No modifier makes this pair payable; an appeal will not succeed.`,
          source,
        }),
      );
      continue;
    }
    if (modifiersUnread) {
      unjudged.push(...lines);
      continue;
    }
    const modifierHint = isEmService(p.column2.code)
      ? `add 25 to the E/M on line ${p.column2.line} if it was significant and separately identifiable`
      : `add XS (separate site), XE (separate encounter), XP (different practitioner) or XU — or 59 — to line ${p.column2.line}`;
    findings.push(
      finding('ptp', ctx.claimIndex, {
        severity: 'error',
        lines,
        message: `${c2} is bundled into ${c1} on the same day (NCCI modifier indicator 1) and has no modifier that allows both${emOnlyOn(p.column2)}.`,
        action: `If the service was distinct, ${modifierHint}, and document why. If it was not distinct, remove line ${p.column2.line}.`,
        source,
      }),
    );
  }
  if (unjudged.length > 0)
    findings.push(
      couldNotRead('ptp', ctx, 'whether a modifier allows the NCCI pairs', 'modifiers', unjudged),
    );
  return findings;
};
