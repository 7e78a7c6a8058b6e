import { type Severity, severityRank } from '../model/finding';
import type { PageSnapshot } from '../model/snapshot';
import { countOf } from './labels';
import type { ClaimView, PanelView } from './view';

/**
 * The summary line at the top of every reading: the one or two facts that decide what the biller
 * does next, worst first (like a merge box: "past the filing limit", "bill the MA plan", "2 errors
 * before submit"). Each fact may point at the item that says more.
 */
export interface DecidingFact {
  level: Severity | 'ok';
  text: string;
  /** The DOM id of the item or claim row it comes from, for a "show" link. */
  target: string | null;
}

const MAX_FACTS = 2;
const rank = (l: DecidingFact['level']) => (l === 'ok' ? 9 : severityRank(l));

/** The id the panel gives an item's element (components/panel/ItemView.tsx uses the same). */
export const itemDomId = (claimIndex: number | null, key: string) =>
  `item-${claimIndex ?? 'page'}-${key.replace(/[^A-Za-z0-9-]/g, '_')}`;

/** The first sentence of an action, without its trailing stop: "Bill the Medicare Advantage plan". */
export function firstClause(text: string): string {
  const sentence = /^(.+?)(?:[.;](\s|$))/.exec(text.trim())?.[1] ?? text.trim();
  return sentence.replace(/[.;]$/, '');
}

function clockFact(c: ClaimView, warnWithin: number): DecidingFact | null {
  const d = c.daysLeft;
  if (d === null) return null;
  const clock = c.items.find((s) => !s.dismissal && s.item.parts.some((p) => p.rule === 'timely-filing'));
  const target = clock ? itemDomId(c.index, clock.item.key) : null;
  if (d < 0) return { level: 'error', text: `${countOf(-d, 'day', 'days')} past the filing limit`, target };
  if (d <= warnWithin) return { level: 'warning', text: `${countOf(d, 'day', 'days')} left to file`, target };
  return null;
}

/** Facts for one claim (a detail, remittance or entry page). */
export function claimFacts(view: ClaimView, kind: PageSnapshot['kind']): DecidingFact[] {
  const facts: DecidingFact[] = [];
  const standing = view.items.filter((s) => !s.dismissal).map((s) => s.item);
  const clock = clockFact(view, 30);
  if (clock) facts.push(clock);
  // Coverage facts (Medicare Advantage, inactive, another payer first) decide who gets the claim.
  for (const i of standing) {
    if (i.lead.rule.startsWith('elig-') && (i.severity === 'error' || i.severity === 'warning')) {
      facts.push({
        level: i.severity,
        text: firstClause(i.action || i.title),
        target: itemDomId(view.index, i.key),
      });
    }
  }
  const errors = standing.filter((i) => i.severity === 'error' && !i.lead.rule.startsWith('elig-'));
  const warnings = standing.filter(
    (i) => i.severity === 'warning' && i.lead.rule !== 'timely-filing' && !i.lead.rule.startsWith('elig-'),
  );
  const first = (list: typeof standing) => (list[0] ? itemDomId(view.index, list[0].key) : null);
  if (kind === 'claim-entry') {
    if (errors.length > 0) {
      facts.push({
        level: 'error',
        text: `${countOf(errors.length, 'error', 'errors')} to fix before you submit`,
        target: first(errors),
      });
    } else if (warnings.length > 0) {
      facts.push({
        level: 'warning',
        text: `${countOf(warnings.length, 'warning', 'warnings')} to review before you submit`,
        target: first(warnings),
      });
    } else if (view.couldNotCheck.length > 0) {
      // Never "ready" when some checks did not run: say what is known.
      const n = view.couldNotCheck.length;
      facts.push({
        level: 'ok',
        text: `No errors found; ${countOf(n, 'check', 'checks')} could not run`,
        target: null,
      });
    } else {
      facts.push({ level: 'ok', text: 'No errors found: ready to submit', target: null });
    }
  } else {
    const denied = [...errors, ...warnings].filter((i) => i.codes.length > 0);
    if (denied.length > 0) {
      const lines = denied.map(
        (i) => `${i.codes[0]}${i.lines.length > 0 ? ` (line ${i.lines.join(', ')})` : ''}`,
      );
      facts.push({
        level: denied[0]!.severity,
        text: `${denied.length === 1 ? 'To work' : `${denied.length} to work`}: ${lines.slice(0, 3).join(', ')}${lines.length > 3 ? '…' : ''}`,
        target: first(denied),
      });
    }
    const others = [...errors, ...warnings].filter((i) => i.codes.length === 0);
    if (others.length > 0) {
      const e = others.filter((i) => i.severity === 'error').length;
      const w = others.length - e;
      const text = [
        e > 0 ? countOf(e, 'error', 'errors') : '',
        w > 0 ? countOf(w, 'warning', 'warnings') : '',
      ]
        .filter(Boolean)
        .join(' and ');
      facts.push({ level: e > 0 ? 'error' : 'warning', text: `${text} on the claim`, target: first(others) });
    }
    if (facts.length === 0) {
      const status = view.statusClass;
      facts.push({
        level: 'ok',
        text:
          status === 'paid'
            ? 'Paid: nothing to work on this claim'
            : status === 'pending'
              ? 'Pending: nothing to do yet'
              : 'Nothing found to work on this claim',
        target: null,
      });
    }
  }
  return facts.sort((a, b) => rank(a.level) - rank(b.level)).slice(0, MAX_FACTS);
}

