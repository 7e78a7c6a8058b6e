import { type Finding, type Severity, severityRank } from '../model/finding';
import type { Claim, PageSnapshot } from '../model/snapshot';
import { payerFromPortal, payerOfClaim } from '../portals/portal-payer';
import type { DataSetInfo } from '../ruledata/types';
import type { DismissalRecord } from './dismissals';
import { dismissalId } from './dismissals';
import { usDate } from './format';
import { buildItems, type PanelItem } from './items';
import { type StatusClass, statusClass } from './list';
import { soonestDaysLeft } from './status';
import { claimDates, countBySeverity, countsText, dataVintages, type Vintage } from './summary';

/** The panel's top-level state, also the `main[data-state]` test hook. */
export type PanelState = 'empty' | 'read' | 'unreadable' | 'unsupported';

export function panelState(
  snapshot: PageSnapshot | null,
  portalSupported: boolean,
  hostName: string | null,
): PanelState {
  if (snapshot) return snapshot.ok ? 'read' : 'unreadable';
  // A web page on a host ClaimLens does not know: offer to read it. No host: nothing to read.
  return !portalSupported && hostName ? 'unsupported' : 'empty';
}

/** An item with the dismissal filed for it (its lead finding), if any. */
export interface ItemState {
  item: PanelItem;
  dismissal: DismissalRecord | null;
}

export interface ClaimView {
  index: number;
  claim: Claim;
  claimNumber: string | null;
  /**
   * The key dismissals of this claim are filed under: its number, or for a claim being keyed (no
   * number yet) the form's portal and first date of service. null: the claim cannot keep dismissals.
   */
  dismissKey: string | null;
  dates: string;
  /** The payer the claim was checked under (the page's, else the portal's own). */
  payer: string | null;
  payerFromPortal: boolean;
  /** Every item in order, dismissed ones included (the panel shows a fresh dismissal in place). */
  items: ItemState[];
  couldNotCheck: Finding[];
  /** Standing findings only: what the note and the counts use. */
  active: Finding[];
  worstByLine: Map<number, Severity>;
  /** The worst standing item's level, null when nothing stands. */
  worst: Severity | null;
  /** The most urgent filing clock (negative: days past it), from the timely-filing findings. */
  daysLeft: number | null;
  statusClass: StatusClass;
  /** 0 errors, 1 warnings, 2 nothing to do. */
  urgency: 0 | 1 | 2;
}

/** could-not-check does not mark a line: nothing was found wrong with it. */
export function worstByLine(findings: readonly Finding[]): Map<number, Severity> {
  const worst = new Map<number, Severity>();
  for (const f of findings) {
    if (f.severity === 'could-not-check') continue;
    for (const line of f.lines) {
      const now = worst.get(line);
      if (now === undefined || severityRank(f.severity) < severityRank(now)) worst.set(line, f.severity);
    }
  }
  return worst;
}

export function dismissKeyOf(snapshot: PageSnapshot, claim: Claim): string | null {
  if (claim.claimNumber?.trim()) return claim.claimNumber.trim();
  if (snapshot.kind !== 'claim-entry') return null;
  const first = claimDates(claim).split(' – ')[0] ?? '';
  return `Form ${snapshot.portal}${first ? ` ${first}` : ''}`;
}

export function claimView(
  snapshot: PageSnapshot,
  index: number,
  findings: readonly Finding[],
  dismissals: readonly DismissalRecord[],
): ClaimView {
  const claim = snapshot.claims[index]!;
  const key = dismissKeyOf(snapshot, claim);
  const byId = new Map(dismissals.map((d) => [d.id, d]));
  const recordOf = (f: Finding) =>
    key === null || f.severity === 'could-not-check' ? null : (byId.get(dismissalId(key, f)) ?? null);
  const items: ItemState[] = buildItems(claim, findings).map((item) => {
    const dismissal = recordOf(item.lead);
    // A part dismissed on its own (before it was merged) stays out of a standing item.
    const parts = dismissal ? item.parts : item.parts.filter((p) => p === item.lead || !recordOf(p));
    return { item: { ...item, parts }, dismissal };
  });
  const standing = items.filter((s) => !s.dismissal).map((s) => s.item);
  const couldNotCheck = findings.filter((f) => f.severity === 'could-not-check');
  const active = [...standing.flatMap((i) => i.parts), ...couldNotCheck];
  const worst = standing[0]?.severity ?? null;
  const payer = payerOfClaim(claim, snapshot.portal);
  return {
    index,
    claim,
    claimNumber: claim.claimNumber,
    dismissKey: key,
    dates: claimDates(claim),
    payer,
    payerFromPortal: payerFromPortal(claim, snapshot.portal),
    items,
    couldNotCheck,
    active,
    worstByLine: worstByLine(active),
    worst,
    daysLeft: soonestDaysLeft(active.filter((f) => f.rule === 'timely-filing').map((f) => f.message)),
    statusClass: statusClass(claim.status),
    urgency: worst === 'error' ? 0 : worst === 'warning' ? 1 : 2,
  };
}

