import type { NoteSettings } from '../notes/settings';
import type { RetentionSettings } from '../privacy/retention';
import type { RuleSettings } from '../rules/settings';
import { type PolicyField, type PolicyValues, RULE_POLICY_FIELDS } from './fields';

/**
 * "Export as policy": the settings as this biller has them, written as a policy file an administrator
 * can deploy to every browser of the office (README: "For administrators").
 */
export interface SettingsToExport {
  rules: RuleSettings;
  notes: NoteSettings;
  retention: RetentionSettings;
  /** The taught pages ClaimLens reads with here: the biller's own and the office's (utils/teach/office.ts). */
  recipes: PolicyValues['recipes'];
}

export function policyFromSettings(
  settings: SettingsToExport,
  locked: readonly PolicyField[],
): Record<string, unknown> {
  const policy: Record<string, unknown> = {};
  for (const field of RULE_POLICY_FIELDS) policy[field] = settings.rules[field];
  const { states, contractors } = settings.rules.jurisdiction;
  // A portal preset is this browser's guess, not the office's choice: only states and numbers go out.
  if (states.length > 0 || contractors.length > 0) policy.jurisdiction = { states, contractors };
  policy.noteTemplates = settings.notes.templates;
  policy.retention = settings.retention;
  if (settings.recipes.length > 0) policy.recipes = settings.recipes;
  const present = new Set(Object.keys(policy));
  policy.locked = locked.filter((f) => present.has(f));
  return policy;
}

export type PolicyFileKind = 'chrome' | 'firefox' | 'values';

export const POLICY_FILE_NAMES: Record<PolicyFileKind, string> = {
  chrome: 'claimlens-policy.json',
  firefox: 'policies.json',
  values: 'claimlens-policy-values.json',
};

/**
 * chrome: a file for /etc/opt/chrome/policies/managed/ (Chromium: /etc/chromium/policies/managed/,
 *   Edge: /etc/opt/edge/policies/managed/), the `3rdparty` form naming the extension id.
 * firefox: policies.json (`3rdparty.Extensions.<gecko id>`).
 * values: the bare settings, for the Google Admin console ("Policy for extensions") or an MDM profile.
 * Recipes go to Chrome as JSON text (its policy schema has no "any JSON" type).
 */
export function policyFile(
  kind: PolicyFileKind,
  policy: Record<string, unknown>,
  ids: { chrome: string; gecko: string },
): string {
  const forChrome =
    Array.isArray(policy.recipes) && kind !== 'firefox'
      ? { ...policy, recipes: (policy.recipes as unknown[]).map((r) => JSON.stringify(r)) }
      : policy;
  const file =
    kind === 'chrome'
      ? { '3rdparty': { extensions: { [ids.chrome]: forChrome } } }
      : kind === 'firefox'
        ? { policies: { '3rdparty': { Extensions: { [ids.gecko]: policy } } } }
        : forChrome;
  return `${JSON.stringify(file, null, 2)}\n`;
}
