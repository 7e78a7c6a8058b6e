import { z } from 'zod';
import type { ClaimLensDb } from '../db';
import { purgeDenials } from '../denials/privacy';
import { summaryTables } from '../denials/queue';
import { defineSetting, loadSetting, saveSetting } from '../stored-setting';

/**
 * How long patient-related data is kept (the product promise: "kept only as long as the user chooses").
 * 0 = keep forever. Rule data (CMS tables, payer packs) is not patient data and is never touched.
 */
export const RetentionSettings = z.object({
  noteDays: z.number().int().min(0).max(36_500).default(365),
  dismissalDays: z.number().int().min(0).max(36_500).default(365),
  /** Denial worklist records, counted from the last time the claim was seen or its status changed. */
  denialDays: z.number().int().min(0).max(36_500).default(365),
  /**
   * Proofs of filing, from the day kept. Longer by default: a timely-filing denial and its appeal can
   * come well over a year after the claim was filed.
   */
  proofDays: z.number().int().min(0).max(36_500).default(730),
});
export type RetentionSettings = z.infer<typeof RetentionSettings>;
export const DEFAULT_RETENTION: RetentionSettings = RetentionSettings.parse({});

export const RETENTION_KEY = 'settings:retention';

/** Version 1: `{ noteDays, dismissalDays }`. Migrations: utils/versioned.ts. */
export const RETENTION = defineSetting(RETENTION_KEY, RetentionSettings.prefault({}), 1);

export async function loadRetentionSettings(): Promise<RetentionSettings> {
  return loadSetting(RETENTION);
}

export async function saveRetentionSettings(
  settings: z.input<typeof RetentionSettings>,
): Promise<RetentionSettings> {
  return saveSetting(RETENTION, settings);
}

export interface PurgeCounts {
  notes: number;
  dismissals: number;
  denials: number;
  proofs: number;
}

const DAY_MS = 86_400_000;

/** The instant `days` before now (ms); records older than it are expired. */
function cutoff(now: Date, days: number): number {
  return now.getTime() - days * DAY_MS;
}

/** A record's timestamp in ms; an unreadable one never expires (see purgeExpired). */
function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/**
 * Deletes notes and dismissals older than the settings allow, in one transaction. Timestamps are
 * compared as instants (not strings), so "+02:00" and "Z" times are treated alike; a record whose
 * time cannot be read is kept rather than guessed about.
 */
export async function purgeExpired(
  db: ClaimLensDb,
  settings: RetentionSettings,
  now: Date = new Date(),
): Promise<PurgeCounts> {
  const { noteDays, dismissalDays, denialDays, proofDays } = RetentionSettings.parse(settings);
  const tables = [db.notes, db.dismissals, db.denials, ...summaryTables(db), db.proofs, db.proofPages];
  return db.transaction('rw', tables, async () => {
    const notes =
      noteDays === 0 ? 0 : await db.notes.filter((n) => time(n.createdAt) < cutoff(now, noteDays)).delete();
    const dismissals =
      dismissalDays === 0
        ? 0
        : await db.dismissals.filter((d) => time(d.dismissedAt) < cutoff(now, dismissalDays)).delete();
    const denials = await purgeDenials(db, denialDays, now);
    const proofs = proofDays === 0 ? 0 : await purgeProofs(db, cutoff(now, proofDays));
    return { notes, dismissals, denials, proofs };
  });
}

/** Proofs kept before the cutoff go with their pictures; so does a picture whose proof is gone. */
async function purgeProofs(db: ClaimLensDb, before: number): Promise<number> {
  const expired = (await db.proofs.filter((p) => time(p.keptAt) < before).primaryKeys()) as string[];
  await db.proofs.bulkDelete(expired);
  const left = new Set(await db.proofs.toCollection().primaryKeys());
  const pictures = (await db.proofPages.toCollection().primaryKeys()) as string[];
  await db.proofPages.bulkDelete(pictures.filter((id) => !left.has(id)));
  return expired.length;
}

/**
 * "Delete all patient data": every note, dismissal, denial record and proof of filing (with its
 * picture), nothing else, in one transaction.
 */
export async function deleteAllPatientData(db: ClaimLensDb): Promise<PurgeCounts> {
  const tables = [db.notes, db.dismissals, db.denials, ...summaryTables(db), db.proofs, db.proofPages];
  return db.transaction('rw', tables, async () => {
    const counts = {
      notes: await db.notes.count(),
      dismissals: await db.dismissals.count(),
      denials: await db.denials.count(),
      proofs: await db.proofs.count(),
    };
    await Promise.all([
      db.notes.clear(),
      db.dismissals.clear(),
      db.denials.clear(),
      db.worklistChunks.clear(),
      db.worklistQueue.clear(),
      db.proofs.clear(),
      db.proofPages.clear(),
    ]);
    return counts;
  });
}
