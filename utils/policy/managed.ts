import { browser } from 'wxt/browser';
import { z } from 'zod';
import { sameJson } from '../json';
import { logOnce } from '../log';
import { loadNoteSettings, type NoteSettings } from '../notes/settings';
import { loadRetentionSettings, type RetentionSettings } from '../privacy/retention';
import type { Jurisdiction } from '../rules/jurisdiction';
import type { RuleSettings } from '../rules/settings';
import { loadJurisdiction, loadRuleSettings, saveRuleSettings } from '../settings';
import { defineSetting, loadSetting, saveSetting } from '../stored-setting';
import { POLICY_FIELDS, type PolicyField } from './fields';
import {
  applyRuleEdit,
  mergeJurisdiction,
  mergeNoteSettings,
  mergeRetention,
  mergeRuleSettings,
  type Overridden,
} from './merge';
import { NO_POLICY, type PolicyView, readPolicy } from './read';

/**
 * The office policy in storage.managed, and the settings every context uses: the biller's own merged
 * with it (utils/policy/merge.ts). Chrome answers `{}` when no policy is set; Firefox throws
 * ("Managed storage manifest not found"): both mean no policy.
 */
export async function loadPolicy(): Promise<PolicyView> {
  if (!browser.storage.managed) return NO_POLICY;
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch (error) {
    if (!/manifest not found|not.*supported/i.test(String(error)))
      logOnce('policy: could not read it', error);
    return NO_POLICY;
  }
  const policy = readPolicy(raw);
  if (policy.problems.length > 0) logOnce(`policy: ignored ${policy.problems.length} malformed part(s)`);
  return policy;
}

export const POLICY_OVERRIDES_KEY = 'settings:policyOverrides';
/** The office defaults (unlocked policy fields) the biller changed themselves. Version 1: field names. */
export const POLICY_OVERRIDES = defineSetting(
  POLICY_OVERRIDES_KEY,
  z
    .array(z.enum(POLICY_FIELDS as [PolicyField, ...PolicyField[]]))
    .max(POLICY_FIELDS.length)
    .default([]),
  1,
);

export async function loadOverrides(): Promise<Overridden> {
  return new Set(await loadSetting(POLICY_OVERRIDES));
}

/** The biller took these office defaults over; `back` gives them back to the office. */
export async function markOverridden(fields: readonly PolicyField[], back = false): Promise<void> {
  if (fields.length === 0) return;
  const now = new Set(await loadSetting(POLICY_OVERRIDES));
  for (const f of fields) {
    if (back) now.delete(f);
    else now.add(f);
  }
  await saveSetting(POLICY_OVERRIDES, [...now]);
}

export async function loadEffectiveRuleSettings(): Promise<RuleSettings> {
  const [own, policy, overridden] = await Promise.all([loadRuleSettings(), loadPolicy(), loadOverrides()]);
  return mergeRuleSettings(own, policy, overridden);
}

/**
 * A quick edit of the rule settings from the side panel ("turn this check off for this payer", "this
 * payer's filing limit"): made on what the checks use, stored as the biller's own. A change to a field
 * the organisation locked is not made: `locked` says so, and nothing is written.
 */
export async function editRuleSettings(
  change: (shown: RuleSettings) => RuleSettings,
): Promise<{ after: RuleSettings; locked: boolean }> {
  const [own, policy, overridden] = await Promise.all([loadRuleSettings(), loadPolicy(), loadOverrides()]);
  const shown = mergeRuleSettings(own, policy, overridden);
  const next = change(shown);
  const locked = [...policy.locked].some(
    (f) => f in next && !sameJson(shown[f as keyof RuleSettings], next[f as keyof RuleSettings]),
  );
  if (locked) return { after: shown, locked: true };
  const edit = applyRuleEdit(own, shown, next, policy);
  await saveRuleSettings(edit.own);
  await markOverridden(edit.overridden);
  return {
    after: mergeRuleSettings(edit.own, policy, new Set([...overridden, ...edit.overridden])),
    locked: false,
  };
}

export async function loadEffectiveJurisdiction(): Promise<Jurisdiction> {
  const [own, policy, overridden] = await Promise.all([loadJurisdiction(), loadPolicy(), loadOverrides()]);
  return mergeJurisdiction(own, policy, overridden);
}

export async function loadEffectiveNoteSettings(): Promise<NoteSettings> {
  const [own, policy, overridden] = await Promise.all([loadNoteSettings(), loadPolicy(), loadOverrides()]);
  return mergeNoteSettings(own, policy, overridden);
}

export async function loadEffectiveRetention(): Promise<RetentionSettings> {
  const [own, policy, overridden] = await Promise.all([
    loadRetentionSettings(),
    loadPolicy(),
    loadOverrides(),
  ]);
  return mergeRetention(own, policy, overridden);
}

/** Calls back when the office policy changes (an administrator pushed a new one) or the overrides do. */
export function watchPolicy(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && POLICY_OVERRIDES_KEY in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
