import type { Eligibility } from '../../utils/model/eligibility';
import { emptyClaim, emptyLine, emptySnapshot } from '../../utils/model/empty';
import type { Finding } from '../../utils/model/finding';
import type { PageSnapshot } from '../../utils/model/snapshot';
import type { DataSetInfo } from '../../utils/ruledata/types';

/** Test data for the panel: the vertical slice's claim (20611 + 20610 RT, CO-97) and an eligibility page. */

export const PTP_SOURCE = 'NCCI PTP practitioner v32.3, effective 2026-10-01';

export function claimDetail(claimNumber = '7000000001'): PageSnapshot {
  const snap = emptySnapshot(
    'https://essentials.availity.com/static/web/post/cs/claim-detail',
    'availity',
    'claim-detail',
    'availity/claim-detail',
  );
  const claim = emptyClaim();
  claim.claimNumber = claimNumber;
  claim.payer = 'Medicare Part B';
  claim.status = { category: 'F2', code: '65', text: 'Denied' };
  const l1 = {
    ...emptyLine(1),
    code: '20611',
    modifiers: ['RT'],
    units: 1,
    dosFrom: '2026-10-14',
    dosTo: '2026-10-14',
  };
  const l2 = {
    ...emptyLine(2),
    code: '20610',
    modifiers: ['RT'],
    units: 1,
    dosFrom: '2026-10-14',
    dosTo: '2026-10-14',
    adjustments: [{ group: 'CO' as const, reason: '97', amount: 85 }],
  };
  claim.serviceLines = [l1, l2];
  snap.claims = [claim];
  snap.patient = { initials: 'JD', age: 67, sex: 'F' };
  return snap;
}

export function f(partial: Partial<Finding> & Pick<Finding, 'rule' | 'severity'>): Finding {
  return {
    claimIndex: 0,
    lines: [],
    message: `${partial.rule} fired`,
    action: '',
    source: 'ClaimLens modifier rules 2026-11',
    reason: null,
    ...partial,
  };
}

export function claimFindings(): Finding[] {
  return [
    f({
      rule: 'code-valid',
      severity: 'info',
      lines: [1],
      message: 'Line 1 code is valid but rarely billed.',
    }),
    f({
      rule: 'ptp',
      severity: 'error',
      lines: [1, 2],
      message: '20610 (line 2) is bundled into 20611 (line 1) on the same day (NCCI modifier indicator 0).',
      action: 'Remove 20610 from the claim.',
      source: PTP_SOURCE,
    }),
    f({ rule: 'mue', severity: 'warning', lines: [2], message: 'Units on line 2 near the MUE.' }),
    f({ rule: 'mod-59', severity: 'error', lines: [2], message: 'Line 2 needs XS rather than 59.' }),
    f({
      rule: 'dx-pointer',
      severity: 'warning',
      lines: [],
      message: 'The claim points at diagnosis E, which is missing.',
    }),
    f({
      rule: 'addon',
      severity: 'could-not-check',
      lines: [],
      message: 'Could not check add-on codes.',
      source: 'ClaimLens',
      reason: 'No NCCI add-on table for 2026-10-14.',
    }),
    f({
      rule: 'denial',
      severity: 'warning',
      lines: [2],
      message: 'CO-97: 20610 was bundled into another service on the same day.',
      action: 'Check the PTP pair: indicator 0 means write it off; do not appeal.',
      source: 'ClaimLens denial guidance 2026-11',
    }),
    f({
      rule: 'timely-filing',
      severity: 'warning',
      lines: [],
      message: 'Medicare timely filing: 45 days left (12 months from 10/14/2026).',
      action: 'Send a corrected claim before 10/14/2027.',
      source: 'ClaimLens timely filing defaults',
    }),
  ];
}

export const PTP_DATASET: DataSetInfo = {
  id: 'ptp-practitioner-32.3',
  kind: 'ptp',
  setting: 'practitioner',
  version: '32.3',
  label: 'NCCI PTP practitioner v32.3',
  effectiveFrom: '2026-10-01',
  effectiveTo: null,
  rows: 1000,
  storedBytes: 1000,
  sources: [],
  importedAt: '2026-11-01T00:00:00Z',
  bundled: false,
};

export function eligibility(): Eligibility {
  return {
    coverage: 'active',
    payer: 'Medicare',
    planName: 'Part B',
    planType: null,
    dateOfService: '2026-11-27',
    planBegin: '2020-01-01',
    planEnd: null,
    eligibilityBegin: null,
    eligibilityEnd: null,
    partA: null,
    partB: null,
    medicareAdvantage: [{ name: 'Humana Gold Plus', from: '2026-01-01', to: null, detail: null }],
    msp: [],
    hospice: [],
    homeHealth: [],
    otherPayers: [],
    qmb: null,
    deductible: [{ network: 'in', level: 'individual', total: 257, met: 100, remaining: 157 }],
    outOfPocket: [{ network: 'out', level: 'family', total: 6000, met: null, remaining: 5000 }],
    copays: [{ service: 'Office visit', amount: 25, network: 'in' }],
    coinsurance: [{ service: 'Professional', percent: 20, network: 'in' }],
    priorAuthRequired: null,
  };
}

export function eligibilityPage(): PageSnapshot {
  const snap = emptySnapshot(
    'https://apps.availity.com/eligibility',
    'availity',
    'eligibility',
    'availity/eligibility',
  );
  snap.eligibility = eligibility();
  return snap;
}

export function eligibilityFindingsFixture(): Finding[] {
  return [
    f({
      rule: 'elig-ma',
      severity: 'error',
      claimIndex: null,
      message: 'Medicare Advantage (Humana Gold Plus) on the date of service.',
      action: 'Bill the Medicare Advantage plan, not the MAC.',
    }),
    f({
      rule: 'elig-inactive',
      severity: 'info',
      claimIndex: null,
      message: 'Expected patient share for this visit: $157.00 deductible + 20% coinsurance.',
    }),
  ];
}
