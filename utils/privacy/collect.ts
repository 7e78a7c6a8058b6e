import type { ClaimLensDb } from '../db';
import { restoreDenials } from '../denials/privacy';
import { summaryTables } from '../denials/queue';
import { writeEntries } from '../denials/summary';
import { claimKey } from '../model/claim-key';
import type { NoteRecord } from '../notes/history';
import { BackupPayload } from './payload';

/**
 * Everything the biller would lose with their browser profile: notes, dismissals, the denial
 * worklist, proofs of filing with their pictures, settings, packs.
 */
export async function collectBackup(
  db: ClaimLensDb,
  settings: Record<string, unknown>,
  payerPacks: readonly unknown[],
  now: Date = new Date(),
): Promise<BackupPayload> {
  const [notes, dismissals, denials, proofs, proofPages] = await db.transaction(
    'r',
    [db.notes, db.dismissals, db.denials, db.proofs, db.proofPages],
    () =>
      Promise.all([
        db.notes.toArray(),
        db.dismissals.toArray(),
        db.denials.toArray(),
        db.proofs.toArray(),
        db.proofPages.toArray(),
      ]),
  );
  return BackupPayload.parse({
    createdAt: now.toISOString(),
    // Without the database id and claim key (restore computes them); with the call log when set.
    notes: notes.map(({ id: _id, claimKey: _key, ...note }) => note),
    dismissals,
    denials,
    proofs,
    proofPages,
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
  /** Proofs of filing not already here (same claim, same moment kept). */
  proofsAdded: number;
}

const noteIdentity = (n: Pick<NoteRecord, 'claimKey' | 'createdAt' | 'text'>) =>
  JSON.stringify([n.claimKey, n.createdAt, n.text]);

/** What a restore wrote, so it can be taken back if the rest of the restore fails. */
export interface RestoreWrite {
  counts: RestoreCounts;
  noteIds: number[];
  dismissalIds: string[];
  denialIds: string[];
  proofIds: string[];
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
  const tables = [db.notes, db.dismissals, db.denials, ...summaryTables(db), db.proofs, db.proofPages];
  return db.transaction('rw', tables, async () => {
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
    const haveProofs = new Set(await db.proofs.toCollection().primaryKeys());
    const newProofs = [
      ...new Map(valid.proofs.filter((p) => !haveProofs.has(p.id)).map((p) => [p.id, p])).values(),
    ];
    await db.proofs.bulkAdd(newProofs);
    // A picture comes back with its proof only (never over a proof already here, never alone).
    const added = new Set(newProofs.map((p) => p.id));
    const pictures = [
      ...new Map(valid.proofPages.filter((p) => added.has(p.id)).map((p) => [p.id, p])).values(),
    ];
    await db.proofPages.bulkPut(pictures);

    return {
      counts: {
        notesAdded: fresh.length,
        notesSkipped: valid.notes.length - fresh.length,
        dismissalsAdded: unique.length,
        dismissalsSkipped: valid.dismissals.length - unique.length,
        denialsAdded: denials.ids.length,
        proofsAdded: newProofs.length,
      },
      noteIds,
      dismissalIds: unique.map((d) => d.id),
      denialIds: denials.ids,
      proofIds: newProofs.map((p) => p.id),
    };
  });
}

/** Takes back what writeBackup added, in one transaction. */
export async function undoRestore(db: ClaimLensDb, written: RestoreWrite): Promise<void> {
  const tables = [db.notes, db.dismissals, db.denials, ...summaryTables(db), db.proofs, db.proofPages];
  await db.transaction('rw', tables, async () => {
    await db.notes.bulkDelete(written.noteIds);
    await db.dismissals.bulkDelete(written.dismissalIds);
    await db.denials.bulkDelete(written.denialIds);
    await writeEntries(db, [], written.denialIds);
    await db.proofs.bulkDelete(written.proofIds);
    await db.proofPages.bulkDelete(written.proofIds);
  });
}
