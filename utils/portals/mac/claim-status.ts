import { type PortalAdapter, snapshotFor } from '../adapter';
import { all, txt } from '../dom';
import { claimsOf, fieldOf } from '../grid';
import { MAC_PORTALS, macClaimUrl } from './common';

/**
 * MAC claim status results (Noridian "Claim Status Results", NGSConnex grid, myCGS claims list): the
 * table (or ARIA grid) whose headers name a claim number column, one claim per row. "No items to show"
 * is an answer, not a broken page.
 */
export const macClaimStatus: PortalAdapter = {
  id: 'mac/claim-status',
  portal: 'noridian',
  alsoFor: MAC_PORTALS,
  kind: 'claim-status',
  matchesUrl: macClaimUrl,
  read(doc, url) {
    const snapshot = snapshotFor(this, url);
    const table = all(doc, 'table,[role=grid],[role=table]').find((t) =>
      all(t, 'th,[role=columnheader]').some((th) => fieldOf(txt(th)) === 'claim'),
    );
    if (!table) {
      if (/no items to show|no claims found|no results/i.test(txt(doc.body))) return { ok: true, snapshot };
      return { ok: false, problems: ['no results table with a claim number column'] };
    }
    snapshot.claims = claimsOf(table);
    return { ok: true, snapshot };
  },
};
