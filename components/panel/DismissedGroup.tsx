import { dismissedWhen, type ItemState } from '../../utils/panel/view';

interface Props {
  dismissed: ItemState[];
  today?: string;
  onUndo?: (state: ItemState) => void;
}

/**
 * Items dismissed earlier, collapsed so they stop drawing the eye but stay one click away
 * (principle 4). They carry `data-dismissed-rule` rather than `data-finding-rule`: tests and the
 * demo count the findings still standing.
 */
export function DismissedGroup({ dismissed, today, onUndo }: Props) {
  if (dismissed.length === 0) return null;
  return (
    <details class="dismissed" data-group="dismissed">
      <summary>Dismissed ({dismissed.length})</summary>
      <ul class="plain">
        {dismissed.map((s) => {
          const record = s.dismissal!;
          return (
            <li
              key={record.id}
              class="is-dismissed"
              data-dismissed-rule={s.item.lead.rule}
              data-lines={s.item.lead.lines.join(',')}
              data-dismissal-id={record.id}
            >
              <span class="dismissed-title">
                {s.item.where === 'Whole claim' ? '' : `${s.item.where} · `}
                {s.item.title}
              </span>
              <span class="dismissed-reason">
                {' '}
                — dismissed {dismissedWhen(record, today)}: {record.reason}
              </span>
              {onUndo ? (
                <button
                  type="button"
                  class="quiet small"
                  aria-label={`Undo dismissal: ${s.item.title}`}
                  onClick={() => onUndo(s)}
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
