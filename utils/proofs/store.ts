import type { ClaimLensDb } from '../db';
import { claimKey } from '../model/claim-key';
import type { Claim } from '../model/snapshot';
import { stripInvisible } from '../notes/page-words';
import { portalLabel } from '../panel/labels';
import type { KeptProof, ProofSource } from '../rules/context';
import { ProofRecord } from './model';

/**
 * Proofs of filing in IndexedDB (table `proofs`, schema v5). Every write is validated with the
 * record's schema, so a bug or a hand-edited backup cannot store HTML-sized or malformed proofs.
 */
export async function keepProof(db: ClaimLensDb, proof: ProofRecord): Promise<ProofRecord> {
  const valid = ProofRecord.parse(proof);
  await db.proofs.put(valid);
  return valid;
}

/** Every proof kept for a claim, newest first. */
export async function proofsForClaim(db: ClaimLensDb, claimNumber: string): Promise<ProofRecord[]> {
  const key = claimKey(stripInvisible(claimNumber));
  if (!key) return [];
  const found = await db.proofs.where('claimKey').equals(key).toArray();
  return found.sort((a, b) => b.keptAt.localeCompare(a.keptAt));
}

/** Every proof, newest first (the worklist's list). */
export async function allProofs(db: ClaimLensDb): Promise<ProofRecord[]> {
  return (await db.proofs.orderBy('keptAt').reverse().toArray()) as ProofRecord[];
}

export async function deleteProof(db: ClaimLensDb, id: string): Promise<void> {
  await db.proofs.delete(id);
}

/**
 * For the rule engine (utils/rules/engine.ts `ProofSource`): the earliest proof kept for a claim —
 * the one closest to the date of service is the one that shows the claim was filed in time.
 * Read from IndexedDB each time (only claims denied CO-29 ask), so a proof kept a moment ago counts.
 */
export function createProofSource(db: ClaimLensDb): ProofSource {
  return {
    async forClaim(claim: Claim): Promise<KeptProof | null> {
      if (!claim.claimNumber) return null;
      const proofs = await proofsForClaim(db, claim.claimNumber);
      const first = proofs[proofs.length - 1];
      return first
        ? {
            keptOn: first.keptOn,
            portal: portalLabel(first.portal),
            receivedDate: first.receivedDate,
            dosFrom: first.dosFrom,
          }
        : null;
    },
  };
}
