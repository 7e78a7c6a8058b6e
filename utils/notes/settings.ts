import { z } from 'zod';
import { PageKind } from '../model/snapshot';
import { defineSetting, loadSetting, saveSetting } from '../stored-setting';

/**
 * Note settings in storage.local: the biller's initials and their own template per page kind
 * (a kind without one uses defaultTemplates). Validated on every read, like utils/settings.ts: a
 * broken stored part gives its default instead of breaking the copy button.
 */
export const NOTE_SETTINGS_KEY = 'settings:notes';
export const MAX_TEMPLATE_LENGTH = 2000;

export const NoteSettings = z.object({
  initials: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{0,4}$/, 'initials are up to four letters')
    .transform((s) => s.toUpperCase())
    .default(''),
  templates: z.partialRecord(PageKind, z.string().max(MAX_TEMPLATE_LENGTH)).default({}),
});
export type NoteSettings = z.infer<typeof NoteSettings>;

export const DEFAULT_NOTE_SETTINGS: NoteSettings = NoteSettings.parse({});

/** Version 1: `{ initials, templates }`. Migrations: utils/versioned.ts. */
export const NOTE_SETTINGS = defineSetting(NOTE_SETTINGS_KEY, NoteSettings.prefault({}), 1);

export async function loadNoteSettings(): Promise<NoteSettings> {
  return loadSetting(NOTE_SETTINGS);
}

/** Saves valid settings; invalid ones are refused with zod's error (the editor shows it). */
export async function saveNoteSettings(settings: z.input<typeof NoteSettings>): Promise<NoteSettings> {
  return saveSetting(NOTE_SETTINGS, settings);
}
