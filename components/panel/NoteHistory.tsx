import { useId, useState } from 'preact/hooks';
import type { NoteRecord } from '../../utils/notes/history';
import { matchesClaimQuery } from '../../utils/notes/history';

export interface NoteHistoryProps {
  /** Notes to list, newest first (searchNotes / notesForClaim give them in that order). */
  notes: readonly NoteRecord[];
  /** Export the notes currently listed (after the search filter) as CSV. */
  onExport: (notes: NoteRecord[]) => void;
  /** Copy one earlier note again. The button is shown only when this is given. */
  onCopy?: (note: NoteRecord) => void;
  /** Told each time the search changes, for callers that search the database instead of `notes`. */
  onQueryChange?: (query: string) => void;
  initialQuery?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** When the note was copied, in the biller's local time: 11/27/2026 14:05. */
export function noteTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getMonth() + 1)}/${pad(d.getDate())}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The side panel's note history: search by claim number (spaces and dashes ignored, as in the
 * database search), the notes as text, and an "Export CSV" button for what is listed.
 */
export function NoteHistory({ notes, onExport, onCopy, onQueryChange, initialQuery = '' }: NoteHistoryProps) {
  const id = useId();
  const [query, setQuery] = useState(initialQuery);
  const shown = notes.filter((n) => matchesClaimQuery(n, query));
  const count = `${shown.length} note${shown.length === 1 ? '' : 's'}`;

  return (
    <section class="note-history" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Note history</h3>
      <search>
        <label for={`${id}-q`}>Search by claim number</label>{' '}
        <input
          id={`${id}-q`}
          type="search"
          autoComplete="off"
          value={query}
          onInput={(e) => {
            const q = e.currentTarget.value;
            setQuery(q);
            onQueryChange?.(q);
          }}
        />
      </search>
      <p class="muted" role="status" aria-live="polite" data-testid="note-count">
        {count}
      </p>
      {shown.length === 0 ? (
        <p class="muted">{notes.length === 0 ? 'No notes copied yet.' : 'No notes for that claim number.'}</p>
      ) : (
        <ul class="note-list">
          {shown.map((n) => (
            <li key={n.id ?? `${n.createdAt}|${n.claimNumber}`} data-note-id={n.id}>
              <p class="note-meta">
                <time dateTime={n.createdAt}>{noteTime(n.createdAt)}</time> · claim{' '}
                {n.claimNumber || '(none)'} · {n.portal} {n.kind}
              </p>
              {/* Plain text: a note is never rendered as HTML. */}
              <p class="note-text">{n.text}</p>
              {onCopy ? (
                <button
                  type="button"
                  aria-label={`Copy the note of ${noteTime(n.createdAt)} for claim ${n.claimNumber}`}
                  onClick={() => onCopy(n)}
                >
                  Copy
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <button type="button" disabled={shown.length === 0} onClick={() => onExport(shown)}>
        Export CSV ({count})
      </button>
    </section>
  );
}
