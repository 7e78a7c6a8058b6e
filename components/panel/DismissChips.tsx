import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { DISMISS_REASONS, dismissalReason } from '../../utils/panel/dismissals';

interface Props {
  /** What the item says, for the group's accessible name. */
  about: string;
  onDismiss: (reason: string) => void;
  onCancel: () => void;
}

/**
 * One click dismisses with a reason (principle 4: dismiss with a reason, so the dismissed list
 * explains itself later). "Other…" asks for the biller's own words. Escape cancels.
 */
export function DismissChips({ about, onDismiss, onCancel }: Props) {
  const id = useId();
  const [other, setOther] = useState(false);
  const [words, setWords] = useState('');
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    if (other) input.current?.focus();
  }, [other]);
  const onEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onCancel();
  };
  return (
    <fieldset class="dismiss-chips" aria-label={`Dismiss because: ${about}`} onKeyDown={onEscape}>
      <legend class="dismiss-label">Dismiss because</legend>
      {DISMISS_REASONS.filter((r) => r !== 'Other').map((r, i) => (
        <button
          key={r}
          type="button"
          class="chip"
          ref={i === 0 ? first : undefined}
          onClick={() => onDismiss(r)}
        >
          {r}
        </button>
      ))}
      {other ? (
        <form
          class="dismiss-other"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const text = dismissalReason('Other', words);
            if (text === null) setError('Say why in a few words.');
            else onDismiss(text);
          }}
        >
          <label for={`${id}-why`}>Why</label>
          <input
            id={`${id}-why`}
            ref={input}
            type="text"
            maxLength={200}
            value={words}
            aria-required="true"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(e) => {
              setWords(e.currentTarget.value);
              setError(null);
            }}
          />
          <button type="submit" class="chip">
            Dismiss
          </button>
          {error ? (
            <p id={`${id}-error`} class="form-error" role="alert">
              {error}
            </p>
          ) : null}
        </form>
      ) : (
        <button type="button" class="chip" onClick={() => setOther(true)}>
          Other…
        </button>
      )}
      <button type="button" class="quiet small" onClick={onCancel}>
        Cancel
      </button>
    </fieldset>
  );
}
