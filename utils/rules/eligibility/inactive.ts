import type { Finding } from '../../model/finding';
import { finding } from '../context';
import { ELIGIBILITY_SOURCE, type EligibilityCheck } from './common';

/** elig-inactive: coverage inactive, or the date of service outside the plan or eligibility dates (CO-26/27). */
export const checkEligInactive: EligibilityCheck = ({ eligibility: e, dos, claimIndex, lines }) => {
  const out: Finding[] = [];
  const make = (message: string, action: string) =>
    finding('elig-inactive', claimIndex, {
      severity: 'error',
      lines,
      message,
      action,
      source: ELIGIBILITY_SOURCE,
    });
  if (e.coverage === 'inactive') {
    out.push(
      make(
        `Coverage${e.payer ? ` with ${e.payer}` : ''} is inactive for ${dos}.`,
        'Find the coverage in force on the date of service (ask the patient for a new card) before billing; otherwise the claim will deny CO-26/CO-27.',
      ),
    );
    return out;
  }
  const windows: [string, string | null, string | null][] = [
    ['plan', e.planBegin, e.planEnd],
    ['eligibility', e.eligibilityBegin, e.eligibilityEnd],
  ];
  for (const [what, begin, end] of windows) {
    if (begin && dos < begin) {
      out.push(
        make(
          `The date of service ${dos} is before the ${what} begin date ${begin}.`,
          'Re-verify coverage for that date; the claim would deny CO-26 (before coverage).',
        ),
      );
      return out;
    }
    if (end && dos > end) {
      out.push(
        make(
          `The date of service ${dos} is after the ${what} end date ${end}.`,
          'Re-verify coverage for that date; the claim would deny CO-27 (after coverage ended).',
        ),
      );
      return out;
    }
  }
  return out;
};
