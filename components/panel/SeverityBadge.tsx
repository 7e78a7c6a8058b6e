import type { Severity } from '../../utils/model/finding';
import { SEVERITY_ICON, SEVERITY_LABEL } from '../../utils/panel/labels';

/** Icon + word: the level reads the same without colour (and in forced-colours mode). */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span class={`badge badge-${severity}`}>
      <span class="badge-icon" aria-hidden="true">
        {SEVERITY_ICON[severity]}
      </span>
      {SEVERITY_LABEL[severity].title}
    </span>
  );
}
