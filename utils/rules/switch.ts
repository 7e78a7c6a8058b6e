import type { RuleId } from '../model/finding';
import { payerMatches } from './payer-name';
import type { PayerPack } from './payer-pack';
import type { RuleSettings, RuleSwitch } from './settings';

/** The switch for a rule: global settings, then the user's per-payer switches, then payer packs. */
export function ruleSwitch(
  rule: RuleId,
  settings: RuleSettings,
  payer: string | null,
  packs: readonly PayerPack[],
): RuleSwitch {
  let current: RuleSwitch = settings.rules[rule] ?? { enabled: true, severity: null };
  for (const p of settings.payerRules) {
    const s = payerMatches(p.payerPattern, payer) ? p.rules[rule] : undefined;
    if (s) current = { enabled: current.enabled && s.enabled, severity: s.severity ?? current.severity };
  }
  for (const pack of packs) {
    const s = pack.rules[rule];
    if (s) current = { enabled: current.enabled && s.enabled, severity: s.severity ?? current.severity };
  }
  return current;
}
