import type { ServiceLine } from '../../model/snapshot';
import { emptyClaim, emptyLine, emptySnapshot, type PortalAdapter } from '../adapter';
import * as n from '../normalise';

/**
 * Availity claim status → claim detail (inside iframe#newBodyFrame of the navigation shell).
 * Header panels `[data-testid="test<Label>Panel"]`, value in the last <p>; lines in `#lineLevelTable`.
 * Columns are found by their header text, not position.
 */
const panel = (doc: Document, label: string): string | null => {
  const el = doc.querySelector(`[data-testid="test${label}Panel"]`) ?? doc.getElementById(label);
  const ps = el?.querySelectorAll('p');
  const last = ps && ps.length > 0 ? ps[ps.length - 1] : el;
  return last ? n.text(last.textContent) || null : null;
};

function headerIndex(headers: string[], ...names: RegExp[]): number {
  return headers.findIndex((h) => names.some((re) => re.test(h)));
}

function readLines(table: Element): ServiceLine[] {
  const headers = Array.from(table.querySelectorAll('thead th, [role=columnheader]')).map((th) =>
    n.text(th.textContent).toLowerCase(),
  );
  const col = {
    dates: headerIndex(headers, /service date/),
    code: headerIndex(headers, /procedure|cpt|hcpcs/),
    modifiers: headerIndex(headers, /modifier/),
    units: headerIndex(headers, /units/),
    billed: headerIndex(headers, /billed/),
    paid: headerIndex(headers, /paid/),
  };
  const lines: ServiceLine[] = [];
  for (const row of Array.from(table.querySelectorAll('tbody tr'))) {
    const cells = Array.from(row.querySelectorAll('td'));
    const cell = (i: number) => (i >= 0 ? cells[i] : undefined);
    const code = n.procedureCode(cell(col.code)?.textContent);
    if (!code) continue;
    const line = emptyLine(lines.length + 1);
    const dates = Array.from(cell(col.dates)?.querySelectorAll('p') ?? []).map((p) =>
      n.isoDate(p.textContent),
    );
    line.dosFrom = dates[0] ?? n.isoDate(cell(col.dates)?.textContent);
    line.dosTo = dates[1] ?? line.dosFrom;
    line.code = code;
    line.modifiers = n.modifiers(cell(col.modifiers)?.textContent);
    line.units = n.units(cell(col.units)?.textContent);
    line.charge = n.money(cell(col.billed)?.textContent);
    line.paid = n.money(cell(col.paid)?.textContent);
    lines.push(line);
  }
  return lines;
}

export const availityClaimDetail: PortalAdapter = {
  id: 'availity/claim-detail',
  portal: 'availity',
  kind: 'claim-detail',
  examples: [
    'https://essentials.availity.com/static/web/post/cs/enhanced-claim-status-ui/#/claim-detail?id=1',
  ],
  matchesUrl: (url) =>
    /\.availity\.com$/.test(url.hostname) && url.pathname.includes('/enhanced-claim-status-ui/'),
  matchesPage: (doc) => doc.querySelector('#lineLevelTable') !== null,
  read(doc, url) {
    const table = doc.querySelector('#lineLevelTable');
    if (!table) return { ok: false, problems: ['no service line table (#lineLevelTable) on the page'] };
    const claim = emptyClaim();
    claim.claimNumber = panel(doc, 'ClaimNumber');
    claim.status = { category: null, code: null, text: panel(doc, 'ClaimStatus') };
    claim.billed = n.money(panel(doc, 'BilledAmount'));
    claim.paid = n.money(panel(doc, 'PaidAmount'));
    claim.claimType = 'professional';
    claim.serviceLines = readLines(table);
    const snapshot = emptySnapshot(url.href, 'availity', 'claim-detail', this.id);
    snapshot.claims = [claim];
    if (!claim.claimNumber) snapshot.read.problems.push('claim number panel not found');
    if (claim.serviceLines.length === 0)
      snapshot.read.problems.push('no service lines with a procedure code');
    return { ok: true, snapshot };
  },
};
