import type { Finding } from '../../model/finding';
import { checkEligCob } from './cob';
import type { EligibilityCheck, EligibilityInput } from './common';
import { checkEligHospice } from './hospice';
import { checkEligInactive } from './inactive';
import { checkEligMa } from './ma';
import { checkEligMsp } from './msp';

export const ELIGIBILITY_CHECKS: readonly EligibilityCheck[] = [
  checkEligInactive,
  checkEligMa,
  checkEligMsp,
  checkEligCob,
  checkEligHospice,
];

export function checkEligibility(input: EligibilityInput): Finding[] {
  return ELIGIBILITY_CHECKS.flatMap((check) => check(input));
}
