import type { ComponentChildren } from 'preact';

export type NoteStatus = 'idle' | 'copied' | 'failed';

interface Props {
  preview: string | null;
  status: NoteStatus;
  onCopy?: () => void;
  historySlot?: ComponentChildren;
  /** The call log and follow-up fields (FollowUpFields), placed above the copy button. */
  followUpSlot?: ComponentChildren;
}

const STATUS_TEXT: Record<NoteStatus, string> = {
  idle: '',
  copied: 'Note copied. Paste it into the PM system.',
  failed: 'Could not copy. Select the note text above and copy it by hand (Ctrl+C).',
};

/** The note for the practice-management system: preview, one-click copy, and the history slot. */
export function NotePanel({ preview, status, onCopy, historySlot, followUpSlot }: Props) {
  if (preview === null && !historySlot) return null;
  return (
    <section class="note" aria-labelledby="note-title">
      <h2 id="note-title">Note for the PM system</h2>
      {preview !== null ? (
        <p class="note-preview" data-testid="note-preview">
          {preview}
        </p>
      ) : null}
      {preview !== null ? followUpSlot : null}
      {onCopy ? (
        <button
          type="button"
          class="primary"
          data-testid="copy-note"
          onClick={onCopy}
          disabled={preview === null}
        >
          Copy note
        </button>
      ) : null}
      {/* Always in the page so screen readers hear the change, not only when it appears. */}
      <p class={`note-status status-${status}`} data-testid="note-status" aria-live="polite" role="status">
        {STATUS_TEXT[status]}
      </p>
      {historySlot}
    </section>
  );
}
