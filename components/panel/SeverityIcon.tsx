import type { Severity } from '../../utils/model/finding';
import { SEVERITY_LABEL } from '../../utils/panel/labels';

/**
 * A level is told three ways so it never rests on colour alone: the icon's shape (octagon = error,
 * triangle = warning, circle = info, dashed circle = could not check), the tint of the item, and
 * the word. Checked under simulated deuteranopia, protanopia and greyscale (tests/e2e/panel.e2e.ts).
 */
export function SeverityIcon({ severity }: { severity: Severity | 'ok' }) {
  return (
    <svg class={`sev-icon sev-${severity}`} viewBox="0 0 16 16" width="15" height="15" aria-hidden="true">
      {severity === 'error' ? (
        <>
          <path class="shape" d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" />
          <path class="mark" d="M5.5 5.5l5 5M10.5 5.5l-5 5" />
        </>
      ) : severity === 'warning' ? (
        <>
          <path class="shape" d="M8 1l7.5 13.5H.5z" />
          <path class="mark" d="M8 5.5v4.5M8 11.8v.6" />
        </>
      ) : severity === 'info' ? (
        <>
          <circle class="shape" cx="8" cy="8" r="7" />
          <path class="mark" d="M8 7v5M8 4.2v.6" />
        </>
      ) : severity === 'ok' ? (
        <>
          <circle class="shape" cx="8" cy="8" r="7" />
          <path class="mark" d="M4.8 8.3l2.2 2.2 4.2-4.6" />
        </>
      ) : (
        <>
          <circle class="shape hollow" cx="8" cy="8" r="6.5" />
          <path class="mark on-line" d="M6 6.2a2 2 0 1 1 2.6 1.9c-.5.2-.6.5-.6 1v.6M8 11.6v.6" />
        </>
      )}
    </svg>
  );
}

/** Icon + word ("Error"), the word visible: the level reads the same in greyscale and forced colours. */
export function SeverityTag({ severity }: { severity: Severity }) {
  return (
    <span class={`sev-tag sev-${severity}`}>
      <SeverityIcon severity={severity} />
      <span class="sev-word">{SEVERITY_LABEL[severity].title}</span>
    </span>
  );
}
