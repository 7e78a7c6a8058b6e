import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Finding } from '../utils/model/finding';
import type { PageSnapshot } from '../utils/model/snapshot';
import { eligibilityFindings } from '../utils/panel/eligibility';
import { groupByLine } from '../utils/panel/groups';
import { STATUS_KINDS } from '../utils/panel/labels';
import { panelState, panelView } from '../utils/panel/view';
import type { DismissalRecord } from '../utils/ruledata/db';
import type { DataSetInfo } from '../utils/ruledata/types';
import { FindingList } from './FindingList';
import type { PanelActions } from './panel/actions';
import { ClaimSection } from './panel/ClaimSection';
import { CouldNotCheck } from './panel/CouldNotCheck';
import { EligibilitySummary } from './panel/EligibilitySummary';
import { Header } from './panel/Header';
import { NotePanel, type NoteStatus } from './panel/NotePanel';
import { ReadNotes } from './panel/ReadNotes';
import { NoPortalPage, RuleDataMissing, Unreadable, UnsupportedSite } from './panel/States';

export type { DismissTarget, OptionsSection, PanelActions } from './panel/actions';

export interface SidePanelProps extends PanelActions {
  /** null: no portal page read in this tab yet. */
  snapshot: PageSnapshot | null;
  findings: Finding[];
  /** The live rule data sets, for the vintages in the header. */
  datasets?: DataSetInfo[];
  /** Dismissals for the claims on this page (matched by `dismissalId`). */
  dismissals?: DismissalRecord[];
  /** ISO date, injected so the panel renders the same in tests. */
  today?: string;
  /** No imported CMS data at all: show the import notice. */
  ruleDataMissing?: boolean;
  /** false when the tab's host is neither a built-in portal nor a user-added one. Default true. */
  portalSupported?: boolean;
  /** The tab's host ("portal.example.com"), null when the tab shows no web page. */
  hostName?: string | null;
  /** The note the copy button copies, as plain text; null when there is nothing to note. */
  notePreview?: string | null;
  noteStatus?: NoteStatus;
  /** The note history (components/panel/NoteHistory.tsx), placed under the note. */
  historySlot?: ComponentChildren;
  /** The call log and follow-up fields (components/panel/FollowUpFields.tsx), above the copy button. */
  followUpSlot?: ComponentChildren;
  /** Why this tab has nothing to read, when known ("Only secure (https) portal pages can be read."). */
  emptyReason?: string | null;
  /** A problem the integrator must show now (background unreachable…): announced assertively. */
  problem?: string | null;
  /** The outcome of an action ("ClaimLens now reads portal.example.com"): announced politely. */
  statusMessage?: string | null;
}

/** Messages from the integrator, inside the main landmark and announced; text only. */
function Messages({ problem, statusMessage }: Pick<SidePanelProps, 'problem' | 'statusMessage'>) {
  return (
    <>
      {problem ? (
        <p class="problem-message" role="alert" data-testid="problem">
          {problem}
        </p>
      ) : null}
      {/* Always present: a status region added together with its text is often not announced. */}
      <div role="status">
        {statusMessage ? (
          <p class="status-message" data-testid="status-message">
            {statusMessage}
          </p>
        ) : null}
      </div>
    </>
  );
}

/**
 * A search-results page can list hundreds of claims; drawing them all would make the panel slow to
 * appear. The first ones show at once, the rest on request.
 */
const CLAIMS_SHOWN = 50;

// Stable defaults, so leaving a prop out does not defeat the memo below.
const NO_DATASETS: DataSetInfo[] = [];
const NO_DISMISSALS: DismissalRecord[] = [];

