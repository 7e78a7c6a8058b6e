import type { ClaimLensDb } from '../db';
import { loggedOnce } from '../log';
import { settingLabel, settingsFromBackup } from '../settings-backup';
import { decryptBackup, encryptBackup } from './backup';
import { collectBackup, type RestoreCounts, undoRestore, writeBackup } from './collect';

/** "claimlens-backup-2026-11-27.json": dated so several backups sort and do not overwrite each other. */
export function backupFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `claimlens-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Export in one call: collect from the database, seal with the passphrase, return the file text. */
export async function exportBackup(
  db: ClaimLensDb,
  settings: Record<string, unknown>,
  payerPacks: readonly unknown[],
  passphrase: string,
  now: Date = new Date(),
): Promise<string> {
  return encryptBackup(await collectBackup(db, settings, payerPacks, now), passphrase);
}

export type ImportResult =
  | {
      ok: true;
      counts: RestoreCounts;
      /** What was restored and what was not, in the biller's words. */
      message: string;
    }
  | { ok: false; message: string };

const why = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 200);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Import in one call, all or nothing. Everything is checked before anything is written: the file
 * (passphrase, integrity, kind, version), the notes and dismissals (schema), every setting (its own
 * schema; keys that are not ClaimLens settings are ignored). Then the notes and dismissals are merged
 * in one transaction and the valid settings saved in one call (`saveSettings`, storage.local); if that
 * save fails, the notes and dismissals just added are taken back. Never throws: every outcome is a
 * message for the biller.
 */
export async function importBackup(
  db: ClaimLensDb,
  text: string,
  passphrase: string,
  saveSettings: (valid: Record<string, unknown>) => Promise<void>,
): Promise<ImportResult> {
  try {
    const opened = await decryptBackup(text, passphrase);
    if (!opened.ok) return opened;
    const { valid, refused, leftOut } = settingsFromBackup(opened.payload.settings);

    let written: Awaited<ReturnType<typeof writeBackup>>;
    try {
      written = await writeBackup(db, opened.payload);
    } catch (error) {
      // One transaction: on failure nothing was written. Quota is the likely cause.
      const quota = error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
      return {
        ok: false,
        message: quota
          ? 'The browser has no room left to restore this backup. Nothing was changed.'
          : `The backup could not be restored (${why(error)}). Nothing was changed.`,
      };
    }
    if (Object.keys(valid).length > 0) {
      try {
        await saveSettings(valid);
      } catch (error) {
        await undoRestore(db, written).catch(loggedOnce('backup: could not take back the restored notes'));
        return {
          ok: false,
          message: `The settings in this backup could not be saved (${why(error)}). Nothing was changed.`,
        };
      }
    }
    return {
      ok: true,
      counts: written.counts,
      message: restoredMessage(written.counts, valid, refused, leftOut),
    };
  } catch (error) {
    return { ok: false, message: `The backup could not be restored (${why(error)}). Nothing was changed.` };
  }
}

function restoredMessage(
  counts: RestoreCounts,
  valid: Record<string, unknown>,
  refused: string[],
  leftOut: string[],
): string {
  // Each setting is stored with its version record (`key$`), which is not a setting of its own.
  const restored = Object.keys(valid)
    .filter((k) => !k.endsWith('$'))
    .map((k) => settingLabel(k) ?? k);
  const invalid = refused.map(settingLabel).filter((l): l is string => l !== null);
  const unknown = refused.length - invalid.length;
  let text = `Restored ${plural(counts.notesAdded, 'note')} (${counts.notesSkipped} already here), ${plural(counts.dismissalsAdded, 'dismissal')}, ${plural(counts.denialsAdded, 'denied claim')}`;
  text += restored.length ? `, and settings: ${restored.join(', ')}.` : ', and no settings.';
  const not: string[] = [];
  if (invalid.length) not.push(`Not restored: ${invalid.join(', ')} (not valid in this backup)`);
  if (leftOut.length) {
    // "settings:retention noteDays" → "retention (noteDays)": the setting as the options page names it.
    const parts = leftOut.slice(0, 10).map((entry) => {
      const [key = '', ...path] = entry.split(' ');
      return `${settingLabel(key) ?? key} (${path.join(' ')})`;
    });
    not.push(`Left out of the settings (this version cannot read them): ${parts.join(', ')}`);
  }
  if (unknown)
    not.push(
      `${plural(unknown, 'entry', 'entries')} that ${unknown === 1 ? 'is' : 'are'} not ClaimLens settings ${unknown === 1 ? 'was' : 'were'} ignored`,
    );
  return not.length ? `${text} ${not.join('; ')}.` : text;
}
