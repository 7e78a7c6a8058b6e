import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { Finding } from '../utils/model/finding';
import type { PageSnapshot } from '../utils/model/snapshot';
import { claimFacts, eligibilityFacts, listFacts } from '../utils/panel/decide';
import type { DismissalRecord } from '../utils/panel/dismissals';
import { defaultClaimIndex, panelState, panelView } from '../utils/panel/view';
import { missingImports } from '../utils/ruledata/checklist';
import type { DataSetInfo } from '../utils/ruledata/types';
import { isChangedSinceTaught } from '../utils/teach/apply';
import type { PanelActions } from './panel/actions';
import { ClaimDetail } from './panel/ClaimDetail';
import { ClaimList } from './panel/ClaimList';
import { CouldNotCheck } from './panel/CouldNotCheck';
import { EligibilitySummary } from './panel/EligibilitySummary';
import { Header } from './panel/Header';
import { type ItemContext, ItemView } from './panel/ItemView';
import { Messages } from './panel/Messages';
import { NoteBar, NoteHistorySection, type NoteStatus } from './panel/NoteBar';
import { ReadNotes } from './panel/ReadNotes';
import { NoPortalPage, RuleDataMissing, Unreadable, UnsupportedSite } from './panel/States';
import { Summary } from './panel/Summary';
import { TeachOffer } from './panel/Teach';
import { useItemActions } from './panel/use-item-actions';

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
  /** The claim the note is about (index into snapshot.claims); default: the first needing attention. */
  selectedClaim?: number | null;
  /** The composed note, as plain text; null when there is nothing to note. */
  notePreview?: string | null;
  /** The biller's own edit of the note, null when unedited. */
  noteDraft?: string | null;
  actionTaken?: string;
  noteStatus?: NoteStatus;
  /** The copy shortcut as the browser has it ("Alt+Shift+N"); null when the biller removed it. */
  shortcut?: string | null;
  /** The note history (components/panel/NoteHistory.tsx), shown collapsed under the reading. */
  historySlot?: ComponentChildren;
  /** "Keep as proof" for the claim picked (components/panel/ProofBar.tsx), under the reading. */
  proofSlot?: ComponentChildren;
  /** The call log and follow-up fields (components/panel/FollowUpFields.tsx), above the copy button. */
  followUpSlot?: ComponentChildren;
  /** The filing limit in force for a payer, for "Change the filing limit for this payer". */
  filingLimitDays?: (payer: string) => number | null;
  /** Why this tab has nothing to read, when known ("Only secure (https) portal pages can be read."). */
  emptyReason?: string | null;
  /** A problem the integrator must show now (background unreachable…): announced assertively. */
  problem?: string | null;
  /** The outcome of an action ("ClaimLens now reads portal.example.com"): announced politely. */
  statusMessage?: string | null;
  /** Offered beside the status message ("Undo" after a setting changed from the panel). */
  onStatusUndo?: (() => void) | null;
  /** Teach mode (components/panel/Teach.tsx), shown above the live reading while the biller teaches. */
  teachSlot?: ComponentChildren;
  /** "Teach this page": offered when the reading is unsure, and quietly on every page read. */
  onTeach?: () => void;
}

// Stable defaults, so leaving a prop out does not defeat the memo below.
const NO_DATASETS: DataSetInfo[] = [];
const NO_DISMISSALS: DismissalRecord[] = [];

