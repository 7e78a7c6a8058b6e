import { expectedClaim, expectedListClaim, type SeedEntry } from '../model';
import { date, esc, money, page } from '../render';
import type { Rendered, Style } from './types';

/**
 * Availity pages of a newer generation than the adapters know (the adapter fails: the generic reader
 * reads the page, field by field where the adapter read part of it), and an app inside an iframe.
 */
const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const CS = '/static/web/post/cs/enhanced-claim-status-ui';

const overline = (label: string, value: string) =>
  `<div class="MuiGrid-root MuiGrid-item"><span class="MuiTypography-root MuiTypography-overline">${label}</span><span class="MuiTypography-root MuiTypography-body1">${value}</span></div>`;

export const availityNextgen: Style = {
  name: 'availity-nextgen',
  host: 'essentials.availity.com',
  portal: 'availity',
  about: 'Availity claim status app, newer generation: no #lineLevelTable or test panels, MUI grid and chips',
  claimDetail(c) {
    const rows = c.lines
      .map(
        (l) =>
          `<tr class="MuiTableRow-root"><td class="MuiTableCell-root"><button aria-label="expand row">▸</button></td><td class="MuiTableCell-root"><p>${date(l.dos)}</p><p>${date(l.dos)}</p></td><td class="MuiTableCell-root">${l.code}</td><td class="MuiTableCell-root">${l.mods.join(', ')}</td><td class="MuiTableCell-root">${l.units}</td><td class="MuiTableCell-root">${money(l.charge)}</td><td class="MuiTableCell-root">${money(l.paid)}</td><td class="MuiTableCell-root">${[...(l.adj ?? []).map(([g, r]) => `${g}-${r}`), ...(l.remarks ?? [])].join(', ')}</td></tr>`,
      )
      .join('\n');
    const html = page(
      'Claim Status',
      `<div id="root"><div class="MuiContainer-root" data-testid="claim-detail-v3">
<h2 class="MuiTypography-h5">Claim Detail</h2>
<div class="MuiGrid-root MuiGrid-container">${overline('Claim Number', c.claimNumber)}${overline('Patient Account Number', c.patientControl)}<div class="MuiGrid-root MuiGrid-item"><span class="MuiTypography-overline">Claim Status</span><div class="MuiChip-root"><span class="MuiChip-label">${esc(c.status.toUpperCase())}</span></div></div>${overline('Finalized Date', date(c.finalized))}${overline('Billed Amount', money(total(c.lines.map((l) => l.charge))))}${overline('Paid Amount', money(total(c.lines.map((l) => l.paid ?? 0))))}${overline('Check Number', c.check)}</div>
<table class="MuiTable-root" data-testid="service-line-table"><thead><tr><th></th><th>Service Date(s)</th><th>Procedure Code</th><th>Modifier</th><th>Units</th><th>Billed Amount</th><th>Paid Amount</th><th>Reason/Remark Codes</th></tr></thead><tbody>
${rows}</tbody></table>
<button>Dispute Claim</button> <button>Message This Payer</button></div></div>`,
      { brand: 'Availity Essentials' },
    );
    const claim = expectedClaim(c, {
      statusText: c.status.toUpperCase(),
      check: true,
      diagnoses: false,
      pointers: false,
      adjustments: 'codes',
      remarks: true,
    });
    claim.finalizedDate = c.finalized;
    claim.checkDate = null;
    return {
      path: `${CS}/v3/claim-detail.html?claim=${c.claimNumber}#/claims/${c.claimNumber}`,
      html,
      claims: [claim],
    };
  },
  claimStatus(list) {
    const rows = list
      .map(
        (c) =>
          `<tr><td><a href="#/claims/${c.claimNumber}">${c.claimNumber}</a></td><td><p>${date(c.from)}</p><p>${date(c.to)}</p></td><td><div class="MuiChip-root"><span class="MuiChip-label">${c.status.toUpperCase()}</span></div></td><td>${money(c.billed)}</td><td>${money(c.paid)}</td></tr>`,
      )
      .join('\n');
    const html = page(
      'Claim Status',
      `<div id="root"><h2 class="MuiTypography-h5">Results</h2><table class="MuiTable-root" data-testid="claims-results"><thead><tr><th role="columnheader">Claim Number</th><th role="columnheader">Service Dates</th><th role="columnheader">Claim Status</th><th role="columnheader">Billed Amount</th><th role="columnheader">Paid Amount</th></tr></thead><tbody>${rows}</tbody></table></div>`,
      { brand: 'Availity Essentials' },
    );
    return {
      path: `${CS}/v3/results.html#/dashboard?activeTab=by276`,
      html,
      claims: list.map((c) => expectedListClaim(c, c.status.toUpperCase())),
    };
  },
};

