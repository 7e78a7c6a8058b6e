import type { CodeMeaning, DenialCause } from './types';

/** Remittance advice remark codes (RARC) billers meet every week, in ClaimLens' own words. */
const m = (short: string, meaning: string, cause: DenialCause): CodeMeaning => ({ short, meaning, cause });

export const RARC_MEANINGS: Readonly<Record<string, CodeMeaning>> = {
  MA130: m(
    'unprocessable claim',
    'The claim was returned as unprocessable: information was missing or wrong, and it has no appeal rights.',
    'information-missing',
  ),
  MA01: m('appeal rights', 'A notice of how to appeal this decision if you disagree with it.', 'other'),
  N1: m('appeal rights', 'A notice that this decision may be appealed under the plan or contract.', 'other'),
  MA04: m(
    'primary payer information missing',
    'Secondary payment needs the primary payer and what it paid.',
    'cob',
  ),
  MA07: m('forwarded to Medicaid', 'Medicare sent the claim on to Medicaid (crossover).', 'cob'),
  MA18: m(
    'forwarded to the supplemental insurer',
    "Medicare sent the claim on to the patient's supplemental insurer (crossover).",
    'cob',
  ),
  N522: m(
    'duplicate of a crossover claim',
    'This claim duplicates one the payer has (or will have) as a crossover from the primary.',
    'duplicate',
  ),
  N781: m(
    'QMB: no deductible may be collected',
    'The patient is a Qualified Medicare Beneficiary: no deductible may be collected from them.',
    'other',
  ),
  N782: m(
    'QMB: no coinsurance may be collected',
    'The patient is a Qualified Medicare Beneficiary: no coinsurance may be collected from them.',
    'other',
  ),
  N783: m(
    'QMB: no copay may be collected',
    'The patient is a Qualified Medicare Beneficiary: no copayment may be collected from them.',
    'other',
  ),
  N4: m(
    "prior payer's EOB missing or invalid",
    "The earlier payer's explanation of benefits is missing, incomplete or wrong.",
    'cob',
  ),
  N479: m("primary payer's EOB missing", "The primary payer's explanation of benefits was not sent.", 'cob'),
  N54: m(
    "claim doesn't match the authorization",
    'What was billed does not match what was pre-certified or authorized.',
    'authorization',
  ),
  N290: m(
    'rendering provider ID missing or invalid',
    "The rendering provider's NPI is missing or not valid for this claim.",
    'information-missing',
  ),
  N264: m(
    'ordering provider name missing or invalid',
    'The ordering or referring provider is missing or not valid.',
    'information-missing',
  ),
  N265: m(
    'ordering provider NPI missing or invalid',
    "The ordering or referring provider's NPI is missing or not valid.",
    'information-missing',
  ),
  N382: m(
    'patient identifier missing or invalid',
    'The member ID or patient details do not match.',
    'eligibility',
  ),
  N418: m('misrouted claim', 'The claim was sent to the wrong payer or contractor.', 'eligibility'),
  N30: m(
    'patient not eligible for this service',
    'The patient is not eligible for this service under the plan.',
    'eligibility',
  ),
  M20: m(
    'HCPCS code missing or invalid',
    'A HCPCS code is missing, incomplete or not valid.',
    'information-missing',
  ),
  M51: m(
    'procedure code missing or invalid',
    'A procedure code is missing, incomplete or not valid.',
    'information-missing',
  ),
  M76: m(
    'diagnosis missing or invalid',
    'A diagnosis is missing, incomplete or not valid.',
    'information-missing',
  ),
  M77: m(
    'place of service missing or invalid',
    'The place of service is missing, incomplete, not valid or does not fit the service.',
    'information-missing',
  ),
  N519: m(
    'modifier combination not allowed',
    'The modifiers on the line cannot be used together.',
    'modifier',
  ),
  N362: m(
    'units above the maximum (MUE)',
    'The units are above the maximum for this code on this date (MUE).',
    'units',
  ),
  M86: m(
    'same or similar service already paid in the period',
    'A same or similar service was already paid within the time allowed between them.',
    'medical-necessity',
  ),
  M90: m('covered once a year', 'Covered no more than once in a 12-month period.', 'medical-necessity'),
  M15: m(
    'bundled: components of one procedure',
    'Services billed separately were treated as parts of one procedure.',
    'bundling',
  ),
  M80: m(
    'not paid in the same session as another service',
    'Not paid when done in the same session or day as a service already processed.',
    'bundling',
  ),
  N20: m(
    'not paid with another service that day',
    'This service is not payable with another service on the same date.',
    'bundling',
  ),
  N211: m('not appealable', 'The payer says this decision cannot be appealed.', 'other'),
  N115: m(
    'decided under a local coverage policy (LCD)',
    'The decision follows a Local Coverage Determination.',
    'medical-necessity',
  ),
  N386: m(
    'decided under a national coverage policy (NCD)',
    'The decision follows a National Coverage Determination.',
    'medical-necessity',
  ),
  N425: m(
    'excluded by statute',
    'Medicare law excludes this service: Medicare never pays it.',
    'medical-necessity',
  ),
  N130: m(
    'see plan benefits',
    "The payer points to the patient's plan benefits for the reason.",
    'medical-necessity',
  ),
  M127: m(
    'medical records missing',
    'The payer needs the medical record for this service.',
    'information-missing',
  ),
};
