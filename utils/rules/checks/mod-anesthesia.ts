import type { Finding, Severity } from '../../model/finding';
import { type Check, finding, medicareRuleFor } from '../context';
import { CRNA_PROCEDURES, isAnesthesiaCode, PRICING_MODIFIERS } from '../data/anesthesia';

/**
 * mod-anesthesia: Medicare prices an anesthesia line (00100–01999) from one pricing modifier — AA, AD,
 * QK, QX, QY or QZ (Pub. 100-04 ch. 12 §50, §140.3.3). None: the line cannot be priced (CO-4, returned).
 * Two on one line contradict each other (who furnished the case, and how). A pricing modifier on a code
 * that is not anesthesia (QX/QZ on the CRNA procedures aside) is misplaced: reported here, once.
 * Original Medicare only, unless a payer's settings or pack name this check for that payer.
 */
const SOURCE = 'ClaimLens modifier rules 2026-11 (Pub. 100-04 ch. 12 §50, §140.3.3)';

const describe = (m: string) => `${m} (${PRICING_MODIFIERS[m] ?? 'pricing modifier'})`;

export const checkModAnesthesia: Check = (claim, _data, ctx) => {
  const who = medicareRuleFor('mod-anesthesia', claim, ctx);
  if (!who) return [];
  const level: Severity = who === 'medicare' ? 'error' : 'warning';
  const findings: Finding[] = [];
  for (const l of claim.serviceLines) {
    if (!l.code) continue;
    const pricing = l.modifiers.filter((m) => m in PRICING_MODIFIERS);
    if (!isAnesthesiaCode(l.code)) {
      const misplaced = pricing.filter(
        (m) => !(CRNA_PROCEDURES.has(l.code ?? '') && (m === 'QX' || m === 'QZ')),
      );
      if (misplaced.length === 0) continue;
      findings.push(
        finding('mod-anesthesia', ctx.claimIndex, {
          severity: 'warning',
          lines: [l.line],
          message: `${l.code} on line ${l.line} has ${misplaced.join(' and ')}, an anesthesia pricing modifier, but it is not an anesthesia code (00100–01999).`,
          action: `Remove ${misplaced.join(' and ')} from line ${l.line}; put the pricing modifier on the anesthesia line.`,
          source: SOURCE,
        }),
      );
      continue;
    }
    if (pricing.length === 0) {
      findings.push(
        finding('mod-anesthesia', ctx.claimIndex, {
          severity: level,
          lines: [l.line],
          message: `Anesthesia ${l.code} on line ${l.line} has no pricing modifier: ${who === 'medicare' ? 'Medicare cannot price it and returns the line (CO-4)' : 'the payer cannot tell who furnished it'}.`,
          action: `Add the one that fits to line ${l.line}: AA personally performed by the anesthesiologist, QK / QY medical direction (2–4 cases / one CRNA), AD supervision of more than four, QX CRNA with medical direction, QZ CRNA without.`,
          source: SOURCE,
        }),
      );
    } else if (pricing.length > 1) {
      findings.push(
        finding('mod-anesthesia', ctx.claimIndex, {
          severity: level,
          lines: [l.line],
          message: `Anesthesia ${l.code} on line ${l.line} has ${pricing.map(describe).join(' and ')}: they contradict each other on one line.`,
          action:
            'Keep the one modifier for the person who billed this line; when an anesthesiologist directs a CRNA, each bills the same code on a line of their own (QK or QY, and QX).',
          source: SOURCE,
        }),
      );
    }
  }
  return findings;
};
