import type { Accumulator, CoveragePeriod, Eligibility, Network } from '../model/eligibility';
import type { Finding } from '../model/finding';
import { dateRange, money, usDate } from './format';

const NETWORK_LABEL: Record<Network, string> = {
  in: 'In network',
  out: 'Out of network',
  any: 'Any network',
};

export interface AccumulatorRow {
  network: string;
  /** "Individual", "Family" or "" */
  level: string;
  /** "$1,200.00 left of $3,000.00" */
  text: string;
}

function accumulatorRow(a: Accumulator): AccumulatorRow {
  const left = a.remaining !== null ? `${money(a.remaining)} left` : 'remaining not shown';
  const of = a.total !== null ? ` of ${money(a.total)}` : '';
  const met = a.remaining === null && a.met !== null ? ` (met ${money(a.met)})` : '';
  return {
    network: NETWORK_LABEL[a.network],
    level: a.level ? `${a.level[0]?.toUpperCase()}${a.level.slice(1)}` : '',
    text: `${left}${of}${met}`,
  };
}

export interface OtherCoverage {
  kind: string;
  text: string;
}

function periods(kind: string, list: readonly CoveragePeriod[]): OtherCoverage[] {
  return list.map((p) => ({
    kind,
    text: [p.name, dateRange(p.from, p.to), p.detail].filter((s) => s !== null && s !== '').join(' · '),
  }));
}

/** "from 01/01/2020", "until 12/31/2026" or "01/01/2026 – 12/31/2026": an open end must read as open. */
function eligibleDates(from: string | null, to: string | null): string {
  if (from && !to) return `from ${usDate(from)}`;
  if (!from && to) return `until ${usDate(to)}`;
  return dateRange(from, to);
}

export interface EligibilityView {
  coverage: Eligibility['coverage'];
  coverageText: string;
  dateOfService: string;
  plan: string;
  planDates: string;
  otherCoverage: OtherCoverage[];
  deductible: AccumulatorRow[];
  outOfPocket: AccumulatorRow[];
  costShare: { service: string; text: string }[];
}

export function eligibilityView(e: Eligibility): EligibilityView {
  return {
    coverage: e.coverage,
    coverageText: { active: 'Active', inactive: 'Not active', unknown: 'Coverage not shown' }[e.coverage],
    dateOfService: dateRange(e.dateOfService, null),
    plan: [e.payer, e.planName, e.planType].filter((s): s is string => !!s).join(' · '),
    planDates: eligibleDates(e.eligibilityBegin ?? e.planBegin, e.eligibilityEnd ?? e.planEnd),
    otherCoverage: [
      ...periods('Medicare Advantage', e.medicareAdvantage),
      ...periods('Medicare Secondary Payer', e.msp),
      ...periods('Hospice', e.hospice),
      ...periods('Home health', e.homeHealth),
      ...periods('Other payer', e.otherPayers),
    ],
    deductible: e.deductible.map(accumulatorRow),
    outOfPocket: e.outOfPocket.map(accumulatorRow),
    costShare: [
      ...e.copays.map((c) => ({
        service: c.service,
        text: `${money(c.amount)} copay · ${NETWORK_LABEL[c.network].toLowerCase()}`,
      })),
      ...e.coinsurance.map((c) => ({
        service: c.service,
        text: `${c.percent}% coinsurance · ${NETWORK_LABEL[c.network].toLowerCase()}`,
      })),
    ],
  };
}

/**
 * Eligibility findings split for the summary: coverage warnings (elig-* errors and warnings) and
 * the patient's expected share, which the engine emits as a page-level info finding.
 */
export function eligibilityFindings(findings: readonly Finding[]): { warnings: Finding[]; share: Finding[] } {
  const pageLevel = findings.filter((f) => f.claimIndex === null || f.rule.startsWith('elig-'));
  return {
    warnings: pageLevel.filter(
      (f) => f.rule.startsWith('elig-') && (f.severity === 'error' || f.severity === 'warning'),
    ),
    share: pageLevel.filter((f) => f.severity === 'info'),
  };
}
