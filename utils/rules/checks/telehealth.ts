import type { Finding } from '../../model/finding';
import type { ServiceLine } from '../../model/snapshot';
import { type Check, finding, isMedicare, unread } from '../context';
import { TELEHEALTH } from '../modifiers';

/**
 * telehealth: POS 02 / 10 against 95 / 93 / FQ / GT. The rules change every year, so each one is
 * dated; a line is judged by the rule in force on its date of service.
 */
export const TELEHEALTH_SOURCE = 'ClaimLens telehealth rules (CMS CY2024–CY2026), 2026-11';

interface DatedRule {
  from: string;
  to: string | null;
  applies: (l: ServiceLine, medicare: boolean) => boolean;
  severity: 'error' | 'warning' | 'info';
  /** Fires on a modifier being absent: cannot be judged when the page shows no modifiers. */
  needsModifiers?: boolean;
  message: (l: ServiceLine) => string;
  action: string;
}

const TELE_POS = new Set(['02', '10']);

export const TELEHEALTH_RULES: readonly DatedRule[] = [
  {
    from: '2017-01-01',
    to: null,
    applies: (l) => l.modifiers.includes('93') && l.modifiers.includes('95'),
    severity: 'error',
    message: (l) => `Line ${l.line} has both 93 (audio only) and 95 (audio and video).`,
    action: 'Keep the one that describes how the visit was done.',
  },
  {
    // Since 2018 Medicare uses GT only for critical access hospital method II claims.
    from: '2018-01-01',
    to: null,
    applies: (l, medicare) => medicare && l.modifiers.includes('GT'),
    severity: 'warning',
    message: (l) =>
      `Line ${l.line} uses GT, which Medicare accepts only on critical access hospital (method II) claims.`,
    action: 'Use 95 (video) or 93 (audio only) with POS 02 or 10.',
  },
  {
    from: '2024-01-01',
    to: null,
    applies: (l, medicare) =>
      !medicare && l.pos !== null && TELE_POS.has(l.pos) && !l.modifiers.some((m) => TELEHEALTH.has(m)),
    severity: 'info',
    needsModifiers: true,
    message: (l) => `Line ${l.line} is billed as telehealth (POS ${l.pos}) without 95 or 93.`,
    action:
      "Many commercial payers want 95 (video) or 93 (audio only) with POS 02/10: check the payer's telehealth policy.",
  },
  {
    from: '2024-01-01',
    to: null,
    applies: (l) =>
      l.pos !== null && !TELE_POS.has(l.pos) && l.modifiers.includes('FQ') && !['50', '72'].includes(l.pos),
    severity: 'warning',
    message: (l) =>
      `Line ${l.line} has FQ (audio-only at a rural health clinic or FQHC) but POS ${l.pos} is neither.`,
    action: 'Use 93 for audio-only services outside RHC/FQHC billing.',
  },
];

export const checkTelehealth: Check = (claim, _data, ctx) => {
  const medicare = isMedicare(claim.payer);
  const modifiersUnread = unread(claim, 'modifiers');
  const findings: Finding[] = [];
  for (const l of claim.serviceLines) {
    const dos = l.dosFrom ?? ctx.today;
    for (const rule of TELEHEALTH_RULES) {
      if (dos < rule.from || (rule.to !== null && dos > rule.to) || !rule.applies(l, medicare)) continue;
      if (rule.needsModifiers && modifiersUnread) continue;
      findings.push(
        finding('telehealth', ctx.claimIndex, {
          severity: rule.severity,
          lines: [l.line],
          message: rule.message(l),
          action: rule.action,
          source: TELEHEALTH_SOURCE,
        }),
      );
    }
  }
  return findings;
};
