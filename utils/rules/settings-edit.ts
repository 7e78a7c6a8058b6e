import type { RuleId } from '../model/finding';
import { formatPayerNames, MAX_FRAGMENT, normalName, type PayerNames, payerNamesMatch } from './payer-names';
import type { RuleSettings } from './settings';

/**
 * Settings changed from the side panel, on the finding itself: "Turn off for this payer" and
 * "Change the filing limit for this payer". Pure: the panel's wiring loads, applies and saves.
 * Payers are matched by "name contains" (payer-names.ts); what the panel stores is a plain
 * fragment of the payer's name (letters, digits, spaces, & ' -: no comma, which would split it).
 */

/** "Cigna" → "Cigna"; "Blue Cross (BCBS) of TX" → "Blue Cross": the name up to its first symbol. */
export function payerFragment(payer: string): string | null {
  const head = /^[A-Za-z0-9 &'-]+/.exec(payer.trim())?.[0] ?? '';
  const fragment = head.replace(/\s+/g, ' ').trim().slice(0, MAX_FRAGMENT).trim();
  return /[A-Za-z0-9]/.test(fragment) ? fragment : null;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Payer names that are exactly this one fragment ("Cigna"), as the panel stores them. */
const onlyName = (fragment: string): PayerNames => ({
  nameContains: [normalName(fragment)],
  unlessNameContains: [],
});
const isOnly = (names: PayerNames, fragment: string) => formatPayerNames(names) === normalName(fragment);

/** The check switched off for payers whose name contains the payer's name (an existing entry is reused). */
export function turnOffForPayer(settings: RuleSettings, rule: RuleId, payer: string): RuleSettings {
  const fragment = payerFragment(payer);
  if (!fragment) return settings;
  const off = { enabled: false, severity: null };
  const index = settings.payerRules.findIndex((p) => isOnly(p.payer, fragment));
  const payerRules =
    index >= 0
      ? settings.payerRules.map((p, i) => (i === index ? { ...p, rules: { ...p.rules, [rule]: off } } : p))
      : [...settings.payerRules, { payer: onlyName(fragment), rules: { [rule]: off } }];
  return { ...settings, payerRules };
}

/** The filing limit in force for a payer (the first matching row), else the unknown-payer default. */
export function filingLimitDaysFor(settings: RuleSettings, payer: string): number {
  return (
    settings.filingLimits.find((l) => payerNamesMatch(l.payer, payer))?.days ??
    settings.unknownPayerFilingDays
  );
}

/**
 * Sets the payer's filing limit: the row that applies to it when that row is for this very name,
 * else a new row first in the list (the first matching row applies), named after the payer.
 */
export function setFilingLimitForPayer(settings: RuleSettings, payer: string, days: number): RuleSettings {
  const fragment = payerFragment(payer);
  if (!fragment) return settings;
  const index = settings.filingLimits.findIndex((l) => payerNamesMatch(l.payer, payer));
  const row = settings.filingLimits[index];
  if (row && (isOnly(row.payer, fragment) || same(row.name, payer))) {
    return {
      ...settings,
      filingLimits: settings.filingLimits.map((l, i) => (i === index ? { ...l, days } : l)),
    };
  }
  const added = {
    name: payer.trim().slice(0, 100),
    payer: onlyName(fragment),
    days,
    outOfNetworkDays: null,
    note: 'set from the side panel',
  };
  return { ...settings, filingLimits: [added, ...settings.filingLimits] };
}
