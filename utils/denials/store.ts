import type { ClaimLensDb } from '../db';
import type { ClaimReading } from './classify';
import { mergeReading, type SeenAt } from './merge';
import type { DenialRecord, WorkStatus } from './model';
import { writeEntries } from './summary';

/**
 * The worklist's reads and writes. Every write is one read-write transaction that reads the records
 * it changes, so a page being recorded in the background and a status changed on the worklist page at
 * the same moment never overwrite each other.
 */
export interface RecordCounts {
  added: number;
  updated: number;
  paid: number;
}

/** Merges readings (one page, or one whole 835 import) in one transaction: all of them or none. */
export async function recordReadings(
  db: ClaimLensDb,
  readings: readonly { reading: ClaimReading; at: SeenAt }[],
): Promise<RecordCounts> {
  const counts: RecordCounts = { added: 0, updated: 0, paid: 0 };
  if (readings.length === 0) return counts;
  return db.transaction('rw', db.denials, db.worklistChunks, async () => {
    const ids = [...new Set(readings.map((r) => r.reading.id))];
    const current = new Map<string, DenialRecord>();
    (await db.denials.bulkGet(ids)).forEach((r) => {
      if (r) current.set(r.id, r);
    });
    const changed = new Map<string, DenialRecord>();
    // In order: an 835 may hold a claim's reversal and then its new outcome.
    for (const { reading, at } of readings) {
      const old = current.get(reading.id);
      const next = mergeReading(old, reading, at);
      if (!next) continue;
      if (!old) counts.added++;
      else if (next.status === 'paid' && old.status !== 'paid') counts.paid++;
      else counts.updated++;
      current.set(next.id, next);
      changed.set(next.id, next);
    }
    if (changed.size > 0) {
      await db.denials.bulkPut([...changed.values()]);
      await writeEntries(db, [...changed.values()]);
    }
    return counts;
  });
}

export function loadDenials(db: ClaimLensDb): Promise<DenialRecord[]> {
  return db.denials.toArray();
}

/** Whole records for some claims (a claim opened or exported from the worklist), in the order asked. */
export async function loadRecords(db: ClaimLensDb, ids: readonly string[]): Promise<DenialRecord[]> {
  return (await db.denials.bulkGet([...ids])).filter((r): r is DenialRecord => !!r);
}

/** The biller's status for several claims at once ("bulk status change"). */
export async function setStatus(
  db: ClaimLensDb,
  ids: readonly string[],
  status: WorkStatus,
  nowIso: string,
): Promise<number> {
  return db.transaction('rw', db.denials, db.worklistChunks, async () => {
    const records = await loadRecords(db, ids);
    const next = records.map((r) => ({ ...r, status, statusAt: nowIso, statusBy: 'biller' as const }));
    await db.denials.bulkPut(next);
    await writeEntries(db, next);
    return next.length;
  });
}

export const MAX_NOTE_LENGTH = 2000;

export async function setNote(db: ClaimLensDb, id: string, note: string): Promise<void> {
  await db.denials.update(id, { note: note.slice(0, MAX_NOTE_LENGTH) });
}
