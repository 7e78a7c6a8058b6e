import { type FilingLimitChoice, filingLimitFor } from '../rules/checks/timely-filing';
import { payerFamily } from '../rules/payer-family';
import { packsForPayer } from '../rules/payer-pack';
import type { RuleSettings } from '../rules/settings';
import { addDaysIso as addDays, daysFrom as daysBetween } from './days';
import type { DenialRecord } from './model';

/** The facts of a claim a deadline is computed from (a whole record, or the worklist's entry). */
export type DeadlineFacts = Pick<
  DenialRecord,
  'payer' | 'portal' | 'route' | 'rejected' | 'dosFrom' | 'primaryEobDate' | 'decisionDate' | 'firstSeen'
>;

/**
 * The date by which the biller must act on a denial, from the settings (filing limits per payer,
 * the Medicare redetermination window, the appeal window for other payers):
 * - correct and send again (corrected claim, new claim, missing information, another payer): the
 *   payer's filing limit, counted from the date of service (or the primary's EOB on a secondary claim);
 * - appeal: the appeal window from the payer's decision — Medicare redetermination days, else the
 *   appeal days — counted from the day ClaimLens first saw it when the page showed no decision date;
 * - Medicare reopening: one year from the initial determination (42 CFR 405.980(b)(1));
 * - write off, post, wait: no deadline.
 * With no known route (a code ClaimLens has no guidance for, a bare "denied" status) the earlier of
 * the filing and appeal dates is shown, so nothing looks later than it is.
 */
export type DueWhat = 'correct' | 'appeal' | 'redetermination' | 'reopening' | 'act';

export interface Due {
  date: string;
  what: DueWhat;
  /** "filing limit for Cigna (90 days from the date of service 2026-10-01)" */
  basis: string;
}

const CORRECT = new Set(['corrected-claim', 'new-claim', 'answer-request', 'bill-other-payer']);
const NO_DEADLINE = new Set(['write-off', 'post', 'bill-patient', 'bill-secondary', 'wait', 'check-status']);
const REOPENING_DAYS = 365;

/**
 * Per-payer answers (filing limit, Medicare or not) computed once per payer name: a worklist of
 * 50,000 claims has a few dozen payers, and the settings' payer matching is not free.
 */
export interface DeadlineRules {
  settings: RuleSettings;
  limit(payer: string | null): FilingLimitChoice;
  medicare(payer: string | null, portal: DenialRecord['portal']): boolean;
}

export function deadlineRules(settings: RuleSettings): DeadlineRules {
  const limits = new Map<string | null, FilingLimitChoice>();
  const families = new Map<string, boolean>();
  return {
    settings,
    limit(payer) {
      let limit = limits.get(payer);
      if (!limit) {
        limit = filingLimitFor(payer, { settings, packs: packsForPayer(settings.payerPacks, payer) });
        limits.set(payer, limit);
      }
      return limit;
    },
    medicare(payer, portal) {
      const key = `${portal}|${payer ?? ''}`;
      let medicare = families.get(key);
      if (medicare === undefined) {
        medicare = payerFamily(payer, portal === 'era' ? null : portal) === 'medicare';
        families.set(key, medicare);
      }
      return medicare;
    },
  };
}

function filingDue(r: DeadlineFacts, rules: DeadlineRules): Due | null {
  const start = r.primaryEobDate ?? r.dosFrom;
  if (!start) return null;
  const limit = rules.limit(r.payer);
  const from = r.primaryEobDate ? `the primary EOB date ${start}` : `the date of service ${start}`;
  return {
    date: addDays(start, limit.days),
    what: 'correct',
    basis: `filing limit: ${limit.source}, from ${from}`,
  };
}

function appealDue(r: DeadlineFacts, { settings }: DeadlineRules, medicare: boolean): Due {
  const start = r.decisionDate ?? r.firstSeen;
  const from = r.decisionDate
    ? `the decision on ${start}`
    : `when first seen, ${start} (no decision date shown)`;
  if (medicare) {
    const days = settings.redeterminationDays;
    return {
      date: addDays(start, days),
      what: 'redetermination',
      basis: `Medicare redetermination: ${days} days from ${from}`,
    };
  }
  const days = settings.appealDays;
  return { date: addDays(start, days), what: 'appeal', basis: `appeal window: ${days} days from ${from}` };
}

export function dueDate(r: DeadlineFacts, settings: RuleSettings | DeadlineRules): Due | null {
  const rules = 'limit' in settings ? settings : deadlineRules(settings);
  const route = r.route;
  if (route && NO_DEADLINE.has(route)) return null;
  const medicare = rules.medicare(r.payer, r.portal);
  if (r.rejected || (route && CORRECT.has(route))) return filingDue(r, rules);
  if (route === 'reopening') {
    const start = r.decisionDate ?? r.firstSeen;
    return {
      date: addDays(start, REOPENING_DAYS),
      what: 'reopening',
      basis: `Medicare reopening: one year from the initial determination (${start})`,
    };
  }
  if (route === 'redetermination' || route === 'appeal') return appealDue(r, rules, medicare);
  // A fix that needs the payer to look at the records, or no route known: the earlier of the two.
  const filing = filingDue(r, rules);
  const appeal = appealDue(r, rules, medicare);
  if (!filing) return { ...appeal, what: 'act' };
  return filing.date <= appeal.date ? { ...filing, what: 'act' } : { ...appeal, what: 'act' };
}

export function daysLeft(due: Due | null, today: string): number | null {
  return due ? daysBetween(today, due.date) : null;
}
