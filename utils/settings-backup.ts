import { NOTE_SETTINGS } from './notes/settings';
import { POLICY_OVERRIDES } from './policy/managed';
import { RETENTION } from './privacy/retention';
import { CMS_URLS } from './ruledata/cms-download';
import { DISPLAY_SETTINGS, JURISDICTION, RULE_SETTINGS, USER_HOSTS } from './settings';
import { defineSetting, readSetting, type StoredSetting, storedVersion, versionKey } from './stored-setting';
import { RECIPES_KEY } from './teach/keys';
import { StoredRecipes } from './teach/recipe';

/** The pages the biller taught (utils/teach/store.ts keeps them; a backup carries them). */
export const TAUGHT_PAGES = defineSetting(RECIPES_KEY, StoredRecipes);

/**
 * Every settings object ClaimLens keeps in storage.local, with its version and migrations. A backup
 * carries exactly these (and each one's `key$` version record, as storage does), each checked before
 * it is written back. Anything else in a backup file is ignored, so a crafted file cannot plant other
 * keys; they are looked up in a Map, so a key an object inherits ("constructor", "__proto__",
 * "toString") is just an unknown key. A new setting is added here and in LABELS
 * (utils/settings-versions.test.ts checks each has its tests).
 */
// biome-ignore lint/suspicious/noExplicitAny: a list of settings of different schemas
export const STORED_SETTINGS: readonly StoredSetting<any>[] = [
  RULE_SETTINGS,
  NOTE_SETTINGS,
  DISPLAY_SETTINGS,
  RETENTION,
  USER_HOSTS,
  CMS_URLS,
  JURISDICTION,
  POLICY_OVERRIDES,
  TAUGHT_PAGES,
];

/** How the options page names each stored setting ("note templates and initials"). */
const LABELS = new Map<string, string>([
  [RULE_SETTINGS.key, 'checks, filing limits and payer rules'],
  [NOTE_SETTINGS.key, 'note templates and initials'],
  [DISPLAY_SETTINGS.key, 'display'],
  [RETENTION.key, 'retention'],
  [USER_HOSTS.key, 'added portals'],
  [CMS_URLS.key, 'CMS download addresses'],
  [JURISDICTION.key, 'Medicare jurisdiction'],
  [POLICY_OVERRIDES.key, 'organisation defaults you changed'],
  [TAUGHT_PAGES.key, 'taught pages'],
]);

/** How the options page names a stored setting ("note templates and initials"), or null if unknown. */
export function settingLabel(key: string): string | null {
  return LABELS.get(key) ?? null;
}

const BY_KEY = new Map(STORED_SETTINGS.map((s) => [s.key, s]));

/** The settings to put in a backup, from everything in storage.local, each with its version record. */
export function settingsForBackup(stored: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (!BY_KEY.has(key)) continue;
    out[key] = value;
    if (Object.hasOwn(stored, versionKey(key))) out[versionKey(key)] = stored[versionKey(key)];
  }
  return out;
}

/**
 * The settings from a backup that are safe to store (at this release's versions, with their version
 * records), the keys that were refused, and the parts left out of settings that were kept. Each is
 * migrated from the version the backup names (none: version 1, a backup made before versions), then
 * a settings object is mended part by part (a rule id this version does not know is left out, the
 * filing limits and payer packs beside it are kept); a list (hosts, addresses) is taken whole or not
 * at all, since each host is a permission.
 */
export function settingsFromBackup(
  raw: Record<string, unknown>,
  // biome-ignore lint/suspicious/noExplicitAny: settings of different schemas
  settings: readonly StoredSetting<any>[] = STORED_SETTINGS,
): { valid: Record<string, unknown>; refused: string[]; leftOut: string[] } {
  const byKey = new Map(settings.map((s) => [s.key, s]));
  const valid: Record<string, unknown> = {};
  const refused: string[] = [];
  const leftOut: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (key.endsWith('$') && byKey.has(key.slice(0, -1))) continue;
    const item = byKey.get(key);
    const from = storedVersion(raw[versionKey(key)]);
    let read: ReturnType<typeof readSetting> | null = null;
    try {
      // A setting from a newer release is read as far as this one can (as loadSetting does).
      read = item ? readSetting(item, value, from) : null;
    } catch {
      read = null;
    }
    const partial = read && read.dropped.length > 0;
    if (!item || !read || read.dropped.includes('(all)') || (partial && Array.isArray(value))) {
      refused.push(key);
      continue;
    }
    valid[key] = read.value;
    valid[versionKey(key)] = { v: item.version };
    leftOut.push(...read.dropped.map((path) => `${key} ${path}`));
  }
  return { valid, refused, leftOut };
}
