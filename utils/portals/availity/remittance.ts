import type { Adjustment } from '../../model/snapshot';
import { type PortalAdapter, snapshotFor } from '../adapter';
import { all, labelPairs, txt } from '../dom';
import { claimsOf, linesInto } from '../grid';
import * as n from '../normalise';
import { claimFromPairs, patientFromPairs } from '../pairs';
import { availityUrl } from './claim-detail';

/**
 * Availity remittance viewer. Results: ARIA grid `div[role=table][aria-label="Remits"]`. Claim details:
 * a label/value header, a service-line ARIA grid, and per line `table[aria-label^="Adjustments"]`
 * whose cells hold nested div rows (group code, reason code, description cut behind "View More", amount).
 */
const GROUPS = ['CO', 'PR', 'OA', 'PI', 'CR'] as const;

function adjustments(table: Element): Adjustment[] {
  return all(table, 'div[role=row]').flatMap((row) => {
    const cells = all(row, '[role=cell]').map((c) => txt(c));
    const group = GROUPS.find((g) => g === cells[0]?.toUpperCase()) ?? null;
    const reason = n.text(cells[1]).toUpperCase();
    if (!/^[A-Z]?\d{1,3}$/.test(reason)) return [];
    return [
      { group, reason, amount: n.money(cells.slice(2).find((c) => /^[-($]*\$?[\d,]+\.\d\d\)?$/.test(c))) },
    ];
  });
}

export const availityRemittance: PortalAdapter = {
  id: 'availity/remittance',
  portal: 'availity',
  kind: 'remittance',
  matchesUrl: (url) => availityUrl(url, '/remitviewerui/'),
  read(doc, url) {
    const snapshot = snapshotFor(this, url);
    const remits = doc.querySelector('[role=table][aria-label="Remits"]');
    const lines = doc.querySelector('[role=table][aria-label^="service line" i]');
    if (remits) {
      snapshot.claims = claimsOf(remits);
      return { ok: true, snapshot };
    }
    if (!lines) {
      if (
        /did not find remittance data/i.test(txt(doc.body)) ||
        doc.querySelector('input,[role=progressbar]')
      )
        return { ok: true, snapshot };
      return { ok: false, problems: ['no Remits grid or service-line grid'] };
    }
    const head = doc.querySelector('[data-testid="claim-header"],.claim-header') ?? doc.body;
    const pairs = labelPairs(head);
    const claim = claimFromPairs(pairs);
    claim.claimType ??= 'professional';
    linesInto(claim, lines);
    for (const t of all(doc, 'table[aria-label^="Adjustments"]')) {
      const no = Number(/line\s*(\d+)/i.exec(t.getAttribute('aria-label') ?? '')?.[1]);
      const target = no ? claim.serviceLines.find((l) => l.line === no) : claim;
      if (target) target.adjustments.push(...adjustments(t));
    }
    snapshot.claims = [claim];
    snapshot.patient = patientFromPairs(pairs, null);
    if (!claim.claimNumber) snapshot.read.problems.push('claim number not found');
    return { ok: true, snapshot };
  },
};