/**
 * A claims list with the claims that need the biller first (errors, then warnings), each group in
 * page order: on a 200-claim search the two denied claims are at the top, not at row 150.
 */
export function attentionFirst(claims: readonly ClaimView[]): ClaimView[] {
  return [...claims].sort((a, b) => a.urgency - b.urgency || a.index - b.index);
}

export interface PanelView {
  /** Attention first. */
  claims: ClaimView[];
  /** Findings about the page rather than a claim (eligibility), as items, worst first. */
  pageItems: PanelItem[];
  pageCouldNotCheck: Finding[];
  counts: string;
  vintages: Vintage[];
}

export function panelView(
  snapshot: PageSnapshot,
  findings: readonly Finding[],
  dismissals: readonly DismissalRecord[],
  datasets: readonly DataSetInfo[],
): PanelView {
  const byClaim = new Map<number, Finding[]>();
  const pageFindings: Finding[] = [];
  for (const f of findings) {
    if (f.claimIndex === null || f.claimIndex >= snapshot.claims.length) {
      pageFindings.push(f);
      continue;
    }
    const list = byClaim.get(f.claimIndex) ?? [];
    list.push(f);
    byClaim.set(f.claimIndex, list);
  }
  const claims = attentionFirst(
    snapshot.claims.map((_, i) => claimView(snapshot, i, byClaim.get(i) ?? [], dismissals)),
  );
  const pageItems = buildItems(null, pageFindings);
  const pageCouldNotCheck = pageFindings.filter((f) => f.severity === 'could-not-check');
  const shown = [
    ...pageItems,
    ...claims.flatMap((c) => c.items.filter((s) => !s.dismissal).map((s) => s.item)),
  ];
  const levels = countBySeverity(shown.map((i) => ({ severity: i.severity })));
  levels['could-not-check'] =
    pageCouldNotCheck.length + claims.reduce((n, c) => n + c.couldNotCheck.length, 0);
  const dismissed = claims.reduce((n, c) => n + c.items.filter((s) => s.dismissal).length, 0);
  return {
    claims,
    pageItems,
    pageCouldNotCheck,
    counts: countsText(levels, dismissed),
    vintages: dataVintages(findings, datasets),
  };
}

/** "Dismissed 11/27/2026: False alarm", or "today". */
export function dismissedWhen(record: DismissalRecord, today: string | undefined): string {
  const day = record.dismissedAt.slice(0, 10);
  return day === today ? 'today' : usDate(day);
}

/** The claim a note is about by default: the first one needing the biller (lists are attention-first). */
export function defaultClaimIndex(view: PanelView): number | null {
  return view.claims[0]?.index ?? null;
}

/** What still stands on the page (dismissed items left out): what the note is written from. */
export function standingFindings(view: PanelView): Finding[] {
  return [
    ...view.pageItems.flatMap((i) => i.parts),
    ...view.pageCouldNotCheck,
    ...view.claims.flatMap((c) => c.active),
  ];
}

/** Findings for one claim, or the page's own (claimIndex null or a claim the page does not have). */
function findingsOfClaim(
  snapshot: PageSnapshot,
  findings: readonly Finding[],
  index: number | null,
): Finding[] {
  return findings.filter((f) =>
    index === null ? f.claimIndex === null || f.claimIndex >= snapshot.claims.length : f.claimIndex === index,
  );
}

/**
 * The first claim needing the biller (an error, else a warning, else the first claim), without
 * building the whole view: the side panel's wiring asks this on every reading of a 2,000-claim list.
 * It agrees with `attentionFirst` (an item is as bad as its worst finding; a dismissed item's
 * findings are each dismissed).
 */
export function firstNeedingAttention(
  snapshot: PageSnapshot,
  findings: readonly Finding[],
  dismissals: readonly DismissalRecord[],
): number | null {
  if (snapshot.claims.length === 0) return null;
  const ids = new Set(dismissals.map((d) => d.id));
  const keys = snapshot.claims.map((c) => dismissKeyOf(snapshot, c));
  let warning: number | null = null;
  let error: number | null = null;
  for (const f of findings) {
    const i = f.claimIndex;
    if (i === null || i >= snapshot.claims.length) continue;
    if (f.severity !== 'error' && f.severity !== 'warning') continue;
    const key = keys[i];
    if (key && ids.has(dismissalId(key, f))) continue;
    if (f.severity === 'error' && (error === null || i < error)) error = i;
    if (f.severity === 'warning' && (warning === null || i < warning)) warning = i;
  }
  return error ?? warning ?? 0;
}

/** What the note for one claim is written from: the page's findings and that claim's standing ones. */
export function noteFindings(
  snapshot: PageSnapshot,
  findings: readonly Finding[],
  dismissals: readonly DismissalRecord[],
  claimIndex: number | null,
): Finding[] {
  const page = findingsOfClaim(snapshot, findings, null);
  if (claimIndex === null || !snapshot.claims[claimIndex]) return page;
  const view = claimView(snapshot, claimIndex, findingsOfClaim(snapshot, findings, claimIndex), dismissals);
  return [...page, ...view.active];
}
