import { onPortal, type PortalAdapter, snapshotFor } from '../adapter';
import { all, labelPairs, txt } from '../dom';
import { fieldOf, linesInto } from '../grid';
import { claimFromPairs, patientFromPairs } from '../pairs';

/**
 * UnitedHealthcare claim detail (layout inferred): header cards of label/value pairs (claim number,
 * status, billed / allowed / paid / member responsibility) over a service-line table with CARC/RARC
 * columns. The line table is the first table whose headers name a procedure column.
 */
export const uhcClaimDetail: PortalAdapter = {
  id: 'uhc/claim-detail',
  portal: 'uhc',
  kind: 'claim-detail',
  matchesUrl: (url) => onPortal(url, 'uhc') && /claim-?details?/i.test(url.pathname + url.hash),
  read(doc, url) {
    const table = all(doc, 'table').find((t) => all(t, 'th').some((th) => fieldOf(txt(th)) === 'code'));
    if (!table) return { ok: false, problems: ['no service-line table with a procedure column'] };
    const pairs = labelPairs(doc.querySelector('.claim-summary,[data-testid="claim-summary"]') ?? doc.body);
    const claim = claimFromPairs(pairs);
    claim.claimType ??= 'professional';
    claim.payer = 'UnitedHealthcare';
    linesInto(claim, table);
    const snapshot = snapshotFor(this, url);
    snapshot.claims = [claim];
    snapshot.patient = patientFromPairs(pairs, claim);
    if (!claim.claimNumber) snapshot.read.problems.push('claim number not found');
    return { ok: true, snapshot };
  },
};
