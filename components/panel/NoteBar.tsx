import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export type NoteStatus = 'idle' | 'copied' | 'failed';

export interface NoteBarProps {
  /** The composed note; null when the page shows nothing to note. */
  text: string | null;
  /** The biller's own edit of it, kept until they reset it or pick another claim. */
  draft: string | null;
  /** What the note is about ("claim 7000000001"), shown beside its title. */
  about: string | null;
  actionTaken: string;
  status: NoteStatus;
  /** The keyboard shortcut as the browser has it ("Alt+Shift+N"), when one is set. */
  shortcut: string | null;
  onCopy?: () => void;
  onEdit?: (text: string | null) => void;
  onActionTaken?: (text: string) => void;
}

const STATUS_TEXT: Record<NoteStatus, string> = {
  idle: '',
  copied: 'Note copied. Paste it into the PM system.',
  failed: 'Could not copy. Select the note text and copy it by hand (Ctrl+C).',
};

/**
 * The note for the PM system as a footer that stays on screen: the note (editable before copying),
 * what the biller did ("Action taken"), and Copy with its keyboard shortcut.
 */
export function NoteBar(props: NoteBarProps) {
  const id = useId();
  const { text, draft, status } = props;
  if (text === null) return null;
  const value = draft ?? text;
  return (
    <section class="note-bar" aria-labelledby={`${id}-title`}>
      <div class="note-bar-head">
        <h2 id={`${id}-title`}>Note</h2>
        {props.about ? (
          <span class="muted" data-testid="note-about">
            {props.about}
          </span>
        ) : null}
        {draft !== null && props.onEdit ? (
          <button type="button" class="quiet small" onClick={() => props.onEdit?.(null)}>
            Undo my edits
          </button>
        ) : null}
      </div>
      <label class="visually-hidden" for={`${id}-text`}>
        Note for the PM system{props.onEdit ? ' (you can edit it before copying)' : ''}
      </label>
      <textarea
        id={`${id}-text`}
        class="note-text"
        data-testid="note-preview"
        rows={3}
        readOnly={!props.onEdit}
        value={value}
        spellcheck={false}
        onInput={(e) => props.onEdit?.(e.currentTarget.value)}
      />
      <div class="note-bar-row">
        {props.onActionTaken ? (
          <span class="action-taken">
            <label for={`${id}-action`}>Action taken</label>
            <input
              id={`${id}-action`}
              type="text"
              data-testid="action-taken"
              maxLength={200}
              autoComplete="off"
              placeholder="called payer, ref #…"
              value={props.actionTaken}
              onInput={(e) => props.onActionTaken?.(e.currentTarget.value)}
            />
          </span>
        ) : null}
        {props.onCopy ? (
          <button
            type="button"
            class="primary"
            data-testid="copy-note"
            onClick={props.onCopy}
            aria-keyshortcuts={props.shortcut ?? undefined}
          >
            Copy note
            {props.shortcut ? <kbd class="shortcut">{props.shortcut}</kbd> : null}
          </button>
        ) : null}
      </div>
      {/* Always in the page so screen readers hear the change, not only when it appears. */}
      <p class={`note-status status-${status}`} data-testid="note-status" aria-live="polite" role="status">
        {STATUS_TEXT[status]}
      </p>
    </section>
  );
}

/** The history under the reading, collapsed (it is searched now and then, not on every claim). */
export function NoteHistorySection({ children }: { children: ComponentChildren }) {
  if (!children) return null;
  return (
    <details class="note-history-box" data-testid="note-history">
      <summary>Note history</summary>
      {children}
    </details>
  );
}
