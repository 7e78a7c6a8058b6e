import { emptyClaim, onPortal, type PortalAdapter, snapshotFor } from '../adapter';
import { all, labelPairs, pick, txt } from '../dom';
import { codesInto, fieldOf, linesOf } from '../grid';
import * as n from '../normalise';
import { patientFrom } from '../patient';

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
    const claim = emptyClaim();
    claim.claimNumber = pick(pairs, /claim (number|#)/);
    claim.status = n.claimStatus(pick(pairs, /^(claim )?status$/));
    claim.receivedDate = n.firstDate(pick(pairs, /received/));
    claim.finalizedDate = n.firstDate(pick(pairs, /processed|finali/));
    claim.billed = n.money(pick(pairs, /billed|total charge/));
    claim.allowed = n.money(pick(pairs, /allowed/));
    claim.paid = n.money(pick(pairs, /^(total )?paid/));
    claim.patientResponsibility = n.money(pick(pairs, /member resp|patient resp/));
    claim.checkNumber = pick(pairs, /check (number|#)|eft/);
    claim.payer = 'UnitedHealthcare';
    claim.claimType = 'professional';
    codesInto(claim, pick(pairs, /reason|remark/) ?? undefined);
    claim.serviceLines = linesOf(table);
    const snapshot = snapshotFor(this, url);
    snapshot.claims = [claim];
    snapshot.patient = patientFrom(
      pick(pairs, /patient( name)?$|member name/),
      pick(pairs, /birth|dob/),
      null,
      claim,
    );
    if (!claim.claimNumber) snapshot.read.problems.push('claim number not found');
    return { ok: true, snapshot };
  },
};
