import { useMemo, useState } from 'preact/hooks';
import type { DenialRecord, WorkStatus } from '../../utils/denials/model';
import {
  DEFAULT_FILTERS,
  filterRows,
  groupByCause,
  payerOptions,
  type WorklistFilters,
  type WorklistRow,
} from '../../utils/denials/worklist';
import { formatMoney } from '../../utils/notes/format';
import { BulkActions } from './BulkActions';
import { CauseGroup } from './CauseGroup';
import { Charts } from './Charts';
import { EraDrop, type EraDropProps } from './EraDrop';
import { Filters } from './Filters';

/**
 * The denial worklist page: every denied claim ClaimLens has seen, most urgent first, grouped by
 * cause, with filters, bulk status change, CSV export, 835 import and pictures. Props in, events out;
 * the page's wiring (entrypoints/worklist) reads and writes the records.
 */
export interface WorklistProps {
  /** null while loading. */
  rows: WorklistRow[] | null;
  today: string;
  problem?: string | null;
  /** What the last action did, announced politely. */
  status?: string | null;
  era: Omit<EraDropProps, 'onFiles'>;
  onFiles: (files: File[]) => void;
  onStatus: (ids: string[], status: WorkStatus) => void;
  onNote: (id: string, note: string) => void;
  onExport: (rows: WorklistRow[]) => void;
  /** The whole record of a claim opened in the list. */
  loadRecord: (id: string) => Promise<DenialRecord | undefined>;
  onOpenOptions?: () => void;
}

const EMPTY: WorklistRow[] = [];

function Summary({ rows }: { rows: readonly WorklistRow[] }) {
  const atRisk = rows.reduce((s, r) => s + r.record.atRisk, 0);
  const soon = rows.filter((r) => r.daysLeft !== null && r.daysLeft >= 0 && r.daysLeft <= 7).length;
  const past = rows.filter((r) => r.daysLeft !== null && r.daysLeft < 0).length;
  return (
    <p class="counts" data-testid="summary">
      {rows.length} claim{rows.length === 1 ? '' : 's'} · {formatMoney(atRisk)} at risk · {soon} due within 7
      days · {past} past the deadline
    </p>
  );
}

export function Worklist(props: WorklistProps) {
  const all = props.rows ?? EMPTY;
  const [filters, setFilters] = useState<WorklistFilters>(DEFAULT_FILTERS);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const payers = useMemo(() => payerOptions(all), [all]);
  const shown = useMemo(() => filterRows(all, filters), [all, filters]);
  const groups = useMemo(() => groupByCause(shown), [shown]);

  const select = (ids: string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    setSelected(next);
  };
  const toggle = (id: string) => {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };

  return (
    <main class="panel worklist" data-ready={props.rows ? 'true' : undefined}>
      <header class="panel-header">
        <div class="title-row">
          <h1>Denial worklist</h1>
          {props.onOpenOptions ? (
            <button type="button" class="quiet small" onClick={props.onOpenOptions}>
              Settings (deadlines, history, retention)
            </button>
          ) : null}
        </div>
        <p class="muted">
          Every denied or partly denied claim ClaimLens has read on claim status, claim detail and remittance
          pages or in 835 files — on this computer only. Paid claims leave the list by themselves.
        </p>
        {props.rows ? <Summary rows={shown} /> : <p>Loading the worklist…</p>}
      </header>
      {props.problem ? (
        <p class="problem-message" role="alert">
          {props.problem}
        </p>
      ) : null}
      <div role="status" class="status-line">
        {props.status ? <p data-testid="worklist-status">{props.status}</p> : null}
      </div>
      <EraDrop {...props.era} onFiles={props.onFiles} />
      <section aria-labelledby="queue-h" class="queue">
        <h2 id="queue-h" class="visually-hidden">
          Claims
        </h2>
        <Filters filters={filters} payers={payers} onChange={setFilters} />
        <BulkActions
          selectedCount={selected.size}
          shownCount={shown.length}
          onBulkStatus={(status) => {
            props.onStatus([...selected], status);
            setSelected(new Set());
          }}
          onClearSelection={() => setSelected(new Set())}
          onExport={() => props.onExport(shown)}
        />
        {props.rows && shown.length === 0 ? (
          <p data-testid="worklist-empty">
            {all.length === 0
              ? 'No denied claims yet. Open claim status, claim detail or remittance pages in a portal, or add 835 files above.'
              : 'No claims match these filters.'}
          </p>
        ) : null}
        {groups.map((g) => (
          <CauseGroup
            key={g.cause}
            group={g}
            selected={selected}
            expanded={expanded}
            onSelect={select}
            onToggle={toggle}
            onStatus={(id, status) => props.onStatus([id], status)}
            onNote={props.onNote}
            loadRecord={props.loadRecord}
          />
        ))}
      </section>
      {props.rows && shown.length > 0 ? <Charts rows={shown} today={props.today} /> : null}
    </main>
  );
}
