import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../utils/model/finding';
import { DismissForm } from './DismissForm';
import { SeverityBadge } from './SeverityBadge';

interface Props {
  finding: Finding;
  /** Name the lines on the finding itself, where no group title names them (status section). */
  showLines?: boolean;
  /** Present when the finding can be dismissed (a claim number to file it under, a handler). */
  onDismiss?: (reason: string) => void;
}

/** One finding: level, what is wrong, what to do, rule and source. Page text is rendered as text. */
export function FindingItem({ finding: f, showLines = false, onDismiss }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // After Cancel, back to the button that opened the form, so keyboard users keep their place.
  useEffect(() => {
    if (!open && returnFocus.current) {
      returnFocus.current = false;
      button.current?.focus();
    }
  }, [open]);
  const close = () => {
    returnFocus.current = true;
    setOpen(false);
  };
  return (
    <li
      class={`finding severity-${f.severity}`}
      data-finding-rule={f.rule}
      data-finding-severity={f.severity}
      data-lines={f.lines.join(',')}
    >
      <p class="finding-head">
        <SeverityBadge severity={f.severity} />
        {showLines && f.lines.length > 0 ? (
          <span class="finding-lines">
            {f.lines.length === 1 ? 'Line' : 'Lines'} {f.lines.join(', ')}
          </span>
        ) : null}
      </p>
      <p class="finding-message">{f.message}</p>
      {f.reason ? <p class="finding-reason">Why: {f.reason}</p> : null}
      {f.action ? (
        <p class="finding-action">
          <span class="label">Next: </span>
          {f.action}
        </p>
      ) : null}
      <p class="source">
        <span class="rule-id">{f.rule}</span>
        {f.source ? ` · ${f.source}` : null}
      </p>
      {onDismiss && !open ? (
        <button type="button" class="quiet small" ref={button} onClick={() => setOpen(true)}>
          Dismiss…
        </button>
      ) : null}
      {onDismiss && open ? <DismissForm about={f.message} onSubmit={onDismiss} onCancel={close} /> : null}
    </li>
  );
}
