import { finding } from '../context';
import { describePeriod, ELIGIBILITY_SOURCE, type EligibilityCheck, openOn } from './common';

/** elig-msp: a Medicare Secondary Payer record open on the date of service: the other insurer pays first (CO-22). */
export const checkEligMsp: EligibilityCheck = ({ eligibility, dos, claimIndex, lines }) => {
  const msp = eligibility.msp.find((p) => openOn(p, dos));
  if (!msp) return [];
  return [
    finding('elig-msp', claimIndex, {
      severity: 'warning',
      lines,
      message: `Medicare is the secondary payer on ${dos}: ${describePeriod(msp)}${msp.detail ? ` — ${msp.detail}` : ''}.`,
      action: "Bill the primary insurer first, then Medicare with the primary's EOB; otherwise expect CO-22.",
      source: ELIGIBILITY_SOURCE,
    }),
  ];
};
