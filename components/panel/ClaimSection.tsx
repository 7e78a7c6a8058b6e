import { useRef } from 'preact/hooks';
import type { Finding } from '../../utils/model/finding';
import { dismissalId } from '../../utils/panel/dismissals';
import { usDate } from '../../utils/panel/format';
import type { ClaimView } from '../../utils/panel/view';
import { FindingList } from '../FindingList';
import { ServiceLines } from '../ServiceLines';
import type { PanelActions } from './actions';
import { CouldNotCheck } from './CouldNotCheck';
import { DismissedGroup } from './DismissedGroup';
import { StatusExplained } from './StatusExplained';

interface Props extends Pick<PanelActions, 'onDismiss' | 'onUndoDismiss'> {
  view: ClaimView;
  explainStatus: boolean;
  today?: string;
  /** One of several claims (a results list): stay short, leave out what the list does not show. */
  inList?: boolean;
  /** Told after a dismissal, so the panel can announce where the finding went. */
  onDismissed?: (finding: Finding) => void;
}

/** One claim: who and when, its status explained, its lines, and what the rules found on them. */
export function ClaimSection({
  view,
  explainStatus,
  today,
  inList = false,
  onDismiss,
  onUndoDismiss,
  onDismissed,
}: Props) {
  const { claim, claimNumber } = view;
  const titleId = `claim-${view.index}-title`;
  const findingsHeading = useRef<HTMLHeadingElement>(null);
  const dismissFor = (f: Finding) => {
    if (!onDismiss || claimNumber === null || f.severity === 'could-not-check') return undefined;
    return (reason: string) => {
      onDismiss(f, reason, { id: dismissalId(claimNumber, f), claimNumber });
      onDismissed?.(f);
      // The finding leaves the list; keep keyboard focus near where it was, not back at the top.
      findingsHeading.current?.focus();
    };
  };
  const hasFindings = view.groups.length > 0 || view.couldNotCheck.length > 0 || view.dismissed.length > 0;
  return (
    <section class="claim" data-claim-number={claimNumber ?? ''} aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1}>
        Claim <span data-testid="claim-number">{claimNumber ?? 'number not shown'}</span>
      </h2>
      <p class="claim-meta">
        {view.dates ? (
          <span>
            DOS <span data-testid="claim-dates">{view.dates}</span>
          </span>
        ) : null}
        {claim.payer ? <span>{claim.payer}</span> : null}
        {claim.receivedDate ? <span>Received {usDate(claim.receivedDate)}</span> : null}
        {!explainStatus && claim.status?.text ? <span>{claim.status.text}</span> : null}
      </p>
      {explainStatus ? (
        <StatusExplained
          claim={claim}
          denials={view.denials}
          timelyFiling={view.timelyFiling}
          dismissFor={dismissFor}
        />
      ) : null}
      {inList && claim.serviceLines.length === 0 ? null : (
        <ServiceLines lines={claim.serviceLines} worst={view.worstByLine} />
      )}
      {hasFindings ? (
        <section class="findings" aria-labelledby={`${titleId}-findings`}>
          <h3 id={`${titleId}-findings`} ref={findingsHeading} tabIndex={-1}>
            Findings
          </h3>
          <FindingList groups={view.groups} level={4} dismissFor={dismissFor} />
          <CouldNotCheck findings={view.couldNotCheck} level={4} />
          <DismissedGroup dismissed={view.dismissed} today={today} onUndo={onUndoDismiss} />
        </section>
      ) : (
        <p class="all-clear">
          {explainStatus && view.denials.length + view.timelyFiling.length > 0
            ? 'No other findings on this claim.'
            : 'No findings on this claim.'}
        </p>
      )}
    </section>
  );
}