/** The side panel: what was read from the page and what the rules found. Text only, never HTML. */
export function SidePanel(props: SidePanelProps) {
  const { snapshot, findings, datasets = NO_DATASETS, dismissals = NO_DISMISSALS, today } = props;
  const ruleDataMissing = props.ruleDataMissing ?? false;
  const state = panelState(snapshot, props.portalSupported ?? true, props.hostName ?? null);
  const [announcement, setAnnouncement] = useState('');
  const [ownSelection, setOwnSelection] = useState<number | null>(null);
  const view = useMemo(
    () => (snapshot ? panelView(snapshot, findings, dismissals, datasets) : null),
    [snapshot, findings, dismissals, datasets],
  );
  const ctxFor = useItemActions(view, props, setAnnouncement);

  const notice = ruleDataMissing ? (
    <RuleDataMissing
      missing={missingImports(datasets).map((r) => r.name)}
      onOpenOptions={props.onOpenOptions}
    />
  ) : null;
  if (!snapshot || !view) {
    return (
      <main class="panel" data-state={state}>
        <h1>ClaimLens</h1>
        <Messages
          problem={props.problem}
          statusMessage={props.statusMessage}
          onStatusUndo={props.onStatusUndo}
        />
        {props.teachSlot}
        {state === 'unsupported' ? (
          <UnsupportedSite hostName={props.hostName ?? ''} onReadThisSite={props.onReadThisSite} />
        ) : (
          <NoPortalPage reason={props.emptyReason} onReread={props.onReread} />
        )}
        {notice}
      </main>
    );
  }

  const changed = isChangedSinceTaught(snapshot);
  const unsure =
    state === 'unreadable' ||
    snapshot.kind === 'unknown' ||
    snapshot.read.problems.length > 0 ||
    snapshot.read.adapter === 'generic' ||
    snapshot.read.adapter.startsWith('generic/');
  const teachOffer = props.teachSlot ? null : (
    <TeachOffer unsure={unsure} changed={changed} onTeach={props.onTeach} />
  );
  // Above the reading only when the reading itself is in doubt; a page the generic reader read is
  // offered teaching after its claims, so the findings stay on the first screen.
  const offerFirst =
    changed || state === 'unreadable' || snapshot.kind === 'unknown' || snapshot.read.problems.length > 0;
  const selected =
    props.selectedClaim !== undefined && props.selectedClaim !== null
      ? props.selectedClaim
      : (ownSelection ?? defaultClaimIndex(view));
  const select = (index: number) => {
    setOwnSelection(index);
    props.onSelectClaim?.(index);
  };
  const isEligibility =
    snapshot.kind === 'eligibility' || (snapshot.eligibility !== null && snapshot.claims.length === 0);
  const isList = view.claims.length > 1;
  const facts = isEligibility
    ? eligibilityFacts(view, snapshot)
    : isList
      ? listFacts(view.claims)
      : view.claims[0]
        ? claimFacts(view.claims[0], snapshot.kind)
        : [];
  const selectedView = view.claims.find((c) => c.index === selected) ?? null;
  const noteAbout = selectedView
    ? selectedView.claimNumber
      ? `claim ${selectedView.claimNumber}`
      : snapshot.kind === 'claim-entry'
        ? 'this claim form'
        : 'this claim'
    : isEligibility
      ? 'this eligibility check'
      : null;
  const pageCtx: ItemContext = {
    ...ctxFor(null),
    claimIndex: null,
    payer: snapshot.eligibility?.payer ?? null,
  };
  const pageStanding = view.pageItems.map((item) => ({ item, dismissal: null }));
  return (
    <main class="panel" data-state={state} data-kind={snapshot.kind} data-list={isList ? 'true' : undefined}>
      <Header
        snapshot={snapshot}
        counts={view.counts}
        vintages={view.vintages}
        ruleDataMissing={ruleDataMissing}
        onReread={props.onReread}
        onOpenOptions={props.onOpenOptions}
      />
      <Messages
        problem={props.problem}
        statusMessage={props.statusMessage}
        onStatusUndo={props.onStatusUndo}
      />
      {props.teachSlot}
      {state === 'unreadable' ? <Unreadable read={snapshot.read} onReread={props.onReread} /> : null}
      {offerFirst ? teachOffer : null}
      <Summary facts={facts} />
      {state === 'unreadable' ? null : (
        <ReadNotes read={snapshot.read} unread={[...new Set(snapshot.claims.flatMap((c) => c.unread))]} />
      )}
      {snapshot.kind === 'unknown' && snapshot.claims.length === 0 && !snapshot.eligibility ? (
        <p class="muted" data-testid="page-not-recognised">
          This page shows no claim or eligibility ClaimLens can read. Open a claim status, remittance,
          eligibility or claim entry page.
        </p>
      ) : null}
      {pageStanding.length > 0 || view.pageCouldNotCheck.length > 0 ? (
        <section class="page-items" aria-label={isEligibility ? 'Coverage findings' : 'About this page'}>
          <ul class="items cards">
            {pageStanding
              .filter((s) => s.item.severity === 'error' || s.item.severity === 'warning')
              .map((s) => (
                <ItemView key={s.item.key} state={s} ctx={pageCtx} />
              ))}
          </ul>
          <ul class="items rows">
            {pageStanding
              .filter((s) => s.item.severity === 'info')
              .map((s) => (
                <ItemView key={s.item.key} state={s} ctx={pageCtx} />
              ))}
          </ul>
          <CouldNotCheck findings={view.pageCouldNotCheck} ruleDataMissing={ruleDataMissing} />
        </section>
      ) : null}
      {isEligibility ? (
        <EligibilitySummary
          eligibility={snapshot.eligibility}
          initials={snapshot.patient?.initials}
          warned={view.pageItems.some((i) => i.severity === 'error' || i.severity === 'warning')}
        />
      ) : null}
      {isList ? (
        <ClaimList
          claims={view.claims}
          kind={snapshot.kind}
          today={today}
          ruleDataMissing={ruleDataMissing}
          selected={selected}
          onSelect={select}
          ctxFor={ctxFor}
        />
      ) : (
        view.claims.map((c) => (
          <ClaimDetail
            key={`${c.index}-${c.claimNumber ?? ''}`}
            view={c}
            initials={snapshot.patient?.initials}
            kind={snapshot.kind}
            today={today}
            ruleDataMissing={ruleDataMissing}
            ctx={ctxFor(c.index)}
          />
        ))
      )}
      {props.proofSlot}
      {offerFirst ? null : teachOffer}
      {/* After the reading: the header and the could-not-check line already say it at the top. */}
      {notice}
      <NoteHistorySection>{props.historySlot}</NoteHistorySection>
      <NoteBar
        text={props.notePreview ?? null}
        draft={props.noteDraft ?? null}
        about={noteAbout}
        actionTaken={props.actionTaken ?? ''}
        status={props.noteStatus ?? 'idle'}
        shortcut={props.shortcut ?? null}
        onCopy={props.onCopyNote}
        onEdit={props.onNoteEdit}
        onActionTaken={props.onActionTaken}
        followUpSlot={props.followUpSlot}
      />
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="announcement">
        {announcement}
      </p>
    </main>
  );
}