export const availityNextgenPartial: Style = {
  name: 'availity-nextgen-partial',
  host: 'essentials.availity.com',
  portal: 'availity',
  about:
    'Availity claim detail where the adapter reads the lines (#lineLevelTable) but not the new header: merged field by field',
  claimDetail(c) {
    const rows = c.lines
      .map(
        (l) =>
          `<tr role="row"><td><button title="Toggle Row Expanded">+</button></td><td>${date(l.dos)}</td><td>${l.code}</td><td>${l.mods.join(' ')}</td><td>${l.units}</td><td>${money(l.charge)}</td><td>${money(l.paid)}</td><td>${(l.adj ?? []).map(([g, r]) => `${g}-${r}`).join(', ')}</td></tr>`,
      )
      .join('\n');
    const html = page(
      'Claim Status',
      `<div id="root"><section class="claim-header-v3">${overline('Claim #', c.claimNumber)}${overline('Patient Control #', c.patientControl)}<div class="MuiGrid-item"><span class="MuiTypography-overline">Status</span><span class="MuiChip-label">${esc(c.status)}</span></div>${overline('Total Billed', money(total(c.lines.map((l) => l.charge))))}${overline('Total Paid', money(total(c.lines.map((l) => l.paid ?? 0))))}</section>
<table id="lineLevelTable"><thead><tr><th role="columnheader"></th><th role="columnheader">Service Date(s)</th><th role="columnheader">Procedure</th><th role="columnheader">Modifier</th><th role="columnheader">Units</th><th role="columnheader">Billed Amount</th><th role="columnheader">Paid Amount</th><th role="columnheader">Reason/Remark Codes</th></tr></thead><tbody>
${rows}</tbody></table></div>`,
      { brand: 'Availity Essentials' },
    );
    const claim = expectedClaim(c, { diagnoses: false, pointers: false, adjustments: 'codes' });
    claim.claimType = 'professional';
    return {
      path: `${CS}/v3/partial-detail.html?claim=${c.claimNumber}#/claims/${c.claimNumber}`,
      html,
      claims: [claim],
      note: 'the adapter reads the lines; claim number, status and totals come from the generic reader',
    };
  },
};

/** The content of a frames page: a navigation shell whose iframe holds the app (read in its own frame). */
function framed(
  path: string,
  title: string,
  inner: string,
  rendered: Omit<Rendered, 'path' | 'html'>,
): Rendered {
  const framePath = `/app${path}`;
  const shell = page(
    title,
    `<div class="shell"><aside><ul><li>Dashboard</li><li>Claims</li><li>Payments</li><li>Reports: 12 claims pending, 3 denied this week</li></ul></aside>
<iframe id="appFrame" title="${esc(title)}" src="${framePath}" style="width:100%;height:800px;border:0"></iframe></div>`,
    { brand: 'Granite Health Portal' },
  );
  return { path: `/portal${path}`, html: shell, frames: [{ path: framePath, html: inner }], ...rendered };
}

export const frames: Style = {
  name: 'frames',
  host: 'portal.granite-health.example',
  about:
    "a navigation shell whose app is an iframe: the reading is the frame's; the entry frame shows only its Service Lines tab",
  claimDetail(c) {
    const lines = c.lines
      .map(
        (l) =>
          `<tr><td>${date(l.dos)}</td><td>${l.pos}</td><td>${l.code}</td><td>${l.mods.join(' ')}</td><td>${l.units}</td><td>${l.ptr}</td><td>${money(l.charge)}</td><td>${money(l.paid)}</td></tr>`,
      )
      .join('\n');
    const inner = page(
      'Claim Detail',
      `<h1>Claim Detail</h1><table class="kv"><tr><th>Claim Number</th><td>${c.claimNumber}</td></tr><tr><th>Status</th><td>${esc(c.status)}</td></tr><tr><th>Total Charges</th><td>${money(total(c.lines.map((l) => l.charge)))}</td></tr><tr><th>Total Paid</th><td>${money(total(c.lines.map((l) => l.paid ?? 0)))}</td></tr><tr><th>Diagnoses</th><td>${c.diagnoses.join(', ')}</td></tr></table>
<table><tr><th>Date of Service</th><th>Place of Service</th><th>Procedure Code</th><th>Modifier</th><th>Units</th><th>Diagnosis Pointer</th><th>Charge</th><th>Paid</th></tr>${lines}</table>`,
      { brand: 'Granite Health Portal' },
    );
    return framed(`/claims/${c.claimNumber}`, 'Claim Detail', inner, {
      claims: [expectedClaim(c, { pos: true })],
    });
  },
  claimEntry(e: SeedEntry, i) {
    const rows = e.lines
      .map(
        (l, k) =>
          `<tr><td><label for="d${k}">Date</label><input id="d${k}" value="${date(l.dos)}"></td><td><label for="p${k}">POS</label><input id="p${k}" value="${l.pos}"></td><td><label for="c${k}">Procedure</label><input id="c${k}" value="${l.code}"></td><td><label for="m${k}">Modifiers</label><input id="m${k}" value="${l.mods.join(' ')}"></td><td><label for="u${k}">Units</label><input id="u${k}" value="${l.units}"></td><td><label for="x${k}">Diagnosis Pointer</label><input id="x${k}" value="${l.ptr}"></td><td><label for="a${k}">Charge</label><input id="a${k}" value="${money(l.charge, 'plain')}"></td></tr>`,
      )
      .join('\n');
    const inner = page(
      'Claim Entry - Service Lines',
      `<nav class="tabs"><a href="#">General</a> <a href="#">Diagnosis</a> <a href="#">Other Payers</a> <b>Service Lines</b></nav>
<h1>Service Lines</h1><table>${rows}</table><button type="button">Add Service Line</button>`,
      { brand: 'Granite Health Portal' },
    );
    return framed(`/claims/entry/${i + 1}`, 'Claim Entry', inner, {
      claims: [expectedClaim(e, { pos: true, diagnoses: false })],
      note: 'diagnoses are on another tab: not read, so pointer checks say "could not check"',
    });
  },
};
