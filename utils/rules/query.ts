import type { Claim } from '../model/snapshot';
import type { RuleQuery } from '../ruledata/types';

/** Practitioner tables for professional claims (and unknown: most portal claims are 837P), hospital for institutional. */
export function settingOf(claim: Claim): 'practitioner' | 'hospital' {
  return claim.claimType === 'institutional' ? 'hospital' : 'practitioner';
}

/** The one batched question for a claim's rule data. */
export function buildRuleQuery(claim: Claim, today: string): RuleQuery {
  const codes = new Set<string>();
  const modifiers = new Set<string>();
  const dates = new Set<string>();
  const pos = new Set<string>();
  for (const l of claim.serviceLines) {
    if (l.code) codes.add(l.code);
    for (const m of l.modifiers) modifiers.add(m);
    if (l.dosFrom) dates.add(l.dosFrom);
    if (l.pos) pos.add(l.pos);
  }
  // A claim being keyed may have no date yet: the rules then use today's data.
  if (dates.size === 0) dates.add(today);
  return {
    codes: [...codes].sort(),
    modifiers: [...modifiers].sort(),
    diagnoses: [...new Set(claim.diagnoses.map((d) => d.code))].sort(),
    datesOfService: [...dates].sort(),
    setting: settingOf(claim),
    placesOfService: [...pos].sort(),
  };
}
