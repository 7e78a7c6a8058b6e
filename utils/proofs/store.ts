import type { ClaimLensDb } from '../db';
import { claimKey } from '../model/claim-key';
import type { Claim } from '../model/snapshot';
import { stripInvisible } from '../notes/page-words';
import { portalLabel } from '../panel/labels';
import type { KeptProof, ProofSource } from '../rules/context';
import { ProofRecord } from './model';
import { ProofPicture } from './picture';

/**
 * Proofs of filing in IndexedDB (table `proofs`, schema v6; their pictures in `proofPages`, v7).
 * Every write is validated with its schema, so a bug or a hand-edited backup cannot store oversized
 * or malformed proofs. A proof and its picture are written together or not at all.
 */
export async function keepProof(
  db: ClaimLensDb,
  proof: ProofRecord,
  picture?: Omit<ProofPicture, 'id'>,
): Promise<ProofRecord> {
  const valid = ProofRecord.parse(proof);
  const page = picture ? ProofPicture.parse({ ...picture, id: valid.id }) : null;
  await db.transaction('rw', [db.proofs, db.proofPages], async () => {
    await db.proofs.put(valid);
    if (page) await db.proofPages.put(page);
  });
  return valid;
}

/** The picture kept with a proof, or null (kept before pictures, or the page could not be copied). */
export async function proofPicture(db: ClaimLensDb, id: string): Promise<ProofPicture | null> {
  const found = await db.proofPages.get(id);
  return found ? ProofPicture.parse(found) : null;
}

/** The ids of the proofs that have a picture (keys only: the pictures themselves are not read). */
export async function proofIdsWithPicture(db: ClaimLensDb): Promise<Set<string>> {
  return new Set((await db.proofPages.toCollection().primaryKeys()) as string[]);
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
  await db.transaction('rw', [db.proofs, db.proofPages], async () => {
    await db.proofs.delete(id);
    await db.proofPages.delete(id);
  });
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
