import { useId } from 'preact/hooks';
import { CAUSE_LABEL, STATUS_LABEL, WORK_STATUSES } from '../../utils/denials/model';
import {
  AGE_BUCKETS,
  CAUSE_ORDER,
  type PayerOption,
  type WorklistFilters,
} from '../../utils/denials/worklist';

/** Filters by payer, cause, age, status and claim number. Props in, events out. */
export interface FiltersProps {
  filters: WorklistFilters;
  payers: readonly PayerOption[];
  onChange: (filters: WorklistFilters) => void;
}

export function Filters({ filters, payers, onChange }: FiltersProps) {
  const id = useId();
  const set = (patch: Partial<WorklistFilters>) => onChange({ ...filters, ...patch });
  return (
    <form class="filters" aria-label="Filter the worklist" onSubmit={(e) => e.preventDefault()}>
      <span class="field">
        <label for={`${id}-payer`}>Payer</label>
        <select
          id={`${id}-payer`}
          data-testid="filter-payer"
          value={filters.payer}
          onChange={(e) => set({ payer: e.currentTarget.value })}
        >
          <option value="">All payers</option>
          {payers.map((p) => (
            <option key={p.key} value={p.key}>
              {p.label} ({p.count})
            </option>
          ))}
        </select>
      </span>
      <span class="field">
        <label for={`${id}-cause`}>Cause</label>
        <select
          id={`${id}-cause`}
          data-testid="filter-cause"
          value={filters.cause}
          onChange={(e) => set({ cause: e.currentTarget.value as WorklistFilters['cause'] })}
        >
          <option value="">All causes</option>
          {CAUSE_ORDER.map((c) => (
            <option key={c} value={c}>
              {CAUSE_LABEL[c]}
            </option>
          ))}
        </select>
      </span>
      <span class="field">
        <label for={`${id}-age`}>Age</label>
        <select
          id={`${id}-age`}
          data-testid="filter-age"
          value={filters.age}
          onChange={(e) => set({ age: e.currentTarget.value as WorklistFilters['age'] })}
        >
          <option value="">Any age</option>
          {AGE_BUCKETS.map((b) => (
            <option key={b.id} value={b.id}>
              {b.label}
            </option>
          ))}
        </select>
      </span>
      <span class="field">
        <label for={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          data-testid="filter-status"
          value={filters.status}
          onChange={(e) => set({ status: e.currentTarget.value as WorklistFilters['status'] })}
        >
          <option value="open">Open (new, working, corrected, appealed)</option>
          {WORK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
          <option value="all">All</option>
        </select>
      </span>
      <span class="field">
        <label for={`${id}-claim`}>Claim number</label>
        <input
          id={`${id}-claim`}
          type="text"
          size={14}
          data-testid="filter-claim"
          value={filters.claim}
          onInput={(e) => set({ claim: e.currentTarget.value })}
        />
      </span>
    </form>
  );
}
