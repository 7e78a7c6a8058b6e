import { useEffect, useId, useState } from 'preact/hooks';
import { explainRecord } from '../../utils/denials/explain';
import { type DenialRecord, STATUS_LABEL, WORK_STATUSES, type WorkStatus } from '../../utils/denials/model';
import { MAX_NOTE_LENGTH } from '../../utils/denials/store';
import type { WorklistRow } from '../../utils/denials/worklist';
import { formatMoney } from '../../utils/notes/format';
import { DUE_LABEL } from './labels';

/** One claim opened in the worklist: its denied lines explained, deadline, status, note, way back. */
export interface ClaimDetailsProps {
  row: WorklistRow;
  /** The claim's whole record (the row holds only what the list shows). */
  record: DenialRecord;
  onStatus: (id: string, status: WorkStatus) => void;
  onNote: (id: string, note: string) => void;
}

const seenWhere = (r: DenialRecord) =>
  r.portal === 'era' ? 'an 835 remittance file' : `a ${r.kind.replace('-', ' ')} page (${r.portal})`;

const hostOf = (link: string) => /^https:\/\/([^/?#]+)/.exec(link)?.[1] ?? '';

/** Reads the opened claim's whole record, then shows it. */
export function OpenedClaim({
  row,
  load,
  ...actions
}: Omit<ClaimDetailsProps, 'record'> & { load: (id: string) => Promise<DenialRecord | undefined> }) {
  const [record, setRecord] = useState<DenialRecord | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    load(row.record.id).then(
      (r) => live && setRecord(r ?? null),
      () => live && setRecord(null),
    );
    return () => {
      live = false;
    };
    // Read again whenever the list was (a status or note saved here or elsewhere).
  }, [row]);
  if (record === undefined) return <p class="muted">Reading the claim…</p>;
  if (record === null)
    return <p role="alert">This claim could not be read: it may have been deleted. Reload the worklist.</p>;
  return <ClaimDetails row={row} record={record} {...actions} />;
}

export function ClaimDetails({ row, record: r, onStatus, onNote }: ClaimDetailsProps) {
  const id = useId();
  const [note, setNote] = useState(r.note);
  const explained = explainRecord(r);
  return (
    <div class="claim-details" data-testid="claim-details">
      {explained.lines.length > 0 ? (
        <ul class="plain denied-lines">
          {explained.lines.map((l) => (
            <li key={l.line}>
              <span class="label">
                Line {l.line}: {l.what}
              </span>
              {l.reasons.map((c) => (
                <p key={c.code}>
                  <span class="code">{c.code}</span> {c.short}
                  {c.step ? <span class="step"> — {c.step}</span> : null}
                </p>
              ))}
              {l.remarks.map((c) => (
                <p key={c.code} class="muted">
                  <span class="code">{c.code}</span> {c.short}
                </p>
              ))}
            </li>
          ))}
        </ul>
      ) : null}
      {explained.claim.map((c) => (
        <p key={c.code}>
          <span class="code">{c.code}</span> (claim) {c.short}
          {c.step ? <span class="step"> — {c.step}</span> : null}
        </p>
      ))}
      {r.rejected ? (
        <p>
          Rejected before adjudication{r.statusCategory ? ` (${r.statusCategory})` : ''}: correct it and
          submit it again.
        </p>
      ) : null}
      <p data-testid="deadline">
        {row.due ? (
          <>
            {DUE_LABEL[row.due.what]} <strong>{row.due.date}</strong> ({row.due.basis}).
          </>
        ) : (
          'No deadline: nothing to send the payer.'
        )}
      </p>
      <p class="muted">
        {formatMoney(r.atRisk)} at risk. First seen {r.firstSeen}, last seen {r.lastSeen}, on {seenWhere(r)}.
        {r.statusBy === 'claimlens' && r.status === 'paid' ? ` Seen paid on ${r.paidSeen}.` : ''}
      </p>
      {r.fixes.length > 0 ? (
        <p>
          Paid after the change:{' '}
          {r.fixes
            .map(
              (f) =>
                `${f.code}${f.added.length ? ` +${f.added.join(' +')}` : ''}${f.removed.length ? ` −${f.removed.join(' −')}` : ''}`,
            )
            .join('; ')}
        </p>
      ) : null}
      {r.link ? (
        <p>
          <a href={r.link} target="_blank" rel="noopener noreferrer" data-testid="portal-link">
            Open the portal page it was seen on
          </a>{' '}
          <span class="muted">({hostOf(r.link)})</span>
        </p>
      ) : null}
      <p>
        <label for={`${id}-status`}>Status</label>{' '}
        <select
          id={`${id}-status`}
          value={r.status}
          onChange={(e) => onStatus(r.id, e.currentTarget.value as WorkStatus)}
        >
          {WORK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onNote(r.id, note);
        }}
      >
        <label for={`${id}-note`}>Note</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={MAX_NOTE_LENGTH}
          value={note}
          aria-describedby={`${id}-note-hint`}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        <p id={`${id}-note-hint`} class="muted">
          Kept on this computer with the claim. Leave patient names and member ids out.
        </p>
        <button type="submit" disabled={note === r.note}>
          Save note
        </button>
      </form>
    </div>
  );
}
