import type { Eligibility } from '../model/eligibility';
import { emptyClaim, emptyEligibility, emptyLine, emptySnapshot } from '../model/empty';
import type { Finding } from '../model/finding';
import type { Claim, PageKind, PageSnapshot, ServiceLine } from '../model/snapshot';

/**
 * A synthetic page for the template editor's live preview and for tests: made-up claim, no real
 * patient, no names or member ids (the snapshot model has none anyway).
 */
const line = (over: Partial<ServiceLine>): ServiceLine => ({
  ...emptyLine(1),
  dosFrom: '2024-08-01',
  dosTo: '2024-08-01',
  pos: '11',
  units: 1,
  diagnosisPointers: ['A'],
  ...over,
});

export function sampleClaim(over: Partial<Claim> = {}): Claim {
  return {
    ...emptyClaim(),
    claimNumber: '7000000001',
    payer: 'Sample Health Plan',
    claimType: 'professional',
    status: { category: 'F2', code: null, text: 'Denied' },
    receivedDate: '2024-08-05',
    finalizedDate: '2024-08-20',
    checkNumber: 'EXC1234567',
    checkDate: '2024-08-21',
    billed: 560,
    allowed: 77.68,
    paid: 62.14,
    patientResponsibility: 15.54,
    diagnoses: [{ letter: 'A', code: 'M1711' }],
    serviceLines: [
      line({
        line: 1,
        code: '20610',
        charge: 280,
        allowed: 0,
        paid: 0,
        adjustments: [{ group: 'CO', reason: '97', amount: 280 }],
        remarks: ['M15'],
      }),
      line({
        line: 2,
        code: '20611',
        modifiers: ['RT'],
        charge: 280,
        allowed: 77.68,
        paid: 62.14,
        adjustments: [{ group: 'PR', reason: '2', amount: 15.54 }],
      }),
    ],
    ...over,
  };
}

export function sampleEligibility(): Eligibility {
  return {
    ...emptyEligibility(),
    coverage: 'active',
    payer: 'Sample Health Plan',
    planName: 'Gold PPO',
    planType: 'PPO',
    dateOfService: '2026-12-01',
    planBegin: '2026-01-01',
    planEnd: '2026-12-31',
    eligibilityBegin: '2026-01-01',
    deductible: [{ network: 'in', level: 'individual', total: 3000, met: 2500, remaining: 500 }],
    outOfPocket: [{ network: 'in', level: 'individual', total: 6000, met: 2800, remaining: 3200 }],
    copays: [],
    coinsurance: [{ service: 'office visit', percent: 20, network: 'in' }],
  };
}

/** A sample page of the given kind: eligibility pages carry coverage and no claim. */
export function sampleSnapshot(kind: PageKind): PageSnapshot {
  const snapshot = emptySnapshot('https://apps.availity.com/sample', 'availity', kind, 'sample');
  if (kind === 'eligibility') snapshot.eligibility = sampleEligibility();
  else snapshot.claims = [sampleClaim(kind === 'claim-entry' ? { claimNumber: null, status: null } : {})];
  return snapshot;
}

export function sampleFindings(kind: PageKind): Finding[] {
  const base = { source: 'sample', reason: null };
  if (kind === 'eligibility') {
    return [
      {
        ...base,
        rule: 'elig-cob',
        severity: 'warning',
        claimIndex: null,
        lines: [],
        message: 'Another payer may be primary.',
        action: 'Confirm payer order with the patient',
      },
    ];
  }
  return [
    {
      ...base,
      rule: 'ptp',
      severity: 'error',
      claimIndex: 0,
      lines: [1, 2],
      message: '20610 is bundled with 20611 (NCCI PTP, modifier indicator 1).',
      action: 'Corrected claim with XS if distinct',
    },
    // The denial guidance's explanations of the page's codes: CO-97 and M15 to work, PR-2 routine.
    {
      ...base,
      rule: 'denial',
      severity: 'error',
      claimIndex: 0,
      lines: [1],
      message: 'Line 1 (20610): CO-97 — bundled into another service.',
      action: 'Corrected claim with XS if distinct; otherwise write it off',
    },
    {
      ...base,
      rule: 'denial',
      severity: 'warning',
      claimIndex: 0,
      lines: [1],
      message: 'Line 1 (20610): remark M15 — separately billed services bundled.',
      action: '',
    },
    {
      ...base,
      rule: 'denial',
      severity: 'info',
      claimIndex: 0,
      lines: [2],
      message: "Line 2 (20611): PR-2 — coinsurance. This is the patient's coinsurance share.",
      action: 'Bill the patient, or the secondary payer if there is one.',
    },
  ];
}

/** Short meanings used by the preview when the rule engine's are not passed in. */
export const SAMPLE_MEANINGS: Record<string, string> = {
  'carc:97': 'bundled into another service',
  'carc:2': 'coinsurance',
  'rarc:M15': 'separately billed services bundled',
};

export function describeSample(kind: 'carc' | 'rarc', code: string): string | undefined {
  return SAMPLE_MEANINGS[`${kind}:${code}`];
}
