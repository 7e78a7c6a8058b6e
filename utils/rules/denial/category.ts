/** X12 277 claim status categories, in ClaimLens' own words, with what the biller does next. */

export interface CategoryGuide {
  code: string;
  short: string;
  nextStep: string;
  level: 'info' | 'warning' | 'error';
}

type Row = [short: string, nextStep: string, level: CategoryGuide['level']];

const WAIT = 'Nothing to do yet; check again later.';
const FIX =
  'Correct what the status code names and submit again as a new claim (it never entered adjudication).';
const INFO = "Send what the payer asks for (see the status code) before the payer's deadline.";

const CATEGORIES: Record<string, Row> = {
  A0: ['sent on to another entity', 'Follow the claim at the entity it was forwarded to.', 'info'],
  A1: ['received', WAIT, 'info'],
  A2: ['accepted for processing', WAIT, 'info'],
  A3: ['returned as unprocessable', FIX, 'error'],
  A4: [
    'not found',
    'The payer has no record of the claim: check the clearinghouse report and submit it if it never arrived.',
    'error',
  ],
  A5: ['split into more than one claim', 'Follow each of the split claims.', 'info'],
  A6: ['rejected: information missing', FIX, 'error'],
  A7: ['rejected: information invalid', FIX, 'error'],
  A8: ['rejected: fields that must agree do not', FIX, 'error'],
  P0: ['pending', WAIT, 'info'],
  P1: ['in process', WAIT, 'info'],
  P2: ['under payer review', 'Wait; be ready to send records if asked.', 'info'],
  P3: ['waiting on information from the provider', INFO, 'warning'],
  P4: [
    'waiting on information from the patient',
    'Ask the patient to answer the payer (often a coordination-of-benefits or accident questionnaire).',
    'warning',
  ],
  P5: ['on administrative or system hold', WAIT, 'info'],
  F0: ['finalized', 'Read the remittance for what was paid and adjusted.', 'info'],
  F1: ['finalized: paid', 'Post the payment; bill the patient or secondary payer for any balance.', 'info'],
  F2: [
    'finalized: denied',
    'Read the CARC/RARC on the remittance; correct and resubmit, or appeal if the denial is wrong.',
    'warning',
  ],
  F3: ['finalized: revised', 'Compare with the first remittance and post the difference.', 'info'],
  F3F: [
    'finalized and forwarded to the next payer',
    'The payer sent the claim on to the secondary payer (crossover): do not send the secondary a claim yourself; wait for its payment.',
    'info',
  ],
  F3N: [
    'finalized, not forwarded to the next payer',
    "Nothing was sent on: bill the secondary payer yourself, with this payer's remittance.",
    'info',
  ],
  F4: [
    'finalized: no payment coming',
    'Read the remittance; usually the whole amount went to patient share or another payer.',
    'info',
  ],
  R0: ['more information requested', INFO, 'warning'],
  R1: ['more information requested about a person or organisation', INFO, 'warning'],
  R3: ['more information requested about the claim or a line', INFO, 'warning'],
  R4: [
    'documentation requested',
    'Send the records asked for through the portal or as an attachment.',
    'warning',
  ],
  R5: ['more specific detail requested', INFO, 'warning'],
  R6: ['information for a regulatory requirement requested', INFO, 'warning'],
  R7: ['payer wants to confirm the care fits the policy coverage', INFO, 'warning'],
  R8: ['payer wants to confirm a coverage exception', INFO, 'warning'],
  R9: [
    'medical necessity review: records requested',
    'Send the records that support medical necessity.',
    'warning',
  ],
  R10: ['information for a grievance or appeal requested', INFO, 'warning'],
  R11: [
    'pre-payment review: records requested',
    'Send the records quickly: the claim is held until they arrive.',
    'warning',
  ],
  R12: [
    'justification of a procedure code requested',
    'Send the records that support the code billed.',
    'warning',
  ],
  R13: ['documents sent were not readable', 'Send clean copies of the documents.', 'warning'],
  R14: ['documents sent were not the ones requested', 'Send the documents the payer asked for.', 'warning'],
  R15: [
    "workers' compensation coverage check",
    "Give the workers' compensation carrier details or confirm there is none.",
    'warning',
  ],
  R16: ['eligibility check requested', 'Confirm the patient’s coverage details with the payer.', 'warning'],
  R17: ['a new request for more information', INFO, 'warning'],
  E0: [
    'no answer: the status request had an error',
    'Check the claim number, member ID and dates in the request and ask again.',
    'warning',
  ],
  E1: ['no answer: payer system unavailable', 'Try again later.', 'info'],
  E2: ['no answer: the payer is not responding', 'Try again later.', 'info'],
  E3: [
    'request needs correction: fields that must agree do not',
    'Correct the request and ask again.',
    'warning',
  ],
  E4: [
    'request does not meet the trading partner rules',
    'Correct the request per the payer’s companion guide and ask again.',
    'warning',
  ],
  D0: [
    'no claim found for the search',
    'Check the search details; if still not found, the claim may never have arrived — check the clearinghouse report.',
    'warning',
  ],
};

/**
 * Categories retired from the X12 list that a payer may still send: said plainly rather than
 * guessed at.
 */
const RETIRED: ReadonlySet<string> = new Set(['R2']);

export function describeCategory(code: string): CategoryGuide | null {
  if (RETIRED.has(code)) {
    return {
      code,
      short: 'a category no longer in the X12 277 list',
      nextStep:
        "Read the status code and the payer's words on the page; if the payer is asking for something, answer it.",
      level: 'warning',
    };
  }
  const row = CATEGORIES[code];
  if (!row) return null;
  const [short, nextStep, level] = row;
  return { code, short, nextStep, level };
}

export const KNOWN_CATEGORIES: readonly string[] = Object.keys(CATEGORIES);
