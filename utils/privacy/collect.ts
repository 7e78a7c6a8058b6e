import type { ClaimLensDb } from '../db';
import { restoreDenials } from '../denials/privacy';
import { writeEntries } from '../denials/summary';
import { claimKey } from '../model/claim-key';
import type { NoteRecord } from '../notes/history';
import { BackupPayload } from './payload';

/** Everything the biller would lose with their browser profile: notes, dismissals, settings, packs. */
export async function collectBackup(
  db: ClaimLensDb,
  settings: Record<string, unknown>,
  payerPacks: readonly unknown[],
  now: Date = new Date(),
): Promise<BackupPayload> {
  const [notes, dismissals, denials] = await db.transaction('r', db.notes, db.dismissals, db.denials, () =>
    Promise.all([db.notes.toArray(), db.dismissals.toArray(), db.denials.toArray()]),
  );
  return BackupPayload.parse({
    createdAt: now.toISOString(),
    notes: notes.map(({ claimNumber, portal, kind, text, createdAt }) => ({
      claimNumber,
      portal,
      kind,
      text,
      createdAt,
    })),
    dismissals,
    denials,
    settings,
    payerPacks: [...payerPacks],
  });
}

export interface RestoreCounts {
  notesAdded: number;
  /** Already present (same claim, same time, same text): restoring twice adds nothing. */
  notesSkipped: number;
  dismissalsAdded: number;
  dismissalsSkipped: number;
  denialsAdded: number;
}

const noteIdentity = (n: Pick<NoteRecord, 'claimKey' | 'createdAt' | 'text'>) =>
  JSON.stringify([n.claimKey, n.createdAt, n.text]);

/** What a restore wrote, so it can be taken back if the rest of the restore fails. */
export interface RestoreWrite {
  counts: RestoreCounts;
  noteIds: number[];
  dismissalIds: string[];
  denialIds: string[];
}

/**
 * Merges a decrypted backup into the database in one transaction: all of it or none of it.
 * Existing notes and dismissals are kept (a dismissal the biller made since the backup wins).
 * Settings and payer packs are the caller's to write (they live in storage.local, not here).
 */
export async function restoreBackup(db: ClaimLensDb, payload: BackupPayload): Promise<RestoreCounts> {
  return (await writeBackup(db, payload)).counts;
}

/** restoreBackup, also saying which records it added (for undoRestore). */
export async function writeBackup(db: ClaimLensDb, payload: BackupPayload): Promise<RestoreWrite> {
  const valid = BackupPayload.parse(payload);
  return db.transaction('rw', db.notes, db.dismissals, db.denials, db.worklistChunks, async () => {
    const seen = new Set((await db.notes.toArray()).map(noteIdentity));
    const fresh: NoteRecord[] = [];
    for (const n of valid.notes) {
      const record = { ...n, claimKey: claimKey(n.claimNumber) };
      const identity = noteIdentity(record);
      if (seen.has(identity)) continue;
      seen.add(identity);
      fresh.push(record);
    }
    const noteIds = (await db.notes.bulkAdd(fresh, { allKeys: true })) as number[];

    const have = new Set(await db.dismissals.toCollection().primaryKeys());
    const newDismissals = valid.dismissals.filter((d) => !have.has(d.id));
    const unique = [...new Map(newDismissals.map((d) => [d.id, d])).values()];
    await db.dismissals.bulkAdd(unique);
    const denials = await restoreDenials(db, valid.denials);

    return {
      counts: {
        notesAdded: fresh.length,
        notesSkipped: valid.notes.length - fresh.length,
        dismissalsAdded: unique.length,
        dismissalsSkipped: valid.dismissals.length - unique.length,
        denialsAdded: denials.ids.length,
      },
      noteIds,
      dismissalIds: unique.map((d) => d.id),
      denialIds: denials.ids,
    };
  });
}

/** Takes back what writeBackup added, in one transaction. */
export async function undoRestore(db: ClaimLensDb, written: RestoreWrite): Promise<void> {
  await db.transaction('rw', [db.notes, db.dismissals, db.denials, db.worklistChunks], async () => {
    await db.notes.bulkDelete(written.noteIds);
    await db.dismissals.bulkDelete(written.dismissalIds);
    await db.denials.bulkDelete(written.denialIds);
    await writeEntries(db, [], written.denialIds);
  });
}
