import { SRC } from './sources';
import { type GuidanceRow, NOT_PR } from './types';

/**
 * Who should pay: eligibility, coordination of benefits, the right payer, authorization and
 * referral, and the payer's requests for information.
 */
const row = (
  code: string,
  over: Omit<GuidanceRow, 'code' | 'groups'> & Partial<GuidanceRow>,
): GuidanceRow => ({
  code,
  groups: '*',
  ...over,
});
const OTHER_PAYER = { route: 'bill-other-payer', appeal: 'no', level: 'error' } as const;
const AUTH = { route: 'fix', appeal: 'maybe', level: 'error', source: SRC.authorization } as const;

export const ELIGIBILITY_ROWS: readonly GuidanceRow[] = [
  row('22', {
    family: ['medicare'],
    step: 'Medicare shows another payer as primary (Medicare Secondary Payer). Check the MSP record and ask the patient: bill the primary first, then Medicare as secondary with its payment. If the MSP record is wrong, have it corrected with the BCRC, then {fix}.',
    ...OTHER_PAYER,
    source: SRC.msp,
  }),
  row('22', {
    step: 'Confirm the order of benefits with the patient: bill the primary, then this payer with the primary’s EOB. If this payer is primary, have the patient update their coordination of benefits with it, then ask for reprocessing.',
    ...OTHER_PAYER,
    source: SRC.cob,
  }),
  ...(
    [
      ['19', "the workers' compensation carrier (claim number, employer, date of injury)"],
      ['20', 'the liability insurer'],
      ['21', 'the no-fault (auto) insurer'],
    ] as const
  ).map(([code, who]) =>
    row(code, {
      step: `Bill ${who}. If it denies the claim, send this payer its denial with the claim; for Medicare a conditional payment may be possible when the other insurer will not pay promptly.`,
      ...OTHER_PAYER,
      source: SRC.msp,
    }),
  ),
  row('24', {
    family: ['medicare'],
    step: 'The patient was in a Medicare Advantage plan on the date of service: bill the plan, not the MAC (the eligibility response names it).',
    ...OTHER_PAYER,
    source: SRC.medicareAdvantage,
  }),
  row('24', {
    step: 'If your practice is paid by capitation for this patient, post it as covered by capitation; otherwise find the managed care plan (eligibility check) and bill it.',
    ...OTHER_PAYER,
    source: SRC.contract,
  }),
  ...(['26', '27'] as const).flatMap((code): GuidanceRow[] => [
    row(code, {
      groups: ['PR'],
      step: 'No coverage with this payer on that date: re-verify eligibility and bill any coverage in force then (new plan, Medicaid, Medicare); if there is none, the patient owes it as self-pay.',
      route: 'bill-other-payer',
      appeal: 'no',
      level: 'error',
      source: SRC.groups,
    }),
    row(code, {
      groups: NOT_PR,
      step: 'Re-verify eligibility for the date of service and bill the coverage in force then (new plan, Medicaid, Medicare). Under this group the practice carries it; if the patient truly had no coverage, ask the payer to reissue it as patient responsibility (PR).',
      route: 'bill-other-payer',
      appeal: 'no',
      level: 'error',
      source: SRC.groups,
    }),
  ]),
  ...(['31', '140', 'N382'] as const).map((code) =>
    row(code, {
      step: 'Correct the member ID (Medicare: the MBI), name and date of birth exactly as the card or eligibility response shows them, then {fix}.',
      route: 'fix',
      appeal: 'no',
      level: 'error',
      source: SRC.practice,
    }),
  ),
  row('109', {
    family: ['medicare'],
    step: 'This MAC is not the one to bill: send the claim to the Medicare Advantage plan, the DME MAC, the Railroad Medicare contractor or the MAC for where the service was given (a remark such as N418 may say which).',
    ...OTHER_PAYER,
    source: SRC.jurisdiction,
  }),
  ...(['109', 'N418'] as const).map((code) =>
    row(code, {
      step: 'Send the claim to the payer responsible (another plan, the plan that administers this benefit, or the right network or jurisdiction).',
      ...OTHER_PAYER,
      source: SRC.practice,
    }),
  ),
  row('B11', {
    step: 'The payer forwarded the claim to the right payer: follow it there; send it again only if that payer has no record of it.',
    route: 'wait',
    appeal: 'no',
    level: 'info',
    source: SRC.practice,
  }),
  row('N30', {
    step: "Re-verify the patient's benefits for this service on the date of service and bill the payer that covers it.",
    ...OTHER_PAYER,
    source: SRC.practice,
  }),
  row('B9', {
    step: 'If the service treated the terminal illness, the hospice is paid for it: bill the hospice. If it was unrelated, add GW (or GV if you are the attending physician and not employed by the hospice), then {fix}.',
    route: 'fix',
    appeal: 'no',
    level: 'error',
    source: SRC.hospice,
  }),
  row('190', {
    step: 'The skilled nursing facility is paid for this during its Medicare stay (consolidated billing): bill the SNF under your arrangement with it. Physician professional services are excluded: if this was one, {fix}.',
    ...OTHER_PAYER,
    source: SRC.snf,
  }),
  ...(['129', 'N4', 'N479', 'MA04'] as const).map((code) =>
    row(code, {
      step: "Check the primary payer's EOB against what the claim sent (payer, paid amount, adjustments), send the EOB or correct the amounts, then {fix}.",
      route: 'fix',
      appeal: 'no',
      level: 'error',
      source: SRC.cob,
    }),
  ),
  row('197', {
    ...AUTH,
    step: 'Ask the payer for a retro-authorization if its policy allows it (emergency, coverage found late); with it, add the number, then {fix}. If refused, write it off — the patient may not be billed.',
  }),
  row('198', {
    ...AUTH,
    step: 'Ask the payer to extend or update the authorization for the extra services or units; with it, {fix}. If refused, write off the excess.',
  }),
  ...(['284', 'N54'] as const).map((code) =>
    row(code, {
      ...AUTH,
      appeal: 'no',
      step: 'The authorization on the claim does not cover these services (code, dates, provider or site). Get the matching authorization or have the payer correct its record, then {fix}.',
    }),
  ),
  row('39', {
    ...AUTH,
    route: 'dispute',
    step: 'The authorization was refused before the service. If the care was needed, {appeal} with the records; otherwise write it off.',
  }),
  row('288', {
    ...AUTH,
    appeal: 'no',
    step: "Get the referral from the patient's primary care provider (retroactive, if the plan allows), add it, then {fix}; otherwise write it off.",
  }),
  row('242', {
    groups: ['PR'],
    step: 'Out of network and left to the patient: bill the patient, within your contract and the No Surprises Act (no balance billing for emergencies or out-of-network care at in-network facilities).',
    route: 'bill-patient',
    appeal: 'not-needed',
    level: 'warning',
    source: SRC.noSurprises,
  }),
  row('242', {
    groups: NOT_PR,
    ...AUTH,
    route: 'dispute',
    step: 'If the provider is in the network, ask the payer to fix its network record and reprocess; if the care was an emergency or approved, {appeal} with the records; otherwise write it off — the patient may not be billed.',
  }),
  row('226', {
    step: 'Send the information the payer asked for (with its letter or request number). If the claim is already denied, {appeal} with it.',
    route: 'answer-request',
    appeal: 'yes',
    level: 'error',
    source: SRC.attachments,
  }),
  row('227', {
    groups: ['PR'],
    step: 'The payer holds the patient responsible until they answer it (often a coordination-of-benefits or accident questionnaire): ask the patient to answer, then ask the payer to reprocess.',
    route: 'answer-request',
    appeal: 'no',
    level: 'warning',
    source: SRC.cob,
  }),
  row('227', {
    groups: NOT_PR,
    step: 'Ask the patient to answer the payer (often a coordination-of-benefits or accident questionnaire), then ask the payer to reprocess.',
    route: 'answer-request',
    appeal: 'no',
    level: 'warning',
    source: SRC.cob,
  }),
  ...(['252', 'M127'] as const).map((code) =>
    row(code, {
      step: "Send the records through the payer's portal or as a PWK attachment with the payer's reference, then ask for reprocessing.",
      route: 'answer-request',
      appeal: 'no',
      level: 'error',
      source: SRC.attachments,
    }),
  ),
];
