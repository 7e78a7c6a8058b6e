import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { DISMISS_REASONS, type DismissReason, dismissalReason } from '../../utils/panel/dismissals';

interface Props {
  /** What the finding says, for the form's accessible name. */
  about: string;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/**
 * The inline "why are you dismissing this?" form. A reason is required so the dismissed list
 * explains itself later (principle 4: dismiss with a reason). Escape cancels.
 */
export function DismissForm({ about, onSubmit, onCancel }: Props) {
  const id = useId();
  const [reason, setReason] = useState<DismissReason>(DISMISS_REASONS[0]);
  const [details, setDetails] = useState('');
  const [error, setError] = useState<string | null>(null);
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => select.current?.focus(), []);

  const submit = (e: Event) => {
    e.preventDefault();
    const text = dismissalReason(reason, details);
    if (text === null) {
      setError('Say why in a few words.');
      return;
    }
    onSubmit(text);
  };

  return (
    <form
      class="dismiss-form"
      aria-label={`Dismiss: ${about}`}
      // Our own message (announced, tied to the field) instead of the browser's bubble.
      noValidate
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <label for={`${id}-reason`}>Reason</label>
      <select
        id={`${id}-reason`}
        ref={select}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value as DismissReason)}
      >
        {DISMISS_REASONS.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <label for={`${id}-details`}>{reason === 'Other' ? 'Why' : 'Details (optional)'}</label>
      <input
        id={`${id}-details`}
        type="text"
        maxLength={200}
        value={details}
        aria-required={reason === 'Other' ? 'true' : undefined}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => {
          setDetails(e.currentTarget.value);
          setError(null);
        }}
      />
      {error ? (
        <p id={`${id}-error`} class="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="form-buttons">
        <button type="submit">Dismiss finding</button>
        <button type="button" class="quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
