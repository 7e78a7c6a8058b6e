import { useEffect, useMemo, useState } from 'preact/hooks';
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
import type { FollowUpDue } from '../../utils/notes/history';
import type { ProofRecord } from '../../utils/proofs/model';
import { BulkActions } from './BulkActions';
import { CauseGroup } from './CauseGroup';
import { Charts } from './Charts';
import { EraDrop, type EraDropProps } from './EraDrop';
import { Filters } from './Filters';
import { FollowUps } from './FollowUps';
import { type ProofPictureActions, Proofs } from './Proofs';

/**
 * The denial worklist page: every denied claim ClaimLens has seen, most urgent first, grouped by
 * cause, with filters, bulk status change, CSV export, 835 import and pictures. Props in, events out;
 * the page's wiring (entrypoints/worklist) reads and writes the records.
 */
export interface WorklistProps {
  /** Every claim with its deadline, most urgent first; null while loading. */
  rows: WorklistRow[] | null;
  /**
   * While `rows` is loading: the first rows of each cause as the full list will show them (read from
   * the queue, queue.ts), drawn at once; counts, filters, export and pictures wait for `rows`.
   */
  preview?: WorklistRow[] | null;
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
  /** Claims whose follow-up date has come (notes with a follow-up date). */
  followUps?: readonly FollowUpDue[];
  onFollowUpDone?: (noteId: number) => void;
  /** Proofs of filing kept from the side panel, newest first. */
  proofs?: readonly ProofRecord[];
  onExportProof?: (proof: ProofRecord) => void;
  onDeleteProof?: (proof: ProofRecord) => void;
  proofPictures?: ProofPictureActions;
  onOpenOptions?: () => void;
}

const EMPTY: WorklistRow[] = [];

function Summary({ rows }: { rows: readonly WorklistRow[] }) {
  let atRisk = 0;
  let soon = 0;
  let past = 0;
  for (const { record, daysLeft } of rows) {
    atRisk += record.atRisk;
    if (daysLeft === null) continue;
    if (daysLeft < 0) past++;
    else if (daysLeft <= 7) soon++;
  }
  return (
    <p class="counts" data-testid="summary">
      {rows.length} claim{rows.length === 1 ? '' : 's'} · {formatMoney(atRisk)} at risk · {soon} due within 7
      days · {past} past the deadline
    </p>
  );
}

export function Worklist(props: WorklistProps) {
  const all = props.rows ?? EMPTY;
  const counting = !props.rows && !!props.preview;
  const [filters, setFilters] = useState<WorklistFilters>(DEFAULT_FILTERS);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const payers = useMemo(() => payerOptions(all), [all]);
  const shown = useMemo(() => filterRows(all, filters), [all, filters]);
  const groups = useMemo(
    () => (counting ? groupByCause(props.preview ?? EMPTY) : groupByCause(shown)),
    [counting, props.preview, shown],
  );

  // The pictures follow the list a moment later (never showing the previous filters' numbers), so a
  // filter redraws the list at once.
  const [pictured, setPictured] = useState<readonly WorklistRow[] | null>(null);
  useEffect(() => {
    if (!props.rows) return;
    const later = setTimeout(() => setPictured(shown), 0);
    return () => clearTimeout(later);
  }, [props.rows, shown]);

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
        {props.rows ? (
          <Summary rows={shown} />
        ) : counting ? (
          <p class="counts" data-testid="counting">
            Counting the claims… The most urgent are below; counts, filters, export and pictures follow.
          </p>
        ) : (
          <p>Loading the worklist…</p>
        )}
      </header>
      {props.problem ? (
        <p class="problem-message" role="alert">
          {props.problem}
        </p>
      ) : null}
      <div role="status" class="status-line">
        {props.status ? <p data-testid="worklist-status">{props.status}</p> : null}
      </div>
      <FollowUps due={props.followUps ?? []} onDone={(id) => props.onFollowUpDone?.(id)} />
      <Proofs
        proofs={props.proofs ?? []}
        onExport={(p) => props.onExportProof?.(p)}
        onDelete={(p) => props.onDeleteProof?.(p)}
        pictures={props.proofPictures}
      />
      <EraDrop {...props.era} onFiles={props.onFiles} />
      <section aria-labelledby="queue-h" class="queue">
        <h2 id="queue-h" class="visually-hidden">
          Claims
        </h2>
        <Filters filters={filters} payers={payers} onChange={setFilters} disabled={!props.rows} />
        <BulkActions
          selectedCount={selected.size}
          shownCount={props.rows ? shown.length : null}
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
            counting={counting}
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
      {props.rows && shown.length > 0 ? (
        <Charts rows={shown} today={props.today} drawing={pictured !== shown} />
      ) : null}
    </main>
  );
}
