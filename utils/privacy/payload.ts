import { z } from 'zod';
import { BackupDenial } from '../denials/privacy';
import { ProofRecord } from '../proofs/model';
import { ProofPicture } from '../proofs/picture';

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
  // The call log of a touch (since schema v4); older backups have none.
  callRef: z.string().max(200).optional(),
  repName: z.string().max(200).optional(),
  nextStep: z.string().max(5000).optional(),
  followUp: z.string().max(40).optional(),
  followUpDone: z.string().max(40).optional(),
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
  /** Proofs of filing (since schema v5), validated as the table keeps them; older backups have none. */
  proofs: z.array(ProofRecord).default([]),
  /** The pictures of those proofs (since schema v7), each up to 2 MB; older backups have none. */
  proofPages: z.array(ProofPicture).default([]),
  /** Any settings object the caller gives (rules, note templates, retention…), restored by the caller. */
  settings: z.record(z.string(), z.unknown()),
  /** Payer rule packs as given (their own schema validates them when the caller restores them). */
  payerPacks: z.array(z.unknown()),
});

export type BackupNote = z.infer<typeof BackupNote>;
export type BackupDismissal = z.infer<typeof BackupDismissal>;
export type BackupPayload = z.infer<typeof BackupPayload>;
