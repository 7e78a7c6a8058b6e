import type { Claim, Patient } from '../model/snapshot';
import { emptyClaim, markUnread } from './adapter';
import { pick } from './dom';
import { codesInto } from './grid';
import * as n from './normalise';
import { patientFrom } from './patient';

/**
 * Claim header fields from label/value pairs, with the labels the portals use for them (remittance
 * viewer, UHC cards, MAC lists, ePACES, Cigna). One list so every detail page reads labels the same way.
 */
const AUTH = /(prior )?auth(ori[sz]ation)? (number|#|no)|referral (number|#)/;
const has = (p: Map<string, string>, re: RegExp) => [...p.keys()].some((k) => re.test(k));

export function claimFromPairs(p: Map<string, string>): Claim {
  const c = emptyClaim();
  c.claimNumber = pick(p, /claim (number|#|no|id)|claim control|\bicn\b|\bdcn\b/)?.split(' ')[0] ?? null;
  const status = pick(p, /(claim|level) status|^status$/);
  c.status = status ? n.claimStatus(status) : null;
  c.payer = pick(p, /^payer( name)?$/);
  c.receivedDate = n.firstDate(pick(p, /receipt|received/));
  c.finalizedDate = n.firstDate(pick(p, /finali|processed|paid date/));
  c.billed = n.money(pick(p, /total (claim )?(charge|billed)|billed( amount)?$|^charges?( amount)?$/));
  c.allowed = n.money(pick(p, /allowed/));
  c.paid = n.money(pick(p, /^(total )?paid( amount)?$|payment amount/));
  c.patientResponsibility = n.money(pick(p, /patient resp|member resp/));
  c.checkNumber = pick(p, /check (number|#)|\beft\b|remittance trace/);
  c.checkDate = n.firstDate(pick(p, /(check|payment) date/));
  c.priorAuthorization = pick(p, AUTH) || null;
  // Only an institutional label is telling; adapters of professional-claim pages say so themselves.
  if (/institutional|ub-04/i.test(pick(p, /claim type|bill type/) ?? '')) c.claimType = 'institutional';
  codesInto(c, pick(p, /claim (reason|remark|adjustment)/) ?? undefined);
  const dx = pick(p, /^diagnos[a-z]*( codes?)?$/);
  for (const code of n.text(dx).split(/[\s,;]+/)) {
    const d = n.diagnosisCode(code);
    if (d && c.diagnoses.length < 12)
      c.diagnoses.push({ letter: 'ABCDEFGHIJKL'[c.diagnoses.length]!, code: d });
  }
  // Labels the page does not have: those parts were not shown, not empty.
  markUnread(c, 'diagnoses', dx === null);
  markUnread(c, 'priorAuthorization', c.priorAuthorization === null && !has(p, AUTH));
  return c;
}

/** Patient initials / age / sex from the usual labels. */
export const patientFromPairs = (p: Map<string, string>, claim: Claim | null): Patient | null =>
  patientFrom(
    pick(p, /(patient|member|beneficiary) name|^patient$|^name$/),
    pick(p, /birth|dob/),
    pick(p, /gender|sex/),
    claim,
  );
