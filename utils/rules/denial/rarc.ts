import type { DenialGuide } from './carc';

/** Remittance advice remark codes (RARC) seen most, in ClaimLens' own words. */

type Row = [
  short: string,
  meaning: string,
  nextStep: string,
  appeal: DenialGuide['appeal'],
  level?: DenialGuide['level'],
];

const RARC: Record<string, Row> = {
  MA130: [
    'unprocessable claim',
    'The claim could not be processed because information was missing or wrong; it has no appeal rights.',
    'Fix the claim and submit it as a new claim, not an appeal.',
    'no',
  ],
  N290: [
    'rendering provider ID missing or invalid',
    "The rendering provider's NPI is missing or not valid for this claim.",
    'Add the correct rendering NPI (enrolled with the payer) and resubmit.',
    'no',
  ],
  M51: [
    'procedure code missing or invalid',
    'A procedure code is missing, incomplete or not valid.',
    'Correct the code and resubmit.',
    'no',
  ],
  N519: [
    'modifier combination not allowed',
    'The modifiers on the line cannot be used together.',
    'Fix the modifiers and send a corrected claim.',
    'no',
  ],
  N362: [
    'units above the MUE',
    'The units are above the maximum for this code on this date (MUE).',
    'Check the MUE adjudication indicator: MAI 1 split lines with 76/77/91/anatomic modifiers; MAI 2 write off; MAI 3 appeal with records.',
    'maybe',
  ],
  N211: [
    'not appealable',
    'The payer says this decision cannot be appealed.',
    'Do not appeal; correct and resubmit if the claim was wrong, otherwise write off.',
    'no',
  ],
  N115: [
    'decided under a local coverage policy (LCD)',
    'The decision follows a Local Coverage Determination.',
    'Read the LCD for covered diagnoses and documentation; recode or appeal with records that meet it.',
    'maybe',
  ],
  N130: [
    'see plan benefits',
    "The payer points to the patient's plan benefits for the reason.",
    "Check the plan's benefit limits or exclusions; bill the patient if they are responsible.",
    'no',
  ],
  N382: [
    'patient identifier missing or invalid',
    'The member ID or patient details do not match.',
    'Correct the member ID, name and date of birth as on the card and resubmit.',
    'no',
  ],
  N418: [
    'misrouted claim',
    'The claim was sent to the wrong payer or contractor.',
    'Send it to the right payer or jurisdiction.',
    'no',
  ],
  N264: [
    'ordering provider name missing or invalid',
    'The ordering or referring provider is missing or not valid.',
    'Add the ordering provider (name and NPI, enrolled in PECOS for Medicare) and resubmit.',
    'no',
  ],
  N265: [
    'ordering provider NPI missing or invalid',
    "The ordering or referring provider's NPI is missing or not valid.",
    'Add the ordering provider NPI (enrolled in PECOS for Medicare) and resubmit.',
    'no',
  ],
  M15: [
    'bundled: components of one procedure',
    'Services billed separately were treated as parts of one procedure.',
    'Check the NCCI pair and modifiers; correct if the services were distinct.',
    'maybe',
  ],
  M80: [
    'not covered in the same session as another service',
    'Not paid when done in the same session or day as another service already processed.',
    'Check whether a distinct-service modifier applies; correct or write off.',
    'maybe',
  ],
  N20: [
    'not paid separately with another service that day',
    'This service is not payable with another service on the same date.',
    'Check the NCCI pair; add a modifier only if the service was distinct.',
    'maybe',
  ],
  N30: [
    'patient not eligible for this service',
    'The patient is not eligible for this service under the plan.',
    'Re-verify eligibility and benefits.',
    'no',
  ],
  N479: [
    "primary payer's EOB missing",
    "The primary payer's explanation of benefits was not attached.",
    "Resubmit with the primary payer's EOB (COB details).",
    'no',
  ],
  MA04: [
    'primary payer information missing',
    'Secondary payment needs the primary payer and what it paid.',
    'Resubmit with the primary payer information and payment.',
    'no',
  ],
  M127: [
    'medical records missing',
    'The payer needs the medical record for this service.',
    'Send the records through the portal or as an attachment.',
    'no',
  ],
};

export function describeRarc(code: string): DenialGuide | null {
  const row = RARC[code];
  if (!row) return null;
  const [short, meaning, nextStep, appeal, level = 'warning'] = row;
  return { code, short, meaning, nextStep, appeal, level };
}

export const KNOWN_RARCS: readonly string[] = Object.keys(RARC);
