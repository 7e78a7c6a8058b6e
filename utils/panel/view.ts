import { type Finding, type Severity, severityRank } from '../model/finding';
import type { Claim, PageSnapshot } from '../model/snapshot';
import type { DismissalRecord } from '../ruledata/db';
import type { DataSetInfo } from '../ruledata/types';
import { type DismissedFinding, partitionDismissed } from './dismissals';
import { couldNotCheck, type FindingGroup, groupByLine, worstFirst } from './groups';
import { STATUS_KINDS } from './labels';
import { isStatusFinding } from './status';
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

export interface ClaimView {
  index: number;
  claim: Claim;
  claimNumber: string | null;
  dates: string;
  /** Line groups (and the whole-claim group), worst first inside each. */
  groups: FindingGroup[];
  couldNotCheck: Finding[];
  dismissed: DismissedFinding[];
  /** Denial explanations and the filing clock, shown under "Status explained" on status pages. */
  denials: Finding[];
  timelyFiling: Finding[];
  /** The worst standing finding on each line, to mark the lines table. */
  worstByLine: Map<number, Severity>;
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

export interface PanelView {
  claims: ClaimView[];
  /** Findings about the page rather than a claim (eligibility); eligibility pages show them apart. */
  pageFindings: Finding[];
  counts: string;
  vintages: Vintage[];
}

function claimView(
  index: number,
  claim: Claim,
  findings: readonly Finding[],
  dismissals: readonly DismissalRecord[],
  explainStatus: boolean,
): ClaimView {
  const { active, dismissed } = partitionDismissed(claim.claimNumber, findings, dismissals);
  const statusOnes = explainStatus ? active.filter(isStatusFinding) : [];
  const rest = explainStatus ? active.filter((f) => !isStatusFinding(f)) : active;
  return {
    index,
    claim,
    claimNumber: claim.claimNumber,
    dates: claimDates(claim),
    groups: groupByLine(rest, claim),
    couldNotCheck: couldNotCheck(active),
    dismissed,
    denials: worstFirst(statusOnes.filter((f) => f.rule === 'denial' && f.severity !== 'could-not-check')),
    timelyFiling: worstFirst(
      statusOnes.filter((f) => f.rule === 'timely-filing' && f.severity !== 'could-not-check'),
    ),
    worstByLine: worstByLine(active),
  };
}

/** How urgent a claim is in a list: 0 errors, 1 warnings, 2 anything else (info, nothing found). */
function urgency(c: ClaimView): number {
  const active = [...c.groups.flatMap((g) => g.findings), ...c.denials, ...c.timelyFiling].map(
    (f) => f.severity,
  );
  return active.includes('error') ? 0 : active.includes('warning') ? 1 : 2;
}

/**
 * A claims list with the claims that need the biller first (errors, then warnings), each group in
 * page order: on a 200-claim search the two denied claims are at the top, not at row 150.
 */
export function attentionFirst(claims: readonly ClaimView[]): ClaimView[] {
  return claims
    .map((c) => ({ c, u: urgency(c) }))
    .sort((a, b) => a.u - b.u || a.c.index - b.c.index)
    .map(({ c }) => c);
}

export function panelView(
  snapshot: PageSnapshot,
  findings: readonly Finding[],
  dismissals: readonly DismissalRecord[],
  datasets: readonly DataSetInfo[],
): PanelView {
  const explainStatus = STATUS_KINDS.has(snapshot.kind);
  const byClaim = new Map<number, Finding[]>();
  const pageFindings: Finding[] = [];
  for (const f of findings) {
    const onClaim = f.claimIndex !== null && f.claimIndex < snapshot.claims.length;
    if (!onClaim || f.claimIndex === null) {
      pageFindings.push(f);
      continue;
    }
    const list = byClaim.get(f.claimIndex) ?? [];
    list.push(f);
    byClaim.set(f.claimIndex, list);
  }
  const claims = attentionFirst(
    snapshot.claims.map((c, i) => claimView(i, c, byClaim.get(i) ?? [], dismissals, explainStatus)),
  );
  const dismissed = claims.reduce((n, c) => n + c.dismissed.length, 0);
  const active = [
    ...pageFindings,
    ...claims.flatMap((c) => [...c.groups.flatMap((g) => g.findings), ...c.couldNotCheck, ...c.denials]),
    ...claims.flatMap((c) => c.timelyFiling),
  ];
  return {
    claims,
    pageFindings: worstFirst(pageFindings),
    counts: countsText(countBySeverity(active), dismissed),
    vintages: dataVintages(findings, datasets),
  };
}
