import type { RuleId } from '../model/finding';
import { payerNamesMatch } from './payer-names';
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
    const s = payerNamesMatch(p.payer, payer) ? p.rules[rule] : undefined;
    if (s) current = { enabled: current.enabled && s.enabled, severity: s.severity ?? current.severity };
  }
  for (const pack of packs) {
    const s = pack.rules[rule];
    if (s) current = { enabled: current.enabled && s.enabled, severity: s.severity ?? current.severity };
  }
  return current;
}

/**
 * True when the user's per-payer switches or a payer pack matching this payer name the rule, switched
 * on: a check written for Medicare then applies to that payer too (at the level set there, else its
 * default). The checks that are Medicare-only use this; the others apply to every payer already.
 */
export function namedForPayer(
  rule: RuleId,
  settings: RuleSettings,
  payer: string | null,
  packs: readonly PayerPack[],
): boolean {
  const own = settings.payerRules.some((p) => payerNamesMatch(p.payer, payer) && p.rules[rule]?.enabled);
  return own || packs.some((pack) => pack.rules[rule]?.enabled === true);
}
