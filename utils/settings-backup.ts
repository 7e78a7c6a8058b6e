import type { z } from 'zod';
import { NoteSettings } from './notes/settings';
import { RetentionSettings } from './privacy/retention';
import { CmsUrls } from './ruledata/cms-download';
import { Jurisdiction } from './rules/jurisdiction';
import { RuleSettings } from './rules/settings';
import { DisplaySettings, UserHosts } from './settings';
import { RECIPES_KEY } from './teach/keys';
import { StoredRecipes } from './teach/recipe';

/**
 * Which stored settings a backup carries, each with the schema it must pass before it is written
 * back, and how the options page names it. Anything else in a backup file is ignored, so a crafted
 * file cannot plant other keys; a Map, so a key an object inherits ("constructor", "__proto__",
 * "toString") is just an unknown key.
 */
const SETTINGS = new Map<string, { schema: z.ZodType; label: string }>([
  ['settings:rules', { schema: RuleSettings, label: 'checks, filing limits and payer rules' }],
  ['settings:notes', { schema: NoteSettings, label: 'note templates and initials' }],
  ['settings:display', { schema: DisplaySettings, label: 'display' }],
  ['settings:retention', { schema: RetentionSettings, label: 'retention' }],
  ['settings:userHosts', { schema: UserHosts, label: 'added portals' }],
  ['settings:cmsUrls', { schema: CmsUrls, label: 'CMS download addresses' }],
  ['settings:jurisdiction', { schema: Jurisdiction, label: 'Medicare jurisdiction' }],
  [RECIPES_KEY, { schema: StoredRecipes, label: 'taught pages' }],
]);

/** How the options page names a stored setting ("note templates and initials"), or null if unknown. */
export function settingLabel(key: string): string | null {
  return SETTINGS.get(key)?.label ?? null;
}

/** The settings to put in a backup, from everything in storage.local. */
export function settingsForBackup(stored: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(stored).filter(([key]) => SETTINGS.has(key)));
}

/**
 * The settings from a backup that are safe to store, and the keys that were refused (not valid, or
 * not a ClaimLens setting). Pure: nothing is written, nothing throws.
 */
export function settingsFromBackup(raw: Record<string, unknown>): {
  valid: Record<string, unknown>;
  refused: string[];
} {
  const valid: Record<string, unknown> = {};
  const refused: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const known = SETTINGS.get(key);
    let parsed: { success: boolean; data?: unknown } = { success: false };
    try {
      parsed = known ? known.schema.safeParse(value) : parsed;
    } catch {
      // A schema must never throw; if one does, the setting is refused like an invalid one.
    }
    if (known && parsed.success) valid[key] = parsed.data;
    else refused.push(key);
  }
  return { valid, refused };
}
