import { finding, isMedicare } from '../context';
import { describePeriod, ELIGIBILITY_SOURCE, type EligibilityCheck, openOn } from './common';

/**
 * elig-ma: a Medicare Advantage enrolment open on the date of service means the MA plan pays, not
 * the Medicare contractor (CO-24 / CO-109). Error when the claim on the page goes to original Medicare.
 */
export const checkEligMa: EligibilityCheck = ({ eligibility, dos, claimIndex, claimPayer, lines }) => {
  const plan = eligibility.medicareAdvantage.find((p) => openOn(p, dos));
  if (!plan) return [];
  const toMac = isMedicare(claimPayer);
  if (claimPayer && !toMac) return [];
  return [
    finding('elig-ma', claimIndex, {
      severity: toMac ? 'error' : 'warning',
      lines,
      message: `The patient is in a Medicare Advantage plan on ${dos}: ${describePeriod(plan)}.`,
      action:
        'Bill the Medicare Advantage plan, not the Medicare contractor; a claim to original Medicare will deny CO-24/CO-109.',
      source: ELIGIBILITY_SOURCE,
    }),
  ];
};
