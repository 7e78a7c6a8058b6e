import { SRC } from './sources';
import type { GuidanceRow } from './types';

/**
 * Coding and claim-data errors: modifiers, codes invalid or not fitting the patient, missing
 * information, provider eligibility. Most are fixed, not appealed; {fix} becomes the payer family's
 * correction route (Medicare Part B: reopening; a claim returned unprocessable: a new claim).
 */
const fixed = (code: string, step: string, source: string, over: Partial<GuidanceRow> = {}): GuidanceRow => ({
  code,
  groups: '*',
  step,
  route: 'fix',
  appeal: 'no',
  level: 'error',
  source,
  ...over,
});

export const CODING_ROWS: readonly GuidanceRow[] = [
  fixed(
    '4',
    'On an E/M only 25 (a separate, significant visit on the day of a procedure) or 57 (the decision for surgery) can apply; 59 and the X modifiers never go on an E/M. Fix the modifier, then {fix-records}.',
    SRC.ncciModifiers,
    { when: ['em'], route: 'fix-records' },
  ),
  fixed(
    '4',
    'Fix the modifier (or add the one the code needs), then {fix}. This is a correction, not an appeal.',
    SRC.ncciModifiers,
  ),
  fixed(
    'N519',
    'Fix the modifiers so they can stand together (e.g. not 50 with RT/LT, not GA with GZ), then {fix}.',
    SRC.ncciModifiers,
  ),
  fixed('182', 'Use a modifier valid on the date of service, then {fix}.', SRC.codeSets),
  fixed('5', 'Correct the place of service (or the code) to what was done, then {fix}.', SRC.practice),
  fixed(
    '6',
    "Check the patient's date of birth on the claim and the code against the records; correct what was wrong, then {fix}. If both were right, {appeal} with the records.",
    SRC.practice,
    { appeal: 'maybe' },
  ),
  fixed(
    '9',
    "Check the patient's date of birth on the claim and the diagnosis; correct what was wrong, then {fix}. If both were right, {appeal} with the records.",
    SRC.practice,
    { appeal: 'maybe' },
  ),
  ...(['7', '10'] as const).map((code) =>
    fixed(
      code,
      "Check the patient's sex on the claim and the code. If the service fits this patient (e.g. a transgender patient), Medicare takes KX on a professional claim or condition code 45 on an institutional one: add it, then {fix}.",
      SRC.sexSpecific,
    ),
  ),
  fixed(
    '8',
    "Check the rendering provider's taxonomy and specialty on the claim and in the payer's enrollment record; correct it, then {fix}, or bill under a provider type the payer pays for this.",
    SRC.enrollment,
  ),
  fixed(
    '11',
    'Check the diagnosis and the line pointer. If the claim was wrong, correct it, then {fix}. If it was right, read the coverage policy (LCD/NCD or payer policy): {appeal} with the records only if they meet it; otherwise write it off.',
    SRC.lcd,
    { appeal: 'maybe' },
  ),
  fixed(
    '16',
    'Correct what the remark codes name and submit a new claim: the claim is unprocessable and has no appeal rights.',
    SRC.unprocessable,
    { remarks: ['MA130'], route: 'new-claim' },
  ),
  fixed('16', 'Correct what the remark codes name, then {fix}. This is not an appeal.', SRC.practice),
  fixed(
    'MA130',
    'Correct what the other remark codes name and submit it as a new claim: no appeal, no reopening.',
    SRC.unprocessable,
    { route: 'new-claim' },
  ),
  fixed(
    '146',
    'Use a diagnosis code valid on the date of service (ICD-10-CM changes each October 1), then {fix}.',
    SRC.codeSets,
  ),
  fixed('181', 'Use the procedure code in effect on the date of service, then {fix}.', SRC.codeSets),
  fixed(
    '189',
    'Bill the specific code that describes the service instead of the unlisted one, then {fix}.',
    SRC.codeSets,
  ),
  fixed(
    'B16',
    'The patient was seen by the same specialty in your group within three years: bill the established-patient visit, then {fix}.',
    SRC.emDocumentation,
  ),
  fixed('M20', 'Correct the HCPCS code, then {fix}.', SRC.codeSets),
  fixed('M51', 'Correct the procedure code, then {fix}.', SRC.codeSets),
  fixed('M76', 'Correct the diagnosis (and the line pointers), then {fix}.', SRC.codeSets),
  fixed('M77', 'Correct the place of service to where the service was done, then {fix}.', SRC.practice),
  fixed(
    'N290',
    "Put the rendering provider's NPI on the claim (enrolled with this payer), then {fix}.",
    SRC.enrollment,
  ),
  ...(['N264', 'N265'] as const).map((code) =>
    fixed(
      code,
      "Put the ordering or referring provider's name and NPI on the claim (for Medicare, enrolled in PECOS), then {fix}.",
      SRC.ordering,
    ),
  ),
  fixed(
    '183',
    'The referring or ordering provider must be enrolled (Medicare: PECOS) and allowed to order this service. Correct the provider on the claim, then {fix}; if no eligible provider ordered it, write it off.',
    SRC.ordering,
    { appeal: 'no' },
  ),
  fixed(
    '185',
    "Check the rendering provider's enrollment and credentials for this service; if the payer's record is wrong, have it corrected, then {fix}; otherwise write it off.",
    SRC.enrollment,
  ),
  fixed(
    'B7',
    "Check the provider's enrollment or credentialing start date (Medicare: PECOS). If it should cover the date of service, have it corrected, then {fix}; otherwise write it off: the patient may not be billed.",
    SRC.enrollment,
  ),
  fixed(
    '170',
    'This payer pays the service only from certain provider types. If a qualified provider did it, bill under that provider, then {fix}; otherwise write it off.',
    SRC.enrollment,
  ),
  fixed(
    '150',
    'If the records support the level billed, {appeal} with them; otherwise accept the lower payment, or correct the level to what the records support, then {fix}.',
    SRC.emDocumentation,
    { route: 'dispute', appeal: 'maybe' },
  ),
  fixed(
    '54',
    'Check the PFS assistant and co-surgeon indicators: where they are never paid, write it off; where the payer pays with documentation, {appeal} with the operative note; if 80/81/82/AS/62/66 was the wrong modifier, correct it, then {fix}.',
    SRC.pfsIndicators,
    { route: 'dispute', appeal: 'maybe' },
  ),
  fixed(
    '58',
    'If the place of service was coded wrong, correct it, then {fix}. If it was right and the setting was needed, {appeal} with the records; otherwise write it off.',
    SRC.practice,
    { appeal: 'maybe' },
  ),
];
