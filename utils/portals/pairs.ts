import { emptyClaim, markUnread } from '../model/empty';
import type { Claim, Patient } from '../model/snapshot';
import { pick } from './dom';
import { CLAIM_LABELS, type ClaimLabel, classify } from './generic/vocab';
import { codesInto } from './grid';
import * as n from './normalise';
import { patientFrom } from './patient';

/**
 * ICD-10-CM codes in a text, in the order shown ("M17.11, E11.9", "1) M17.11 2) E11.9", "A: M17.11")
 * → letters A–L. A letter, a digit, then up to five characters: words ("Other", "Pain") are not codes.
 */
export function diagnosesIn(text: string | null | undefined): Claim['diagnoses'] {
  const codes = n
    .text(text)
    .toUpperCase()
    .slice(0, 1000)
    .match(/\b[A-TV-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?\b/g);
  return (codes ?? [])
    .slice(0, 12)
    .map((c, i) => ({ letter: 'ABCDEFGHIJKL'[i]!, code: n.diagnosisCode(c)! }));
}

/** A value read as the field it is labelled: null when its shape does not fit (a date under "Paid"). */
function fits(field: ClaimLabel, v: string, c: Claim): boolean {
  switch (field) {
    case 'claimNumber':
    case 'check':
      return /\d/.test(v.split(' ')[0] ?? '') && !c[field === 'check' ? 'checkNumber' : 'claimNumber'];
    case 'billed':
    case 'allowed':
    case 'paid':
    case 'patientResponsibility':
      return n.money(v) !== null && c[field] === null;
    case 'auth':
    case 'diagnoses':
      return true; // an empty box is read as empty, not as missing
    default:
      return v !== '';
  }
}

/**
 * Claim header fields from label/value pairs: each label is classified once by the vocabulary
 * (generic/vocab.ts), and the first value of the right shape wins. One reading of labels for every
 * detail page (remittance viewer, UHC cards, MAC lists, ePACES, Cigna, the generic reader). Labels
 * the page does not have leave their parts unread, not empty.
 */
export function claimFromPairs(p: Map<string, string>): Claim {
  const c = emptyClaim();
  const seen = new Set<ClaimLabel>();
  for (const [label, v] of p) {
    const field = classify(CLAIM_LABELS, label);
    if (!field || !fits(field, v, c)) continue;
    // Diagnoses are on the page when their box is (even empty) or codes are; a tab or link named
    // "Diagnosis" is not the diagnoses.
    if (field === 'diagnoses' && v && !diagnosesIn(v).length) continue;
    const first = !seen.has(field);
    seen.add(field);
    if (field === 'claimNumber') c.claimNumber = v.split(' ')[0] ?? null;
    else if (field === 'check') c.checkNumber = v.split(' ')[0] ?? null;
    else if (
      field === 'billed' ||
      field === 'allowed' ||
      field === 'paid' ||
      field === 'patientResponsibility'
    )
      c[field] = n.money(v);
    else if (!first) continue;
    else if (field === 'status') c.status = n.claimStatus(v);
    else if (field === 'payer') c.payer = v;
    else if (field === 'received') c.receivedDate = n.firstDate(v);
    else if (field === 'finalized') c.finalizedDate = n.firstDate(v);
    else if (field === 'checkDate') c.checkDate = n.firstDate(v);
    else if (field === 'auth') c.priorAuthorization = v || null;
    else if (field === 'codes') codesInto(c, v);
    else if (field === 'diagnoses') c.diagnoses = diagnosesIn(v);
    // Only an institutional label is telling; adapters of professional-claim pages say so themselves.
    else if (field === 'claimType' && /institutional|ub-04/i.test(v)) c.claimType = 'institutional';
  }
  markUnread(c, 'diagnoses', !seen.has('diagnoses'));
  markUnread(c, 'priorAuthorization', !seen.has('auth'));
  return c;
}

/** Patient initials / age / sex from the usual labels. */
export const patientFromPairs = (p: Map<string, string>, claim: Claim | null): Patient | null =>
  patientFrom(
    pick(p, /(patient|member|beneficiary|recipient|subscriber) name|^patient$|^name$/),
    pick(p, /birth|dob/),
    pick(p, /gender|sex/),
    claim,
  );
