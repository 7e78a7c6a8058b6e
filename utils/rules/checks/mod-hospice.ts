import type { Claim } from '../../model/snapshot';
import { type Check, type CheckContext, finding, medicareRuleFor } from '../context';
import { describePeriod, ELIGIBILITY_SOURCE, openOn } from '../eligibility/common';

/**
 * mod-hospice: when the eligibility ClaimLens read on the page shows a hospice election open on a
 * line's date of service, a Part B line (professional claim to original Medicare) needs GW (not related
 * to the terminal condition) or GV (attending physician not employed or paid by the hospice); without
 * either it denies as covered by the hospice (Pub. 100-04 ch. 11 §40.1.3, §50). One finding for the
 * lines concerned. Quiet when no eligibility was read on the page (nothing to compare with).
 */
const SOURCE = `${ELIGIBILITY_SOURCE}; Pub. 100-04 ch. 11 §40.1.3, §50`;

/** The claims this check judges: professional lines to original Medicare (or a payer that names the check). */
export function hospiceCheckedByLine(claim: Claim, ctx: CheckContext): boolean {
  return (
    claim.claimType !== 'institutional' &&
    claim.serviceLines.some((l) => l.code) &&
    medicareRuleFor('mod-hospice', claim, ctx) !== null
  );
}

export const checkModHospice: Check = (claim, _data, ctx) => {
  const hospice = ctx.snapshot.eligibility?.hospice ?? [];
  if (hospice.length === 0 || !hospiceCheckedByLine(claim, ctx)) return [];
  const who = medicareRuleFor('mod-hospice', claim, ctx);
  const open = claim.serviceLines
    .filter((l) => l.code && !l.modifiers.includes('GW') && !l.modifiers.includes('GV'))
    .map((l) => ({ l, period: hospice.find((p) => openOn(p, l.dosFrom ?? ctx.today)) }))
    .filter((x) => x.period !== undefined);
  const first = open[0];
  if (!first?.period) return [];
  const lines = open.map((x) => x.l.line);
  return [
    finding('mod-hospice', ctx.claimIndex, {
      severity: 'warning',
      lines,
      message: `A hospice election is open on the date of service (${describePeriod(first.period)}) and ${lines.length === 1 ? `line ${lines[0]} has` : `lines ${lines.join(', ')} have`} neither GW nor GV: ${who === 'medicare' ? 'Medicare' : 'the payer'} will deny ${lines.length === 1 ? 'it' : 'them'} as covered by the hospice.`,
      action:
        'If the service was not related to the terminal condition, add GW (with a diagnosis that shows it); if you are the attending physician not employed or paid by the hospice, add GV. Otherwise bill the hospice, not Medicare.',
      source: SOURCE,
    }),
  ];
};
