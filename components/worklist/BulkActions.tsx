import { useId, useState } from 'preact/hooks';
import { STATUS_LABEL, WORK_STATUSES, type WorkStatus } from '../../utils/denials/model';

/** Bulk status change for the selected claims, and the CSV export of what the filters show. */
export interface BulkActionsProps {
  selectedCount: number;
  shownCount: number;
  onBulkStatus: (status: WorkStatus) => void;
  onClearSelection: () => void;
  onExport: () => void;
}

export function BulkActions({
  selectedCount,
  shownCount,
  onBulkStatus,
  onClearSelection,
  onExport,
}: BulkActionsProps) {
  const id = useId();
  const [status, setStatus] = useState<WorkStatus>('working');
  return (
    <fieldset class="bulk-actions">
      <legend class="visually-hidden">Act on several claims</legend>
      <span data-testid="selected-count">{selectedCount} selected</span>
      <label for={`${id}-status`}>Set status to</label>
      <select
        id={`${id}-status`}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as WorkStatus)}
      >
        {WORK_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABEL[s]}
          </option>
        ))}
      </select>
      <button
        type="button"
        data-testid="bulk-apply"
        disabled={selectedCount === 0}
        onClick={() => onBulkStatus(status)}
      >
        Apply to {selectedCount} claim{selectedCount === 1 ? '' : 's'}
      </button>
      <button type="button" class="quiet" disabled={selectedCount === 0} onClick={onClearSelection}>
        Clear selection
      </button>
      <button type="button" data-testid="export-csv" disabled={shownCount === 0} onClick={onExport}>
        Export {shownCount} claim{shownCount === 1 ? '' : 's'} as CSV
      </button>
    </fieldset>
  );
}
