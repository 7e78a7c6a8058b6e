import { useState } from 'preact/hooks';
import { formatDate } from '../../utils/notes/format';
import { portalLabel } from '../../utils/panel/labels';
import { proofText } from '../../utils/proofs/export';
import type { ProofRecord } from '../../utils/proofs/model';

/**
 * Proofs of filing kept from the side panel: newest first, each with its claim, payer, dates and
 * where it was kept. "Open" shows the kept text in place (text, never markup); "Export" saves it as
 * a .txt file for an appeal; "Open as it looked" shows the picture of the page in its sandboxed viewer
 * and "Export as .html" saves it; "Delete" asks once.
 */
export interface ProofsProps {
  proofs: readonly ProofRecord[];
  onExport: (proof: ProofRecord) => void;
  onDelete: (proof: ProofRecord) => void;
  /** The proofs kept with a picture of the page, and what opens or saves one. */
  pictures?: ProofPictureActions;
}

/**
 * "Open as it looked" (the picture in its sandboxed viewer, a new tab) and "Export as .html", for the
 * proofs that have a picture; shared by the worklist and the side panel's claim history.
 */
export interface ProofPictureActions {
  withPicture: ReadonlySet<string>;
  onOpen: (proof: ProofRecord) => void;
  onExport: (proof: ProofRecord) => void;
}

export function PictureButtons({ proof, pictures }: { proof: ProofRecord; pictures?: ProofPictureActions }) {
  if (!pictures?.withPicture.has(proof.id)) return null;
  const what = `the proof of claim ${proof.claimNumber} kept on ${proof.keptOn}`;
  return (
    <>
      <button
        type="button"
        class="quiet small"
        aria-label={`Open ${what} as the page looked`}
        onClick={() => pictures.onOpen(proof)}
      >
        Open as it looked
      </button>
      <button
        type="button"
        class="quiet small"
        aria-label={`Export ${what} as an .html file`}
        onClick={() => pictures.onExport(proof)}
      >
        Export as .html
      </button>
    </>
  );
}

const us = (iso: string | null) => (iso ? formatDate(iso) : '—');

function ProofRow({
  proof,
  onExport,
  onDelete,
  pictures,
}: { proof: ProofRecord } & Omit<ProofsProps, 'proofs'>) {
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const textId = `proof-text-${proof.id.replace(/[^0-9A-Za-z]/g, '')}`;
  return (
    <>
      <tr data-proof={proof.claimNumber}>
        <th scope="row">{proof.claimNumber}</th>
        <td>{proof.payer ?? '—'}</td>
        <td>{us(proof.dosFrom)}</td>
        <td>{us(proof.receivedDate)}</td>
        <td>
          {proof.keptOn} <span class="muted">({portalLabel(proof.portal)})</span>
        </td>
        <td class="proof-actions">
          <button
            type="button"
            class="quiet small"
            aria-expanded={open}
            aria-controls={textId}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Close' : 'Open'}
          </button>
          <PictureButtons proof={proof} pictures={pictures} />
          <button
            type="button"
            class="quiet small"
            aria-label={`Export the proof of claim ${proof.claimNumber} kept on ${proof.keptOn}`}
            onClick={() => onExport(proof)}
          >
            Export
          </button>
          {confirming ? (
            <>
              <button type="button" class="danger small" onClick={() => onDelete(proof)}>
                Yes, delete it
              </button>
              <button type="button" class="quiet small" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </>
          ) : (
            <button
              type="button"
              class="quiet small"
              aria-label={`Delete the proof of claim ${proof.claimNumber} kept on ${proof.keptOn}`}
              onClick={() => setConfirming(true)}
            >
              Delete
            </button>
          )}
        </td>
      </tr>
      {open ? (
        <tr>
          <td colSpan={6}>
            <pre id={textId} class="proof-text" data-testid="proof-text">
              {proofText(proof)}
            </pre>
          </td>
        </tr>
      ) : null}
    </>
  );
}

export function Proofs({ proofs, onExport, onDelete, pictures }: ProofsProps) {
  if (proofs.length === 0) return null;
  return (
    <details class="proofs" data-testid="proofs">
      <summary>
        <h2>
          Proofs of filing <span class="muted">— {proofs.length}</span>
        </h2>
      </summary>
      <p class="muted">
        Kept from the side panel (“Keep as proof of filing”) on this computer only. Attach one to a timely
        filing appeal.
      </p>
      <table class="worklist-table">
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Payer</th>
            <th scope="col">DOS</th>
            <th scope="col">Received</th>
            <th scope="col">Kept on</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {proofs.map((p) => (
            <ProofRow key={p.id} proof={p} onExport={onExport} onDelete={onDelete} pictures={pictures} />
          ))}
        </tbody>
      </table>
    </details>
  );
}
