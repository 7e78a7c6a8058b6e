import type { z } from 'zod';
import { NoteSettings } from './notes/settings';
import { RetentionSettings } from './privacy/retention';
import { CmsUrls } from './ruledata/cms-download';
import { Jurisdiction } from './rules/jurisdiction';
import { RuleSettings } from './rules/settings';
import { DisplaySettings, UserHosts } from './settings';

/**
 * Which stored settings a backup carries, each with the schema it must pass before it is written
 * back. Anything else in a backup file is ignored, so a crafted file cannot plant other keys.
 */
const SCHEMAS: Record<string, z.ZodType> = {
  'settings:rules': RuleSettings,
  'settings:notes': NoteSettings,
  'settings:display': DisplaySettings,
  'settings:retention': RetentionSettings,
  'settings:userHosts': UserHosts,
  'settings:cmsUrls': CmsUrls,
  'settings:jurisdiction': Jurisdiction,
};

/** The settings to put in a backup, from everything in storage.local. */
export function settingsForBackup(stored: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(stored).filter(([key]) => key in SCHEMAS));
}

/** The settings from a backup that are safe to store, and the keys that were refused. */
export function settingsFromBackup(raw: Record<string, unknown>): {
  valid: Record<string, unknown>;
  refused: string[];
} {
  const valid: Record<string, unknown> = {};
  const refused: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const parsed = SCHEMAS[key]?.safeParse(value);
    if (parsed?.success) valid[key] = parsed.data;
    else refused.push(key);
  }
  return { valid, refused };
}