/** The side panel: what was read from the page and what the rules found. Text only, never HTML. */
export function SidePanel(props: SidePanelProps) {
  const {
    snapshot,
    findings,
    datasets = NO_DATASETS,
    dismissals = NO_DISMISSALS,
    today,
    ruleDataMissing = false,
  } = props;
  const state = panelState(snapshot, props.portalSupported ?? true, props.hostName ?? null);
  const [announcement, setAnnouncement] = useState('');
  const [showAll, setShowAll] = useState(false);
  // Grouping is cheap but the panel re-renders on every announcement; keep it to data changes.
  const view = useMemo(
    () => (snapshot ? panelView(snapshot, findings, dismissals, datasets) : null),
    [snapshot, findings, dismissals, datasets],
  );
  // The "show all" button goes away when pressed: continue from the first claim it revealed.
  useEffect(() => {
    const next = view?.claims[CLAIMS_SHOWN];
    if (showAll && next) document.getElementById(`claim-${next.index}-title`)?.focus();
  }, [showAll]);
  const notice = ruleDataMissing ? <RuleDataMissing onOpenOptions={props.onOpenOptions} /> : null;

  if (!snapshot || !view) {
    return (
      <main class="panel" data-state={state}>
        <h1>ClaimLens</h1>
        <Messages problem={props.problem} statusMessage={props.statusMessage} />
        {state === 'unsupported' ? (
          <UnsupportedSite hostName={props.hostName ?? ''} onReadThisSite={props.onReadThisSite} />
        ) : (
          <NoPortalPage reason={props.emptyReason} onReread={props.onReread} />
        )}
        {notice}
      </main>
    );
  }

  const explainStatus = STATUS_KINDS.has(snapshot.kind);
  const isEligibility =
    snapshot.kind === 'eligibility' || (snapshot.eligibility !== null && snapshot.claims.length === 0);
  const elig = eligibilityFindings(view.pageFindings);
  // On eligibility pages the summary shows coverage warnings and the share; everything else
  // about the page (could-not-check, other rules) still shows below, never dropped.
  const otherPage = isEligibility
    ? view.pageFindings.filter((f) => !elig.warnings.includes(f) && !elig.share.includes(f))
    : view.pageFindings;

  return (
    <main class="panel" data-state={state} data-kind={snapshot.kind}>
      <Header
        snapshot={snapshot}
        counts={view.counts}
        vintages={view.vintages}
        onReread={props.onReread}
        onOpenOptions={props.onOpenOptions}
      />
      <Messages problem={props.problem} statusMessage={props.statusMessage} />
      {state === 'unreadable' ? (
        <Unreadable read={snapshot.read} onReread={props.onReread} />
      ) : (
        <ReadNotes read={snapshot.read} />
      )}
      {notice}
      {snapshot.kind === 'unknown' && snapshot.claims.length === 0 && !snapshot.eligibility ? (
        <p class="muted" data-testid="page-not-recognised">
          This page shows no claim or eligibility ClaimLens can read. Open a claim status, remittance,
          eligibility or claim entry page.
        </p>
      ) : null}
      {isEligibility ? (
        <EligibilitySummary eligibility={snapshot.eligibility} findings={view.pageFindings} />
      ) : null}
      {otherPage.length > 0 ? (
        <section class="findings" aria-labelledby="page-findings-title">
          <h2 id="page-findings-title">{isEligibility ? 'Also on this page' : 'About this page'}</h2>
          <FindingList
            groups={groupByLine(otherPage, null).map((g) =>
              g.key === 'claim' ? { ...g, title: 'This page' } : g,
            )}
            level={3}
          />
          <CouldNotCheck findings={otherPage.filter((f) => f.severity === 'could-not-check')} level={3} />
        </section>
      ) : null}
      {view.claims.length > 1 ? (
        <p class="muted" data-testid="list-order">
          {view.claims.length} claims: those with errors first, then warnings, then the rest, each in page
          order.
        </p>
      ) : null}
      {(showAll ? view.claims : view.claims.slice(0, CLAIMS_SHOWN)).map((c) => (
        <ClaimSection
          key={`${c.index}-${c.claimNumber ?? ''}`}
          view={c}
          explainStatus={explainStatus}
          today={today}
          inList={view.claims.length > 1}
          onDismiss={props.onDismiss}
          onUndoDismiss={props.onUndoDismiss}
          onDismissed={() =>
            setAnnouncement('Finding dismissed. It is listed under Dismissed, where you can undo it.')
          }
        />
      ))}
      {!showAll && view.claims.length > CLAIMS_SHOWN ? (
        <button type="button" data-testid="show-all-claims" onClick={() => setShowAll(true)}>
          Show all {view.claims.length} claims
        </button>
      ) : null}
      <NotePanel
        preview={props.notePreview ?? null}
        status={props.noteStatus ?? 'idle'}
        onCopy={props.onCopyNote}
        historySlot={props.historySlot}
        followUpSlot={props.followUpSlot}
      />
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="announcement">
        {announcement}
      </p>
    </main>
  );
}
