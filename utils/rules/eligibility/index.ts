import type { Finding, RuleId } from '../../model/finding';
import { isolated } from '../context';
import { checkEligCob } from './cob';
import type { EligibilityCheck, EligibilityInput } from './common';
import { checkEligHospice } from './hospice';
import { checkEligInactive } from './inactive';
import { checkEligMa } from './ma';
import { checkEligMsp } from './msp';

/** Every eligibility check, by its rule id (like CLAIM_CHECKS). */
export const ELIGIBILITY_CHECKS: ReadonlyArray<readonly [RuleId, EligibilityCheck]> = [
  ['elig-inactive', checkEligInactive],
  ['elig-ma', checkEligMa],
  ['elig-msp', checkEligMsp],
  ['elig-cob', checkEligCob],
  ['elig-hospice', checkEligHospice],
];

/** Each check isolated like the claim checks: one that throws gives its own could-not-check finding. */
export function checkEligibility(input: EligibilityInput): Finding[] {
  return ELIGIBILITY_CHECKS.flatMap(([rule, check]) => isolated(rule, input.claimIndex, () => check(input)));
}
