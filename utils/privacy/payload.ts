import { z } from 'zod';
import { BackupDenial } from '../denials/privacy';

/**
 * What a backup holds. Notes travel without their database id (restore gives new ids) and their
 * claim key is recomputed on restore, so a hand-edited file cannot hide a note from the search.
 */
export const BackupNote = z.object({
  // Limits are generous on purpose: a backup must never fail because a field grew a little longer.
  claimNumber: z.string().max(200),
  portal: z.string().max(200),
  kind: z.string().max(100),
  text: z.string().max(100_000),
  createdAt: z.string().min(1).max(40),
});

export const BackupDismissal = z.object({
  id: z.string().min(1).max(5000),
  claimNumber: z.string().max(200),
  rule: z.string().max(100),
  lines: z.array(z.number().int().positive()).max(999),
  reason: z.string().max(100_000),
  dismissedAt: z.string().min(1).max(40),
});

export const BackupPayload = z.object({
  createdAt: z.iso.datetime(),
  notes: z.array(BackupNote),
  dismissals: z.array(BackupDismissal),
  /** The denial worklist (since schema v3); older backups have none. */
  denials: z.array(BackupDenial).default([]),
  /** Any settings object the caller gives (rules, note templates, retention…), restored by the caller. */
  settings: z.record(z.string(), z.unknown()),
  /** Payer rule packs as given (their own schema validates them when the caller restores them). */
  payerPacks: z.array(z.unknown()),
});

export type BackupNote = z.infer<typeof BackupNote>;
export type BackupDismissal = z.infer<typeof BackupDismissal>;
export type BackupPayload = z.infer<typeof BackupPayload>;
