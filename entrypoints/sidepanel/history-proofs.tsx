import { useEffect, useState } from 'preact/hooks';
import { ClaimProofs } from '../../components/panel/ClaimProofs';
import type { ClaimLensDb } from '../../utils/db';
import { saveFile } from '../../utils/download';
import { loggedOnce } from '../../utils/log';
import { proofFileName, proofText } from '../../utils/proofs/export';
import type { ProofRecord } from '../../utils/proofs/model';
import { exportProofPicture, openProofPicture } from '../../utils/proofs/picture-actions';
import { proofIdsWithPicture, proofsForClaim } from '../../utils/proofs/store';

/** Said by the proof bar when it keeps a proof, so the claim's history lists it at once. */
export const PROOFS_CHANGED = 'claimlens:proofs-changed';

/** The proofs of the claim the note history shows (its search), read from IndexedDB. */
export function HistoryProofs({
  db,
  query,
  onStatus,
}: {
  db: ClaimLensDb;
  query: string;
  onStatus: (text: string) => void;
}) {
  const [proofs, setProofs] = useState<ProofRecord[]>([]);
  const [withPicture, setWithPicture] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const read = () =>
      Promise.all([proofsForClaim(db, query), proofIdsWithPicture(db)]).then(([found, pictures]) => {
        setProofs(found);
        setWithPicture(pictures);
      }, loggedOnce('side panel: reading the proofs of the claim in the history'));
    void read();
    window.addEventListener(PROOFS_CHANGED, read);
    return () => window.removeEventListener(PROOFS_CHANGED, read);
  }, [query]);
  return (
    <ClaimProofs
      proofs={proofs}
      withPicture={withPicture}
      onOpen={(p) => void openProofPicture(p).catch(loggedOnce('side panel: opening a proof'))}
      onExportPicture={(p) => void exportProofPicture(db, p).then(onStatus)}
      onExportText={(p) => saveFile(proofFileName(p), proofText(p), 'text/plain;charset=utf-8')}
    />
  );
}
