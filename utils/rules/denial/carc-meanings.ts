import type { CodeMeaning, DenialCause } from './types';

/**
 * Claim adjustment reason codes (CARC) in ClaimLens' own words — never X12's descriptions, which are
 * licensed text. What the code says whatever the group; what to do is in the guidance rows.
 */
const m = (short: string, meaning: string, cause: DenialCause): CodeMeaning => ({ short, meaning, cause });

export const CARC_MEANINGS: Readonly<Record<string, CodeMeaning>> = {
  '1': m('deductible', "The allowed amount went toward the patient's deductible.", 'other'),
  '2': m('coinsurance', "The patient's coinsurance share of the allowed amount.", 'other'),
  '3': m('copay', "The patient's copayment.", 'other'),
  '4': m(
    'modifier wrong or missing',
    'The modifier does not fit the code, or one the code needs is missing.',
    'modifier',
  ),
  '5': m(
    'code does not fit the place of service',
    'The code or bill type does not fit the place of service billed.',
    'information-missing',
  ),
  '6': m(
    'code does not fit the patient’s age',
    'The procedure does not fit the patient’s age on the claim.',
    'information-missing',
  ),
  '7': m(
    'code does not fit the patient’s sex',
    'The procedure does not fit the patient’s sex on the claim.',
    'information-missing',
  ),
  '8': m(
    'code does not fit the provider type',
    "The procedure does not fit the rendering provider's type or specialty (taxonomy).",
    'other',
  ),
  '9': m(
    'diagnosis does not fit the patient’s age',
    'A diagnosis does not fit the patient’s age on the claim.',
    'information-missing',
  ),
  '10': m(
    'diagnosis does not fit the patient’s sex',
    'A diagnosis does not fit the patient’s sex on the claim.',
    'information-missing',
  ),
  '11': m(
    'diagnosis does not support the service',
    "The diagnosis billed doesn't support this procedure.",
    'medical-necessity',
  ),
  '16': m(
    'information missing',
    'The claim is missing information or has a billing error; a remark code names what.',
    'information-missing',
  ),
  '18': m('exact duplicate', 'The payer already has this same claim or line.', 'duplicate'),
  '19': m(
    "workers' compensation is liable",
    "The payer sees a work injury: the workers' compensation carrier should pay.",
    'cob',
  ),
  '20': m(
    'liability insurer is liable',
    "The injury is covered by a liability insurer (e.g. the other party's).",
    'cob',
  ),
  '21': m('no-fault insurer is liable', 'The injury is covered by no-fault (often auto) insurance.', 'cob'),
  '22': m(
    'another payer may be primary',
    'The payer thinks another insurance should pay first (coordination of benefits).',
    'cob',
  ),
  '23': m(
    'prior payer already paid part',
    'The amount reflects what an earlier payer paid or adjusted.',
    'cob',
  ),
  '24': m(
    'covered by a managed care plan',
    'A capitated or managed care plan (often Medicare Advantage) covers this patient.',
    'eligibility',
  ),
  '26': m(
    'service before coverage began',
    'The date of service is before the coverage started.',
    'eligibility',
  ),
  '27': m('service after coverage ended', 'The date of service is after the coverage ended.', 'eligibility'),
  '29': m('timely filing limit passed', 'The claim arrived after the filing limit.', 'timely-filing'),
  '31': m(
    'patient not identified as insured',
    'The payer cannot match the patient to a member.',
    'eligibility',
  ),
  '35': m(
    'lifetime benefit maximum reached',
    "The patient's lifetime benefit for this is used up.",
    'eligibility',
  ),
  '39': m(
    'authorization was denied',
    'The payer refused the authorization when it was asked for.',
    'authorization',
  ),
  '40': m(
    'not an emergency or urgent care by the payer’s criteria',
    'The payer says the visit did not meet its emergency or urgent care criteria.',
    'medical-necessity',
  ),
  '45': m('above the fee schedule', 'The charge is above the contracted or fee-schedule amount.', 'other'),
  '49': m(
    'routine exam not covered',
    'A routine or preventive exam (or a test done with one) is not covered.',
    'medical-necessity',
  ),
  '50': m(
    'not medically necessary',
    'The payer does not consider the service medically necessary.',
    'medical-necessity',
  ),
  '54': m(
    'assistant or co-surgeon not covered',
    'The payer does not pay an assistant, co-surgeon or team surgeon for this procedure.',
    'modifier',
  ),
  '55': m(
    'experimental or investigational',
    'The payer considers the service experimental or investigational.',
    'medical-necessity',
  ),
  '58': m(
    'wrong place of service for the treatment',
    'The payer says the service was done in a setting it does not pay for it.',
    'other',
  ),
  '59': m(
    'multiple or concurrent procedure reduction',
    'Paid at a reduced rate under the multiple-procedure or concurrent-care rules.',
    'other',
  ),
  '96': m('non-covered charge', 'The service is not covered.', 'medical-necessity'),
  '97': m(
    'bundled into another service',
    'The payer paid this service as part of another service or procedure.',
    'bundling',
  ),
  '107': m(
    'qualifying service missing',
    'The related or qualifying service (e.g. the primary for an add-on) is not on this claim.',
    'bundling',
  ),
  '109': m(
    'not covered by this payer',
    'This payer or contractor is not the one responsible for the service.',
    'eligibility',
  ),
  '119': m(
    'benefit maximum reached',
    "The patient's benefit for this service is used up for the period.",
    'eligibility',
  ),
  '129': m(
    'prior payer information wrong',
    "The earlier payer's processing details on the claim look wrong.",
    'cob',
  ),
  '140': m(
    'member ID and name do not match',
    "The patient's member ID and name do not match the payer's records.",
    'eligibility',
  ),
  '146': m(
    'diagnosis invalid on the date of service',
    'A diagnosis code was not valid on the date of service.',
    'information-missing',
  ),
  '150': m(
    'level of service not supported',
    'The payer says the records do not support the level of service billed.',
    'medical-necessity',
  ),
  '151': m(
    'more units or visits than the payer allows',
    'The payer says the records do not support this many units or this frequency.',
    'units',
  ),
  '167': m('diagnosis not covered', 'The diagnosis is not covered for this service.', 'medical-necessity'),
  '170': m(
    'not paid to this provider type',
    'The payer does not pay this service when this type of provider bills it.',
    'other',
  ),
  '181': m(
    'procedure code invalid on the date of service',
    'The procedure code was not valid on the date of service.',
    'information-missing',
  ),
  '182': m(
    'modifier invalid on the date of service',
    'A modifier was not valid on the date of service.',
    'modifier',
  ),
  '183': m(
    'referring provider not eligible to refer',
    'The referring or ordering provider may not refer or order this service.',
    'other',
  ),
  '185': m(
    'rendering provider not eligible for the service',
    'The rendering provider is not eligible to perform this service.',
    'other',
  ),
  '189': m(
    'unlisted code billed where a specific code exists',
    "An unlisted or 'not otherwise classified' code was billed where a specific code exists.",
    'information-missing',
  ),
  '190': m(
    'included in a SNF stay',
    "Paid through the skilled nursing facility's Medicare stay (consolidated billing).",
    'other',
  ),
  '197': m(
    'authorization missing',
    'Prior authorization, precertification or notification was missing.',
    'authorization',
  ),
  '198': m('authorization exceeded', 'The service went beyond what was authorized.', 'authorization'),
  '204': m(
    "not covered by the patient's current plan",
    "The service is not a benefit of the patient's current plan.",
    'medical-necessity',
  ),
  '209': m(
    'may not be collected from the patient',
    'By regulation or agreement this amount may not be collected from the patient; a later payer may be billed.',
    'other',
  ),
  '226': m(
    'information the payer asked for was not sent',
    'The payer asked the practice for information and did not get it (in time, or complete).',
    'information-missing',
  ),
  '227': m(
    'information the payer asked the patient for was not sent',
    'The payer asked the patient for information and did not get it.',
    'information-missing',
  ),
  '234': m('not paid separately', 'This service is not paid separately (packaged into another).', 'bundling'),
  '236': m(
    'code/modifier pair not allowed (NCCI)',
    'This code, or its modifier, is not allowed with another code billed that day under NCCI.',
    'bundling',
  ),
  '242': m(
    'provider not in the network',
    'The service was not given by a network or primary care provider.',
    'authorization',
  ),
  '252': m('attachment needed', 'The payer needs documentation to decide.', 'information-missing'),
  '253': m('sequestration', 'The 2% federal reduction of Medicare payments (sequestration).', 'other'),
  '256': m(
    'not payable under the managed care contract',
    'Your managed care contract does not pay this service.',
    'other',
  ),
  '272': m(
    'coverage guidelines not met',
    "The service did not meet the payer's coverage criteria.",
    'medical-necessity',
  ),
  '273': m(
    'coverage guidelines exceeded',
    "The service went beyond the payer's coverage limits (frequency, quantity, duration).",
    'medical-necessity',
  ),
  '284': m(
    "authorization number doesn't cover this service",
    'The authorization on the claim may be valid but does not apply to these services.',
    'authorization',
  ),
  '288': m('referral missing', 'The plan needs a referral that was not on file.', 'authorization'),
  B7: m(
    'provider not eligible on the date of service',
    'The provider was not certified or enrolled for this service on the date of service.',
    'other',
  ),
  B9: m('patient in hospice', 'The patient was enrolled in hospice on the date of service.', 'eligibility'),
  B11: m(
    'sent on to the right payer',
    'The payer has forwarded the claim to the payer or processor responsible.',
    'eligibility',
  ),
  B13: m('paid before', 'This claim or service may already have been paid.', 'duplicate'),
  B15: m(
    'qualifying service not paid yet',
    'This service needs a qualifying service that has not been received or paid.',
    'bundling',
  ),
  B16: m(
    'new-patient rules not met',
    'The patient does not qualify as a new patient.',
    'information-missing',
  ),
  B20: m(
    'done by another provider',
    'Another provider already furnished (part of) this service.',
    'duplicate',
  ),
};