/** Facts for a claims list: how many claims need the biller, and filing clocks running out. */
export function listFacts(claims: readonly ClaimView[]): DecidingFact[] {
  const errors = claims.filter((c) => c.urgency === 0).length;
  const warnings = claims.filter((c) => c.urgency === 1).length;
  const facts: DecidingFact[] = [];
  const past = claims.filter((c) => c.daysLeft !== null && c.daysLeft < 0).length;
  const close = claims.filter((c) => c.daysLeft !== null && c.daysLeft >= 0 && c.daysLeft <= 30).length;
  if (errors + warnings === 0) {
    facts.push({ level: 'ok', text: `Nothing to work on these ${claims.length} claims`, target: null });
  } else {
    const parts = [
      errors > 0 ? `${errors} with errors` : '',
      warnings > 0 ? `${warnings} with warnings` : '',
    ];
    facts.push({
      level: errors > 0 ? 'error' : 'warning',
      text: `${errors + warnings} of ${claims.length} claims need you: ${parts.filter(Boolean).join(', ')}`,
      target: null,
    });
  }
  if (past > 0)
    facts.unshift({
      level: 'error',
      text: `${countOf(past, 'claim', 'claims')} past the filing limit`,
      target: null,
    });
  else if (close > 0)
    facts.push({
      level: 'warning',
      text: `${countOf(close, 'claim', 'claims')} within 30 days of the filing limit`,
      target: null,
    });
  return facts.slice(0, MAX_FACTS);
}

/** Facts for an eligibility page: coverage problems first, else the plain answer. */
export function eligibilityFacts(view: PanelView, snapshot: PageSnapshot): DecidingFact[] {
  const problems = view.pageItems.filter((i) => i.severity === 'error' || i.severity === 'warning');
  const facts: DecidingFact[] = problems.slice(0, MAX_FACTS).map((i) => ({
    level: i.severity,
    text: firstClause(i.action || i.title),
    target: itemDomId(null, i.key),
  }));
  if (facts.length === 0 && snapshot.eligibility) {
    const e = snapshot.eligibility;
    facts.push(
      e.coverage === 'active'
        ? { level: 'ok', text: 'Coverage active on the date of service', target: null }
        : e.coverage === 'inactive'
          ? { level: 'error', text: 'Coverage not active on the date of service', target: null }
          : { level: 'warning', text: 'The page does not say whether coverage is active', target: null },
    );
  }
  return facts;
}
