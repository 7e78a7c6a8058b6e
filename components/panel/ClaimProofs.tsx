import { useId } from 'preact/hooks';
import type { ProofRecord } from '../../utils/proofs/model';
import { noteTime } from './NoteHistory';

export interface ClaimProofsProps {
  /** The proofs kept for the claim the history shows, newest first. */
  proofs: readonly ProofRecord[];
  /** The proofs kept with a picture of the page. */
  withPicture: ReadonlySet<string>;
  /** Opens the proof in its viewer (the picture as it looked, or its text when it has none). */
  onOpen: (proof: ProofRecord) => void;
  onExportPicture: (proof: ProofRecord) => void;
  onExportText: (proof: ProofRecord) => void;
}

/**
 * The claim's proofs of filing in its history, beside its notes: when each was kept and from where,
 * one click to open it as the page looked or to save it for an appeal. Nothing when none is kept.
 */
export function ClaimProofs({
  proofs,
  withPicture,
  onOpen,
  onExportPicture,
  onExportText,
}: ClaimProofsProps) {
  const id = useId();
  if (proofs.length === 0) return null;
  return (
    <section class="claim-proofs" aria-labelledby={`${id}-h`} data-testid="claim-proofs">
      <h3 id={`${id}-h`}>Proofs of filing</h3>
      <ul class="note-list">
        {proofs.map((p) => {
          const what = `the proof of claim ${p.claimNumber} kept ${noteTime(p.keptAt)}`;
          const picture = withPicture.has(p.id);
          return (
            <li key={p.id} data-proof-id={p.id}>
              <p class="note-meta">
                Kept <time dateTime={p.keptAt}>{noteTime(p.keptAt)}</time> · claim {p.claimNumber} ·{' '}
                {picture ? 'with a picture of the page' : 'text only'}
              </p>
              <button type="button" aria-label={`Open ${what}`} onClick={() => onOpen(p)}>
                {picture ? 'Open as it looked' : 'Open'}
              </button>{' '}
              {picture ? (
                <>
                  <button
                    type="button"
                    aria-label={`Export ${what} as .html`}
                    onClick={() => onExportPicture(p)}
                  >
                    Export as .html
                  </button>{' '}
                </>
              ) : null}
              <button type="button" aria-label={`Export ${what} as text`} onClick={() => onExportText(p)}>
                Export as text
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
