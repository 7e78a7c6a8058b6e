import { emptyClaim, type PortalAdapter, snapshotFor } from '../adapter';
import { all, labelPairs, pick, txt } from '../dom';
import { codesInto, fieldOf, linesOf } from '../grid';
import * as n from '../normalise';
import { patientFrom } from '../patient';
import { MAC_PORTALS, macClaimUrl } from './common';

/**
 * MAC claim detail (Noridian "View Claim", myCGS "Detailed Claims Status Information"): a label list
 * (ICN, status, receipt date, billed / allowed / paid, place of service, diagnosis codes) over line items
 * whose headers name the procedure (often with its modifiers in the same cell), units, pointer,
 * amounts and reason codes with descriptions.
 */
const hasProcedureColumn = (t: Element) =>
  all(t, 'th,[role=columnheader]').some((th) => fieldOf(txt(th)) === 'code');

export const macClaimDetail: PortalAdapter = {
  id: 'mac/claim-detail',
  portal: 'noridian',
  alsoFor: MAC_PORTALS,
  kind: 'claim-detail',
  matchesUrl: macClaimUrl,
  matchesPage: (doc) => all(doc, 'table').some(hasProcedureColumn),
  read(doc, url) {
    const table = all(doc, 'table').find(hasProcedureColumn);
    if (!table) return { ok: false, problems: ['no line items table'] };
    const pairs = labelPairs(doc);
    const claim = emptyClaim();
    claim.claimNumber = pick(pairs, /claim control|\bicn\b|\bdcn\b|claim number/)?.split(' ')[0] ?? null;
    claim.payer = 'Medicare';
    claim.status = n.claimStatus(pick(pairs, /claim status|^status$/));
    claim.receivedDate = n.firstDate(pick(pairs, /receipt|received/));
    claim.finalizedDate = n.firstDate(pick(pairs, /finali|paid date|process(ed)? date/));
    claim.billed = n.money(pick(pairs, /total (billed|charge)|billed amount/));
    claim.allowed = n.money(pick(pairs, /allowed/));
    claim.paid = n.money(pick(pairs, /total paid|paid amount|payment amount/));
    claim.checkNumber = pick(pairs, /check|eft/);
    claim.claimType = /institutional|ub-04|bill type/i.test(pick(pairs, /claim type|bill type/) ?? '')
      ? 'institutional'
      : 'professional';
    const dx = n.text(pick(pairs, /diagnosis/)).split(/[\s,;]+/);
    dx.forEach((c) => {
      const code = n.diagnosisCode(c);
      if (code && claim.diagnoses.length < 12)
        claim.diagnoses.push({ letter: 'ABCDEFGHIJKL'[claim.diagnoses.length]!, code });
    });
    codesInto(claim, pick(pairs, /claim (reason|remark|adjustment)/) ?? undefined);
    const pos = /^\d{2}/.exec(n.text(pick(pairs, /place of service|^pos$/)))?.[0] ?? null;
    claim.serviceLines = linesOf(table);
    for (const l of claim.serviceLines) l.pos ??= pos;
    const snapshot = snapshotFor(this, url);
    snapshot.claims = [claim];
    snapshot.patient = patientFrom(
      pick(pairs, /beneficiary name|patient name/),
      pick(pairs, /birth|dob/),
      pick(pairs, /gender|sex/),
      claim,
    );
    if (!claim.claimNumber) snapshot.read.problems.push('claim control number not found');
    return { ok: true, snapshot };
  },
};
