import { type PortalAdapter, snapshotFor } from '../adapter';
import { all, labelPairs, pick, txt } from '../dom';
import { fieldOf, linesInto } from '../grid';
import * as n from '../normalise';
import { claimFromPairs, patientFromPairs } from '../pairs';
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
    const claim = claimFromPairs(pairs);
    claim.claimType ??= 'professional';
    claim.payer = 'Medicare';
    const pos = /^\d{2}/.exec(n.text(pick(pairs, /place of service|^pos$/)))?.[0] ?? null;
    linesInto(claim, table);
    for (const l of claim.serviceLines) l.pos ??= pos;
    const snapshot = snapshotFor(this, url);
    snapshot.claims = [claim];
    snapshot.patient = patientFromPairs(pairs, claim);
    if (!claim.claimNumber) snapshot.read.problems.push('claim control number not found');
    return { ok: true, snapshot };
  },
};
