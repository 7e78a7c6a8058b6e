import type { ClaimLensDb } from '../ruledata/db';
import { decryptBackup, encryptBackup } from './backup';
import { collectBackup, type RestoreCounts, restoreBackup } from './collect';

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
      /** For the caller to store (storage.local): the settings and payer packs from the backup. */
      settings: Record<string, unknown>;
      payerPacks: unknown[];
    }
  | { ok: false; message: string };

/**
 * Import in one call. The file is opened and checked completely before anything is written, so a
 * wrong passphrase, a changed file or another kind of file leaves the database as it was.
 */
export async function importBackup(db: ClaimLensDb, text: string, passphrase: string): Promise<ImportResult> {
  const opened = await decryptBackup(text, passphrase);
  if (!opened.ok) return opened;
  try {
    const counts = await restoreBackup(db, opened.payload);
    return { ok: true, counts, settings: opened.payload.settings, payerPacks: opened.payload.payerPacks };
  } catch (error) {
    // The restore is one transaction: on failure nothing was written. Quota is the likely cause.
    const quota = error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
    return {
      ok: false,
      message: quota
        ? 'The browser has no room left to restore this backup. Nothing was changed.'
        : 'The backup could not be restored. Nothing was changed.',
    };
  }
}
