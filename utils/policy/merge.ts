import { sameJson } from '../json';
import type { NoteSettings } from '../notes/settings';
import type { RetentionSettings } from '../privacy/retention';
import type { Jurisdiction } from '../rules/jurisdiction';
import type { RuleSettings } from '../rules/settings';
import { type PolicyField, RULE_POLICY_FIELDS } from './fields';
import type { PolicyView } from './read';

/**
 * The settings the checks use: the biller's own merged with the office policy. A locked policy value
 * always wins. An unlocked one is the office's default: it applies until the biller changes that
 * setting themselves (then the field is in `overridden`, kept in storage.local). The biller's own
 * values are never changed by a policy: remove the policy and they are back.
 */
export type Overridden = ReadonlySet<PolicyField>;

/** Where a setting's value comes from, for the options page. */
export type FieldSource = 'locked' | 'organisation' | 'own-over-organisation' | 'own';

export function fieldSource(policy: PolicyView, overridden: Overridden, field: PolicyField): FieldSource {
  if (policy.values[field] === undefined) return 'own';
  if (policy.locked.has(field)) return 'locked';
  return overridden.has(field) ? 'own-over-organisation' : 'organisation';
}

function policyWins(policy: PolicyView, overridden: Overridden, field: PolicyField): boolean {
  const source = fieldSource(policy, overridden, field);
  return source === 'locked' || source === 'organisation';
}

export function mergeRuleSettings(
  own: RuleSettings,
  policy: PolicyView,
  overridden: Overridden,
): RuleSettings {
  const out: Record<string, unknown> = { ...own };
  for (const field of RULE_POLICY_FIELDS) {
    if (policyWins(policy, overridden, field)) out[field] = policy.values[field];
  }
  return {
    ...(out as RuleSettings),
    jurisdiction: mergeJurisdiction(own.jurisdiction, policy, overridden),
  };
}

export function mergeJurisdiction(
  own: Jurisdiction,
  policy: PolicyView,
  overridden: Overridden,
): Jurisdiction {
  const managed = policy.values.jurisdiction;
  if (!managed || !policyWins(policy, overridden, 'jurisdiction')) return own;
  return { states: managed.states ?? [], contractors: managed.contractors ?? [], presetFrom: null };
}

export function mergeNoteSettings(
  own: NoteSettings,
  policy: PolicyView,
  overridden: Overridden,
): NoteSettings {
  const managed = policy.values.noteTemplates;
  if (!managed || !policyWins(policy, overridden, 'noteTemplates')) return own;
  return { ...own, templates: managed };
}

export function mergeRetention(
  own: RetentionSettings,
  policy: PolicyView,
  overridden: Overridden,
): RetentionSettings {
  const managed = policy.values.retention;
  if (!managed || !policyWins(policy, overridden, 'retention')) return own;
  return { ...own, ...managed };
}

/**
 * One setting edited on the options page: `shown` is what the page showed (merged), `next` what the
 * biller made of it. Unchanged: nothing to store. Changed: the biller's own value from now on, and a
 * field the office set (unlocked) becomes overridden. A locked field is never taken, whatever the page sent.
 */
export function fieldEdit(
  field: PolicyField,
  shown: unknown,
  next: unknown,
  policy: PolicyView,
): { take: boolean; override: boolean } {
  if (sameJson(shown, next) || policy.locked.has(field)) return { take: false, override: false };
  return { take: true, override: policy.values[field] !== undefined };
}

/** An edit of the rule settings: only changed fields are taken into the biller's own (see fieldEdit). */
export function applyRuleEdit(
  own: RuleSettings,
  shown: RuleSettings,
  next: RuleSettings,
  policy: PolicyView,
): { own: RuleSettings; overridden: PolicyField[] } {
  const out: Record<string, unknown> = { ...own };
  const overridden: PolicyField[] = [];
  const policyFields: readonly string[] = RULE_POLICY_FIELDS;
  // The jurisdiction is saved apart (its own key and editor), never through an edit of these.
  for (const key of Object.keys(next) as (keyof RuleSettings)[]) {
    if (key === 'jurisdiction') continue;
    if (!policyFields.includes(key)) {
      // A setting an office cannot set: the biller's whenever they change it.
      if (!sameJson(shown[key], next[key])) out[key] = next[key];
      continue;
    }
    const edit = fieldEdit(key as PolicyField, shown[key], next[key], policy);
    if (edit.take) out[key] = next[key];
    if (edit.override) overridden.push(key as PolicyField);
  }
  return { own: out as RuleSettings, overridden };
}
