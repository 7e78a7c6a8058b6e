import { emptyClaim, markUnread } from '../../model/empty';
import { type PortalAdapter, snapshotFor } from '../adapter';
import { codesInto, linesInto } from '../grid';
import * as n from '../normalise';
import { patientFrom } from '../patient';

/**
 * Availity claim status → claim detail (the app inside iframe#newBodyFrame). Header panels are
 * `[data-testid="test<Label>Panel"]` (Aetna: `[id="<Label>"]`) with the value in the last <p>; lines in
 * `#lineLevelTable`, columns found by header words; expanded "Reason/Remark Codes" rows join their line.
 */
const panel = (doc: Document, label: string): string | null => {
  const el = doc.querySelector(`[data-testid="test${label}Panel"]`) ?? doc.getElementById(label);
  const ps = el?.querySelectorAll('p');
  return n.text((ps?.length ? ps[ps.length - 1] : el)?.textContent).slice(0, 64) || null;
};

export const availityUrl = (url: URL, app: string): boolean =>
  /(^|\.)availity\.com$/.test(url.hostname) && url.pathname.includes(app);

/** Results and detail are one single-page app: the same URL predicate, told apart by the page. */
export const claimStatusApp = (url: URL): boolean => availityUrl(url, '/enhanced-claim-status-ui/');

export const availityClaimDetail: PortalAdapter = {
  id: 'availity/claim-detail',
  portal: 'availity',
  kind: 'claim-detail',
  matchesUrl: claimStatusApp,
  matchesPage: (doc) => doc.getElementById('lineLevelTable') !== null,
  read(doc, url) {
    const table = doc.getElementById('lineLevelTable');
    if (!table) return { ok: false, problems: ['no service line table (#lineLevelTable)'] };
    const claim = emptyClaim();
    claim.claimNumber = panel(doc, 'ClaimNumber');
    claim.status = n.claimStatus(panel(doc, 'ClaimStatus'));
    claim.finalizedDate = n.firstDate(panel(doc, 'FinalizedDate'));
    claim.checkNumber = panel(doc, 'CheckNumber');
    claim.checkDate = n.firstDate(panel(doc, 'CheckDate'));
    claim.billed = n.money(panel(doc, 'BilledAmount'));
    claim.paid = n.money(panel(doc, 'PaidAmount'));
    claim.payer = panel(doc, 'PayerName');
    claim.claimType = 'professional';
    codesInto(claim, panel(doc, 'ReasonRemarkCode') ?? undefined);
    linesInto(claim, table);
    // The detail page shows neither the claim's diagnoses nor an authorization number.
    markUnread(claim, 'diagnoses');
    markUnread(claim, 'priorAuthorization');
    const snapshot = snapshotFor(this, url);
    snapshot.claims = [claim];
    snapshot.patient = patientFrom(panel(doc, 'PatientName'), panel(doc, 'PatientDOB'), null, claim);
    if (!claim.claimNumber) snapshot.read.problems.push('claim number panel not found');
    if (!claim.serviceLines.length) snapshot.read.problems.push('no service lines with a procedure code');
    return { ok: true, snapshot };
  },
};
