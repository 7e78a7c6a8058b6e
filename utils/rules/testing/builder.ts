import type { Eligibility } from '../../model/eligibility';
import { emptyClaim, emptyEligibility, emptyLine } from '../../model/empty';
import type { Finding } from '../../model/finding';
import type { Adjustment, Claim, PageSnapshot, Patient, ServiceLine } from '../../model/snapshot';

/**
 * A tiny builder for test claims. A line is written the way a biller reads it:
 * "20610-RT-59 x2" = code 20610, modifiers RT and 59, 2 units. Lines are numbered 1, 2, 3…
 */
export const TEST_DOS = '2024-09-10';

export type LineSpec = string | [string, Partial<ServiceLine>];

export function line(spec: string, n: number, extra: Partial<ServiceLine> = {}): ServiceLine {
  const [main = '', unitPart] = spec.trim().split(/\s+x/);
  const [code = '', ...modifiers] = main.split('-');
  return {
    ...emptyLine(n),
    dosFrom: TEST_DOS,
    pos: '11',
    code,
    modifiers,
    units: unitPart ? Number(unitPart) : 1,
    diagnosisPointers: ['A'],
    ...extra,
  };
}

export interface ClaimSpec extends Partial<Omit<Claim, 'serviceLines' | 'diagnoses'>> {
  lines: LineSpec[];
  /** Diagnosis codes in letter order A, B, C… */
  dx?: string[];
  /** Date of service for every line (unless a line sets its own). */
  dos?: string;
}

export function claim(spec: ClaimSpec): Claim {
  const { lines, dx = ['I10'], dos, ...rest } = spec;
  return {
    ...emptyClaim(),
    claimNumber: 'TEST-1',
    payer: 'Medicare',
    claimType: 'professional',
    ...rest,
    diagnoses: dx.map((code, i) => ({ letter: 'ABCDEFGHIJKL'.charAt(i), code })),
    serviceLines: lines.map((s, i) => {
      const [text, extra] = typeof s === 'string' ? [s, {}] : s;
      return line(text, i + 1, { ...(dos ? { dosFrom: dos } : {}), ...extra });
    }),
  };
}

export function snapshot(
  claims: Claim[],
  more: { kind?: PageSnapshot['kind']; eligibility?: Eligibility; patient?: Patient } = {},
): PageSnapshot {
  return {
    ok: true,
    url: 'https://apps.availity.com/test',
    portal: 'availity' as PageSnapshot['portal'],
    kind: more.kind ?? 'claim-entry',
    claims,
    eligibility: more.eligibility ?? null,
    patient: more.patient ?? null,
    read: { adapter: 'test', fallbacks: [], problems: [], unsure: [], kindConfidence: null },
  };
}

export function adj(text: string, amount: number | null = null): Adjustment {
  const [group, reason = ''] = text.includes('-') ? text.split('-') : [null, text];
  return { group: group as Adjustment['group'], reason, amount };
}

export function eligibility(e: Partial<Eligibility> = {}): Eligibility {
  return {
    ...emptyEligibility(),
    coverage: 'active',
    payer: 'Medicare',
    dateOfService: TEST_DOS,
    ...e,
  };
}

/** Findings in a form a test can compare exactly: "rule severity lines". */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.severity} [${f.lines.join(',')}]`).sort();
}
