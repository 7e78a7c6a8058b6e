import type { Finding, RuleId } from '../model/finding';
import type { Claim } from '../model/snapshot';
import { BUILT_IN_SOURCE, type CheckContext, finding, isEmService } from './context';

/**
 * Modifiers that are valid in the modifier lists but mean something only on one family of codes. Each
 * family has ONE owning check that reports the modifier on a code outside the family, so a misplaced
 * modifier is reported once, never by every check that reads it (the others simply do not count it:
 * ptp does not take 25 on a procedure as a bypass). 26/TC belong to pctc (PC/TC indicator); the
 * therapy, anesthesia and ambulance families to mod-therapy, mod-anesthesia and mod-ambulance.
 */

/** Modifiers CPT defines for E/M services only (NCCI Policy Manual ch. 1: NCCI-associated on an E/M). */
export const EM_ONLY: ReadonlySet<string> = new Set(['24', '25', '57']);

const EM_MISUSE: Record<string, { what: string; instead: string }> = {
  '24': {
    what: '24 says an E/M visit in a post-operative period was unrelated to the surgery',
    instead:
      'on a procedure in the post-operative period use 79 (unrelated), 58 (staged) or 78 (return to the OR)',
  },
  '25': {
    what: '25 says an E/M visit was significant and separately identifiable from a procedure that day',
    instead:
      'if this procedure was distinct from another one that day, use XS, XE, XP or XU (or 59) instead; 25 never makes an NCCI pair payable on a procedure',
  },
  '57': {
    what: '57 says an E/M visit was where the decision for major surgery was made',
    instead: 'put 57 on the E/M of the day of, or the day before, the major procedure',
  },
};

/** Lines where 24/25/57 (those of `modifiers`) sit on a code that is not an E/M service. */
export function emOnlyMisuse(
  claim: Claim,
  ctx: CheckContext,
  rule: RuleId,
  modifiers: readonly string[],
): Finding[] {
  const out: Finding[] = [];
  for (const l of claim.serviceLines) {
    if (!l.code || isEmService(l.code)) continue;
    for (const m of l.modifiers.filter((x) => modifiers.includes(x) && EM_ONLY.has(x))) {
      const text = EM_MISUSE[m];
      if (!text) continue;
      // The visit it belongs on, when one on the same day lacks it.
      const visit = claim.serviceLines.find(
        (o) => o !== l && isEmService(o.code) && o.dosFrom === l.dosFrom && !o.modifiers.includes(m),
      );
      out.push(
        finding(rule, ctx.claimIndex, {
          severity: 'warning',
          lines: [l.line],
          message: `${m} is on ${l.code} (line ${l.line}), which is not an E/M service: ${text.what}, so on this code it is the wrong modifier and changes nothing.`,
          action: visit
            ? `Move ${m} to the E/M on line ${visit.line} if it applies there, and remove it from line ${l.line}.`
            : `Remove ${m} from line ${l.line}; ${text.instead}.`,
          source: `${BUILT_IN_SOURCE} (CPT modifier definitions; NCCI Policy Manual ch. 1)`,
        }),
      );
    }
  }
  return out;
}
