import { useEffect, useId, useRef, useState } from 'preact/hooks';

interface Props {
  payer: string;
  /** The limit in force for this payer now, to start from. */
  days: number | null;
  onSave: (days: number) => void;
  onCancel: () => void;
}

/** "Change the filing limit for this payer", in place on the timely-filing item. */
export function FilingLimitForm({ payer, days, onSave, onCancel }: Props) {
  const id = useId();
  const [text, setText] = useState(days === null ? '' : String(days));
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      class="filing-limit-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const n = Number(text.trim());
        if (!Number.isInteger(n) || n < 1 || n > 3650) setError('Days: a whole number from 1 to 3650.');
        else onSave(n);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <label for={`${id}-days`}>Filing limit for payers whose name contains “{payer}” (days)</label>
      <input
        id={`${id}-days`}
        ref={input}
        type="text"
        inputMode="numeric"
        size={5}
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setError(null);
        }}
      />
      <button type="submit" class="small">
        Save
      </button>
      <button type="button" class="quiet small" onClick={onCancel}>
        Cancel
      </button>
      {error ? (
        <p id={`${id}-error`} class="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
