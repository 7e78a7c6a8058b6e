import type { PageKind } from '../../utils/model/snapshot';
import { daysText } from '../../utils/panel/format';
import { STATUS_KINDS } from '../../utils/panel/labels';
import { statusLine } from '../../utils/panel/status';
import type { ClaimView } from '../../utils/panel/view';
import { ServiceLines } from '../ServiceLines';
import { CouldNotCheck } from './CouldNotCheck';
import { DismissedGroup } from './DismissedGroup';
import { type ItemContext, ItemView } from './ItemView';

interface Props {
  view: ClaimView;
  /** The patient's initials (the side panel never shows a name). */
  initials?: string | null;
  kind: PageKind;
  today?: string;
  /** Inside a claims-list row: the row already shows the number, dates and status. */
  inList?: boolean;
  /** No CMS rule data imported: the panel says so once above, so the could-not-check line stays short. */
  ruleDataMissing?: boolean;
  ctx: Omit<ItemContext, 'claimIndex' | 'payer'>;
}

/** "Denied · F2 Finalized: denial": the page's words first, then the 277 category. */
function StatusText({ view }: { view: ClaimView }) {
  const s = statusLine(view.claim);
  if (!s) return null;
  const code = view.claim.status?.category ?? '';
  // "F2: Finalized/Denial" says what the category says: show it once.
  const text = s.text && !(code && s.text.trim().startsWith(code)) ? s.text : null;
  const parts = [text, s.category].filter((p): p is string => !!p && p.trim() !== '');
  return parts.length > 0 ? <span data-testid="claim-status">{parts.join(' · ')}</span> : null;
}

/** One claim: who and when, what stands out (cards), what is routine (rows), its lines. */
export function ClaimDetail({
  view,
  initials,
  kind,
  today,
  inList = false,
  ruleDataMissing = false,
  ctx,
}: Props) {
  const { claim, claimNumber } = view;
  const titleId = `claim-${view.index}-title`;
  const itemCtx: ItemContext = { ...ctx, claimIndex: view.index, payer: view.payer };
  const cards = view.items.filter((s) => s.item.severity === 'error' || s.item.severity === 'warning');
  const rows = view.items.filter((s) => s.item.severity === 'info');
  const older = view.items.filter((s) => s.dismissal && !ctx.recent.has(s.item.key));
  const standing = view.items.some((s) => !s.dismissal);
  const meta = (
    <p class="claim-meta">
      {view.dates ? (
        <span>
          DOS <span data-testid="claim-dates">{view.dates}</span>
        </span>
      ) : null}
      {view.payer ? (
        <span data-testid="claim-payer">
          {view.payer}
          {view.payerFromPortal ? <span class="muted"> (the portal’s payer)</span> : null}
        </span>
      ) : null}
      {initials ? (
        <span>
          Patient <span data-testid="patient-initials">{initials}</span>
        </span>
      ) : null}
      {STATUS_KINDS.has(kind) ? <StatusText view={view} /> : null}
      {view.daysLeft !== null ? (
        <span class={`days-left${view.daysLeft <= 30 ? ' is-close' : ''}`} data-testid="days-left">
          {daysText(view.daysLeft)}
        </span>
      ) : null}
    </p>
  );
  const body = (
    <>
      {cards.length > 0 ? (
        <ul class="items cards" aria-label={`Problems on claim ${claimNumber ?? ''}`.trim()}>
          {cards.map((s) => (
            <ItemView key={s.item.key} state={s} ctx={itemCtx} />
          ))}
        </ul>
      ) : null}
      {rows.length > 0 ? (
        <ul class="items rows" aria-label="For information">
          {rows.map((s) => (
            <ItemView key={s.item.key} state={s} ctx={itemCtx} />
          ))}
        </ul>
      ) : null}
      <CouldNotCheck findings={view.couldNotCheck} ruleDataMissing={ruleDataMissing} />
      {!standing && view.couldNotCheck.length === 0 ? (
        <p class="all-clear">
          {older.length > 0 ? 'Nothing else found on this claim.' : 'No findings on this claim.'}
        </p>
      ) : null}
      {inList && claim.serviceLines.length === 0 ? null : (
        <ServiceLines lines={claim.serviceLines} worst={view.worstByLine} />
      )}
      <DismissedGroup dismissed={older} today={today} onUndo={ctx.onUndo} />
    </>
  );
  if (inList) return <div class="claim in-list">{body}</div>;
  return (
    <section class="claim" data-claim-number={claimNumber ?? ''} aria-labelledby={titleId}>
      <h2 id={titleId} class="claim-title" tabIndex={-1}>
        {claimNumber === null && kind === 'claim-entry' ? (
          'Claim being entered'
        ) : (
          <>
            Claim <span data-testid="claim-number">{claimNumber ?? 'number not shown'}</span>
          </>
        )}
      </h2>
      {meta}
      {body}
    </section>
  );
}
