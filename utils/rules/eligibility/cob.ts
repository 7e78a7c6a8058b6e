import { finding } from '../context';
import { describePeriod, ELIGIBILITY_SOURCE, type EligibilityCheck, openOn } from './common';

/**
 * elig-cob: another payer on file for the date of service. Warning when the page says it is primary;
 * info when the order is not shown; nothing when it is listed as secondary (no false alarm).
 */
export const checkEligCob: EligibilityCheck = ({ eligibility, dos, claimIndex, lines }) => {
  const other = eligibility.otherPayers.find(
    (p) => openOn(p, dos) && !/second|tertiary/i.test(p.detail ?? ''),
  );
  if (!other) return [];
  const primary = /primary/i.test(`${other.detail ?? ''} ${other.name ?? ''}`);
  return [
    finding('elig-cob', claimIndex, {
      severity: primary ? 'warning' : 'info',
      lines,
      message: primary
        ? `Another payer is primary on ${dos}: ${describePeriod(other)}.`
        : `Another payer is on file for ${dos}: ${describePeriod(other)}; the page does not say which pays first.`,
      action: primary
        ? "Bill the primary payer first and send this payer the primary's EOB; otherwise expect CO-22."
        : 'Confirm the order of benefits with the patient before billing.',
      source: ELIGIBILITY_SOURCE,
    }),
  ];
};
