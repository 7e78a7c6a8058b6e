import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { DenialRecord } from '../../utils/denials/model';
import { CAUSE_LABEL, STATUS_LABEL, type WorkStatus } from '../../utils/denials/model';
import type { CauseGroup as Group } from '../../utils/denials/worklist';
import { formatMoney } from '../../utils/notes/format';
import { OpenedClaim } from './ClaimDetails';
import { daysText, urgencyClass } from './labels';

/**
 * One cause's claims as a table, most urgent first. Long groups show their first rows and the rest on
 * request, so a worklist of tens of thousands of claims opens at once.
 */
export const ROWS_SHOWN = 25;

export interface CauseGroupProps {
  group: Group;
  selected: ReadonlySet<string>;
  expanded: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  onToggle: (id: string) => void;
  onStatus: (id: string, status: WorkStatus) => void;
  onNote: (id: string, note: string) => void;
  /** The whole record of a claim opened in the list. */
  loadRecord: (id: string) => Promise<DenialRecord | undefined>;
}

export function CauseGroup({
  group,
  selected,
  expanded,
  onSelect,
  onToggle,
  onStatus,
  onNote,
  loadRecord,
}: CauseGroupProps) {
  const [shown, setShown] = useState(ROWS_SHOWN);
  const rows = group.rows.slice(0, shown);
  const headingId = `cause-${group.cause}`;
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.record.id));
  return (
    <section class="cause-group" aria-labelledby={headingId} data-cause={group.cause}>
      <h2 id={headingId}>
        {CAUSE_LABEL[group.cause]}{' '}
        <span class="muted">
          — {group.rows.length} claim{group.rows.length === 1 ? '' : 's'}, {formatMoney(group.atRisk)} at risk
        </span>
      </h2>
      <table class="worklist-table">
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={`Select the ${rows.length} claims shown under ${CAUSE_LABEL[group.cause]}`}
                checked={allSelected}
                onChange={(e) =>
                  onSelect(
                    rows.map((r) => r.record.id),
                    e.currentTarget.checked,
                  )
                }
              />
            </th>
            <th scope="col">Claim</th>
            <th scope="col">Payer</th>
            <th scope="col">Service date</th>
            <th scope="col">Denied lines</th>
            <th scope="col">Codes</th>
            <th scope="col">At risk</th>
            <th scope="col">Deadline</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const r = row.record;
            const open = expanded.has(r.id);
            return (
              <Fragment key={r.id}>
                <tr data-claim={r.claimNumber} data-status={r.status} class={open ? 'is-open' : undefined}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Select claim ${r.claimNumber}`}
                      checked={selected.has(r.id)}
                      onChange={(e) => onSelect([r.id], e.currentTarget.checked)}
                    />
                  </td>
                  <th scope="row">
                    <button
                      type="button"
                      class="quiet claim-toggle"
                      aria-expanded={open}
                      aria-controls={`details-${r.id}`}
                      onClick={() => onToggle(r.id)}
                    >
                      {r.claimNumber}
                    </button>
                  </th>
                  <td>{r.payer ?? <span class="muted">not shown</span>}</td>
                  <td>{r.dosFrom ?? '—'}</td>
                  <td>{r.lines || <span class="muted">—</span>}</td>
                  <td class="codes">{r.codes}</td>
                  <td class="money">{formatMoney(r.atRisk)}</td>
                  <td class={urgencyClass(row.daysLeft)} data-testid="due">
                    {row.due ? <span class="due-date">{row.due.date}</span> : null} {daysText(row)}
                  </td>
                  <td data-testid="status">{STATUS_LABEL[r.status]}</td>
                </tr>
                {open ? (
                  <tr id={`details-${r.id}`} class="details-row">
                    <td colSpan={9}>
                      <OpenedClaim row={row} load={loadRecord} onStatus={onStatus} onNote={onNote} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {group.rows.length > shown ? (
        <button type="button" onClick={() => setShown(shown + 100)}>
          Show {Math.min(100, group.rows.length - shown)} more of {group.rows.length - shown} under{' '}
          {CAUSE_LABEL[group.cause]}
        </button>
      ) : null}
    </section>
  );
}
