import { useId } from 'preact/hooks';
import type { Claim } from '../../utils/model/snapshot';
import { formatDate } from '../../utils/notes/format';
import { showsReceived } from '../../utils/proofs/model';

export interface KeptProofSummary {
  /** ISO date it was kept on. */
  keptOn: string;
  /** The portal's name ("Availity"). */
  portal: string;
}

export interface ProofBarProps {
  claim: Claim;
  /** Proofs already kept for this claim, newest first. */
  kept: KeptProofSummary[];
  /** The outcome of the last "Keep as proof" (null before any). */
  message: { kind: 'success' | 'error'; text: string } | null;
  busy: boolean;
  onKeep: () => void;
}

/**
 * "Keep as proof" for the claim picked: offered first (with why) when the page shows the payer
 * received or accepted the claim, and on demand on any other claim page. Says which proofs are kept.
 */
export function ProofBar({ claim, kept, message, busy, onKeep }: ProofBarProps) {
  const id = useId();
  const received = showsReceived(claim);
  const number = claim.claimNumber ?? '';
  return (
    <section class={`proof-bar${received ? ' is-received' : ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="visually-hidden">
        Proof of filing
      </h2>
      {received ? (
        <p data-testid="proof-offer">
          The payer has claim {number}
          {claim.receivedDate ? ` (received ${formatDate(claim.receivedDate)})` : ''}. Keep a dated copy of
          what this page shows, in case the payer later says it arrived late.
        </p>
      ) : null}
      <button
        type="button"
        class={received ? 'primary' : 'quiet'}
        data-testid="keep-proof"
        disabled={busy}
        aria-describedby={kept.length > 0 ? `${id}-kept` : undefined}
        onClick={onKeep}
      >
        {busy ? 'Keeping…' : 'Keep as proof of filing'}
      </button>
      {kept.length > 0 ? (
        <p id={`${id}-kept`} class="muted" data-testid="proofs-kept">
          {kept.length === 1 ? 'Proof kept' : `${kept.length} proofs kept`}: {kept[0]!.keptOn} from{' '}
          {kept[0]!.portal}
          {kept.length > 1 ? ' (the newest)' : ''}. Listed on the worklist.
        </p>
      ) : null}
      <p
        class={message?.kind === 'error' ? 'message message-error' : 'message'}
        data-testid="proof-status"
        role={message?.kind === 'error' ? 'alert' : 'status'}
      >
        {message?.text ?? ''}
      </p>
    </section>
  );
}
