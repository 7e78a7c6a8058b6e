import type { Finding } from '../../model/finding';
import { type Check, finding, medicareRuleFor } from '../context';
import { excludedGroup } from '../data/excluded-services';

/**
 * mod-excluded: a service Medicare never covers (routine preventive visits, refractions, hearing aids,
 * routine foot care without class findings) billed to Medicare without GY. Info: the claim denies
 * either way, but with GY the denial says "excluded by statute", which the secondary payer or the
 * patient's bill needs (Pub. 100-02 ch. 16). GY with GA or GZ stays the abn check's finding. Original
 * Medicare only, unless a payer's settings or pack name this check for that payer.
 */
const SOURCE = 'ClaimLens modifier rules 2026-11 (SSA §1862(a); Pub. 100-02 ch. 16)';

export const checkModExcluded: Check = (claim, _data, ctx) => {
  const who = medicareRuleFor('mod-excluded', claim, ctx);
  if (!who) return [];
  const findings: Finding[] = [];
  for (const l of claim.serviceLines) {
    const group = excludedGroup(l.code);
    if (!group || l.modifiers.includes('GY')) continue;
    if (group.coveredWith?.some((m) => l.modifiers.includes(m))) continue;
    const ga = l.modifiers.includes('GA')
      ? ' GA is for services that may be denied as not necessary; this one is excluded by statute (no ABN is required; GX notes a voluntary notice).'
      : '';
    findings.push(
      finding('mod-excluded', ctx.claimIndex, {
        severity: 'info',
        lines: [l.line],
        message: `${l.code} on line ${l.line} is ${group.name}, which Medicare never covers, and has no GY.`,
        action: `Add GY to line ${l.line} so the denial says "excluded by statute" for the secondary payer or the patient's bill${group.coveredWith ? `; if the patient has class findings that make foot care covered, add ${group.coveredWith.join(', ')} instead` : ''}.${ga}`,
        source: SOURCE,
      }),
    );
  }
  return findings;
};
