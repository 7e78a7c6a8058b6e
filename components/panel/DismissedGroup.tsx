import type { DismissedFinding } from '../../utils/panel/dismissals';
import { usDate } from '../../utils/panel/format';

interface Props {
  dismissed: DismissedFinding[];
  today?: string;
  onUndo?: (dismissalId: string) => void;
}

/**
 * Dismissed findings, collapsed so they stop drawing the eye but stay one click away (principle 4).
 * They carry `data-dismissed-rule` rather than `data-finding-rule`: tests and the demo count the
 * findings still standing.
 */
export function DismissedGroup({ dismissed, today, onUndo }: Props) {
  if (dismissed.length === 0) return null;
  return (
    <details class="dismissed" data-group="dismissed">
      <summary>Dismissed ({dismissed.length})</summary>
      <ul class="finding-list">
        {dismissed.map(({ finding: f, record }) => {
          const day = record.dismissedAt.slice(0, 10);
          return (
            <li
              key={record.id}
              class="finding is-dismissed"
              data-dismissed-rule={f.rule}
              data-lines={f.lines.join(',')}
              data-dismissal-id={record.id}
            >
              <p class="finding-message">{f.message}</p>
              <p class="dismissed-reason">
                Dismissed {day === today ? 'today' : usDate(day)}: {record.reason}
              </p>
              <p class="source">
                <span class="rule-id">{f.rule}</span>
                {f.lines.length > 0 ? ` · line ${f.lines.join(', ')}` : null}
              </p>
              {onUndo ? (
                <button
                  type="button"
                  class="quiet small"
                  aria-label={`Undo dismissal: ${f.message}`}
                  onClick={() => onUndo(record.id)}
                >
                  Undo
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
