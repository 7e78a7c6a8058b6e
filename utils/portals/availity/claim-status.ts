import { emptyClaim } from '../../model/empty';
import { type PortalAdapter, snapshotFor } from '../adapter';
import { spaced, txt } from '../dom';
import { claimsOf } from '../grid';
import * as n from '../normalise';
import { claimStatusApp } from './claim-detail';

/**
 * The payer the search was run against. Availity names it above the results, not in the table
 * ("Payer: TEST HEALTH PLAN · Search by: Provider / Date range"), so per-payer settings apply.
 * Only small panels without the table are looked at, and only their first 300 characters.
 */
function searchedPayer(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('.MuiPaper-root, header')).slice(0, 20)) {
    if (el.querySelector('table')) continue;
    const m = /(?:^|\s)Payer:\s*([^·|]{2,80}?)\s*(?:·|\||$)/.exec(spaced(el).slice(0, 300));
    if (m?.[1]) return m[1].trim();
  }
  return null;
}

/**
 * Availity claim status → results (`#claimsTable`, one claim per row) or the alert shown instead
 * ("Acknowledgement/Not Found", "The payer could not find any results", still loading). The results
 * paint seconds after the frame loads: an empty app root is "still painting", not a broken page.
 */
export const availityClaimStatus: PortalAdapter = {
  id: 'availity/claim-status',
  portal: 'availity',
  kind: 'claim-status',
  matchesUrl: claimStatusApp,
  read(doc, url) {
    const snapshot = snapshotFor(this, url);
    const table = doc.getElementById('claimsTable');
    const alert = txt(doc.querySelector('.MuiAlert-root[role=alert] .MuiAlert-message, [role=alert]'));
    if (table) {
      snapshot.claims = claimsOf(table);
      if (!snapshot.claims.length) snapshot.read.problems.push('results table has no claim numbers');
    } else if (/taking longer|loading|please wait/i.test(alert)) {
      snapshot.read.problems.push('results still loading');
    } else if (alert) {
      // A not-found answer is still a status the biller must act on (A4: check ids, resubmit).
      const claim = emptyClaim();
      claim.status = n.claimStatus(alert);
      snapshot.claims = [claim];
    } else if (spaced(doc.body).length < 60 || doc.querySelector('input,[role=progressbar]')) {
      snapshot.read.problems.push('no results on the page yet');
    } else {
      return { ok: false, problems: ['no results table (#claimsTable), alert or claim detail'] };
    }
    const payer = searchedPayer(doc);
    if (payer) snapshot.claims = snapshot.claims.map((c) => (c.payer ? c : { ...c, payer }));
    return { ok: true, snapshot };
  },
};
