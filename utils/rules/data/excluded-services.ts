/**
 * Services Medicare never covers, by statute (Social Security Act §1862(a); Medicare Benefit Policy
 * Manual, Pub. 100-02, ch. 16: §90 routine services and appliances, §100 hearing aids, §30 foot care).
 * Billed to Medicare they deny; with GY the denial says "excluded by statute", which the patient's
 * secondary payer or the practice's patient billing needs. The fee schedule lists these codes with
 * status N (non-covered).
 */
export interface ExcludedGroup {
  /** What the biller calls the service. */
  name: string;
  codes: (code: string) => boolean;
  /** Class-finding modifiers that make a routine foot care service covered (Q7, Q8, Q9). */
  coveredWith?: readonly string[];
}

const between = (code: string, from: string, to: string) =>
  code.length === from.length && code >= from && code <= to;

export const EXCLUDED_GROUPS: readonly ExcludedGroup[] = [
  {
    name: 'a routine preventive visit (Medicare covers the IPPE and the annual wellness visit instead)',
    codes: (c) => between(c, '99381', '99387') || between(c, '99391', '99397'),
  },
  { name: 'a routine eye refraction', codes: (c) => c === '92015' },
  {
    name: 'a hearing aid or hearing aid service',
    codes: (c) => between(c, 'V5008', 'V5299') || between(c, '92590', '92595'),
  },
  {
    name: 'routine foot care',
    codes: (c) => ['11055', '11056', '11057', '11719', 'G0127'].includes(c),
    coveredWith: ['Q7', 'Q8', 'Q9'],
  },
];

export function excludedGroup(code: string | null): ExcludedGroup | null {
  if (!code) return null;
  return EXCLUDED_GROUPS.find((g) => g.codes(code)) ?? null;
}
