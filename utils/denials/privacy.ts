import type { ClaimLensDb } from '../db';
import { memoryKeys } from './merge';
import { DenialRecord, payerKey } from './model';
import { writeEntries } from './summary';

/**
 * The worklist under the privacy settings: retention (records not seen and not touched by the biller
 * for `days` days are deleted; 0 keeps them), the encrypted backup (records travel whole and are
 * checked against the schema before anything is written) and delete-all (retention.ts clears the
 * table with the notes and dismissals).
 */
const DAY_MS = 86_400_000;

/** Deletes expired records; call inside a transaction that includes db.denials and db.worklistChunks. */
export async function purgeDenials(db: ClaimLensDb, days: number, now: Date): Promise<number> {
  if (days === 0) return 0;
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  const cutoffDate = cutoff.slice(0, 10);
  const expired = await db.denials
    .where('lastSeen')
    .below(cutoffDate)
    .filter((r) => !(r.statusAt >= cutoff))
    .primaryKeys();
  await db.denials.bulkDelete(expired);
  await writeEntries(db, [], expired);
  return expired.length;
}

export const BackupDenial = DenialRecord;

/**
 * Adds the backup's records that are not here yet (a record here wins: it may have a newer status).
 * The derived fields are computed again rather than taken from the file. Call inside a transaction
 * that includes db.denials and db.worklistChunks.
 */
export async function restoreDenials(
  db: ClaimLensDb,
  records: readonly DenialRecord[],
): Promise<{ added: number; skipped: number; ids: string[] }> {
  const have = new Set(await db.denials.toCollection().primaryKeys());
  const fresh = new Map<string, DenialRecord>();
  for (const r of records) {
    if (have.has(r.id) || fresh.has(r.id)) continue;
    const key = payerKey(r.payer);
    fresh.set(r.id, { ...r, payerKey: key, memoryKeys: memoryKeys(key, r.lines) });
  }
  await db.denials.bulkAdd([...fresh.values()]);
  await writeEntries(db, [...fresh.values()]);
  return { added: fresh.size, skipped: records.length - fresh.size, ids: [...fresh.keys()] };
}
