/**
 * Claim adjustment reason codes (CARC) in ClaimLens' own words — never X12's descriptions, which
 * are licensed text. `meaning` is what the payer is telling the biller, `nextStep` what usually
 * fixes it, `appeal` whether an appeal is the right tool.
 */

/** yes: appeal can win; no: fix or write off; only-with-proof / maybe: depends on what the biller can show. */
export type AppealAdvice = 'yes' | 'no' | 'maybe' | 'not-needed';

export interface DenialGuide {
  code: string;
  /** Short, for the side panel and notes ("bundled into another service"). */
  short: string;
  meaning: string;
  nextStep: string;
  appeal: AppealAdvice;
  /** info: a normal part of payment (patient share, contractual write-off); else a denial to work. */
  level: 'info' | 'warning' | 'error';
}

type Row = [
  short: string,
  meaning: string,
  nextStep: string,
  appeal: AppealAdvice,
  level?: DenialGuide['level'],
];

const CARC: Record<string, Row> = {
  '1': [
    'deductible',
    "The allowed amount went to the patient's deductible.",
    'Bill the patient, or the secondary payer if there is one.',
    'not-needed',
    'info',
  ],
  '2': [
    'coinsurance',
    "This is the patient's coinsurance share.",
    'Bill the patient, or the secondary payer if there is one.',
    'not-needed',
    'info',
  ],
  '3': [
    'copay',
    "This is the patient's copay.",
    'Collect the copay from the patient, or bill the secondary payer.',
    'not-needed',
    'info',
  ],
  '4': [
    'modifier wrong or missing',
    "The modifier does not fit the code, or a modifier the code needs isn't there.",
    'Fix the modifier and send a corrected claim (frequency code 7); this is not an appeal.',
    'no',
  ],
  '5': [
    'code not valid for the place of service',
    'The code or bill type does not fit the place of service.',
    'Correct the place of service or the code and rebill.',
    'no',
  ],
  '11': [
    'diagnosis does not support the service',
    "The diagnosis billed doesn't support this procedure.",
    'Fix the diagnosis or the line pointer; check the coverage policy (LCD/NCD) for covered diagnoses, then send a corrected claim.',
    'maybe',
  ],
  '16': [
    'information missing',
    'The claim is missing information or has an error; a remark code names what.',
    'Fix what the remark code names and resubmit. This is not an appeal.',
    'no',
  ],
  '18': [
    'exact duplicate',
    'The payer already has this same claim or line.',
    'Check the status of the first claim before sending anything again.',
    'no',
  ],
  '22': [
    'another payer may be primary',
    'The payer thinks another insurance should pay first (coordination of benefits).',
    'Confirm payer order with the patient; bill the primary and attach its EOB when billing here.',
    'no',
  ],
  '23': [
    'prior payer already paid part',
    'The amount reflects what the primary payer already paid or adjusted.',
    'Nothing to fix; post the adjustment.',
    'not-needed',
    'info',
  ],
  '24': [
    'covered by a managed care plan',
    'The patient is enrolled in a capitated or managed care plan (often Medicare Advantage) that should get this claim.',
    'Bill the Medicare Advantage or managed care plan.',
    'no',
  ],
  '26': [
    'service before coverage began',
    'The date of service is before the coverage started.',
    'Re-verify eligibility and find the coverage in force on that date.',
    'no',
  ],
  '27': [
    'service after coverage ended',
    'The date of service is after the coverage ended.',
    'Re-verify eligibility and find the coverage in force on that date; otherwise bill the patient.',
    'no',
  ],
  '29': [
    'timely filing limit passed',
    'The claim arrived after the filing limit.',
    'Medicare: no appeal. Commercial: appeal only with proof the claim was filed on time (clearinghouse acceptance report).',
    'maybe',
  ],
  '31': [
    'patient not identified as insured',
    'The payer cannot match the patient to a member.',
    'Fix the member ID, name and date of birth as on the card, and resubmit.',
    'no',
  ],
  '45': [
    'above the fee schedule',
    'The charge is above the contracted or fee-schedule amount.',
    'Contractual write-off; compare the allowed amount with your contract.',
    'not-needed',
    'info',
  ],
  '50': [
    'not medically necessary',
    'The payer does not consider the service medically necessary.',
    'Appeal with records that meet the coverage policy. Next time, get an ABN and bill with GA when the service may not be covered.',
    'yes',
  ],
  '96': [
    'non-covered charge',
    'The service is not covered.',
    'Bill the patient only if a signed ABN is on file (GA); use GY when the service is excluded by statute.',
    'maybe',
  ],
  '97': [
    'bundled into another service',
    'The payer paid this service as part of another service or procedure.',
    'Check the NCCI pair: if the indicator is 1 and the service was distinct, add 59/X and send a corrected claim; if 0, write it off.',
    'maybe',
  ],
  '109': [
    'not covered by this payer',
    'This payer is not the one responsible for the service.',
    'Send the claim to the right payer or Medicare Advantage plan.',
    'no',
  ],
  '119': [
    'benefit maximum reached',
    "The patient's benefit for this service is used up for the period.",
    'Bill the patient or the secondary payer; check for an exception process.',
    'no',
  ],
  '146': [
    'diagnosis invalid on the date of service',
    'A diagnosis code was not valid on the date of service.',
    'Use a code valid on that date and rebill.',
    'no',
  ],
  '151': [
    'units above what the payer allows',
    'The units are more than the payer allows (N362: the MUE).',
    'Check the MUE adjudication indicator: split lines with 76/77/91 where MAI 1; appeal only MAI 3 with records.',
    'maybe',
  ],
  '167': [
    'diagnosis not covered',
    'The diagnosis is not covered for this service.',
    'Recode if the diagnosis was wrong; otherwise appeal with records.',
    'maybe',
  ],
  '181': [
    'procedure code invalid on the date of service',
    'The procedure code was not valid on the date of service.',
    'Use the code in effect on that date and rebill.',
    'no',
  ],
  '182': [
    'modifier invalid on the date of service',
    'A modifier was not valid on the date of service.',
    'Use a modifier valid on that date and rebill.',
    'no',
  ],
  '197': [
    'authorization missing',
    'Prior authorization, precertification or notification was missing.',
    'Ask for a retro-authorization; if refused, write off per contract.',
    'maybe',
  ],
  '198': [
    'authorization exceeded',
    'The service went beyond what was authorized.',
    'Ask for an extension of the authorization; if refused, write off per contract.',
    'maybe',
  ],
  '204': [
    "not covered by the patient's current plan",
    "The service is not a benefit of the patient's current plan.",
    'Patient responsibility if they were told; re-verify the plan.',
    'no',
  ],
  '236': [
    'code/modifier pair not allowed (NCCI)',
    'This code, or its modifier, is not allowed with another code billed that day under NCCI.',
    'Correct only if the PTP indicator is 1; never appeal indicator 0.',
    'maybe',
  ],
  '252': [
    'attachment needed',
    'The payer needs documentation to decide.',
    'Send the records through the portal or with a PWK attachment.',
    'no',
  ],
};

export function describeCarc(code: string): DenialGuide | null {
  const row = CARC[code.replace(/^0+/, '')];
  if (!row) return null;
  const [short, meaning, nextStep, appeal, level = 'error'] = row;
  return { code, short, meaning, nextStep, appeal, level };
}

export const KNOWN_CARCS: readonly string[] = Object.keys(CARC);

const GROUPS: Record<string, string> = {
  CO: 'contractual obligation: the provider writes this off and may not bill the patient',
  PR: 'patient responsibility: the patient (or a secondary payer) owes this',
  OA: 'other adjustment',
  PI: 'payer-initiated reduction',
  CR: 'correction or reversal of an earlier payment',
};

export function describeGroup(group: string): string | null {
  return GROUPS[group] ?? null;
}
