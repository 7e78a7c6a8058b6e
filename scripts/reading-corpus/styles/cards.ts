import { expectedClaim, expectedEligibility, expectedListClaim } from '../model';
import { date, esc, money, page } from '../render';
import { dxName } from './tables';
import type { Style } from './types';

/** Label/value layouts without a line table: definition lists, repeated cards, lists and chips, prose. */

const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export const definitionList: Style = {
  name: 'definition-list',
  host: 'portal.bayview-health.example',
  about: 'dt/dd pairs for the claim and for each line (one dl per line), diagnoses listed in one dd',
  claimDetail(c) {
    const lines = c.lines
      .map(
        (l, i) => `<section class="service-line"><h3>Service Line ${i + 1}</h3><dl>
<dt>Date of Service</dt><dd>${date(l.dos, 'month-name')}</dd>
<dt>Procedure Code</dt><dd>${l.code}</dd>
<dt>Modifiers</dt><dd>${l.mods.join(', ') || 'None'}</dd>
<dt>Units</dt><dd>${l.units}</dd>
<dt>Diagnosis Pointer</dt><dd>${l.ptr.split('').join(', ')}</dd>
<dt>Billed Amount</dt><dd>${money(l.charge)}</dd>
<dt>Allowed Amount</dt><dd>${money(l.allowed)}</dd>
<dt>Paid Amount</dt><dd>${money(l.paid)}</dd>
<dt>Reason Codes</dt><dd>${(l.adj ?? []).map(([g, r]) => `${g}-${r}`).join(', ')}${l.remarks?.length ? `, ${l.remarks.join(', ')}` : ''}</dd>
</dl></section>`,
      )
      .join('\n');
    const html = page(
      'Claim Information',
      `<h1>Claim Information</h1>
<dl class="claim">
<dt>Claim Number</dt><dd>${c.claimNumber}</dd>
<dt>Patient Account Number</dt><dd>${c.patientControl}</dd>
<dt>Status</dt><dd>${esc(c.status)}</dd>
<dt>Received</dt><dd>${date(c.received, 'month-name')}</dd>
<dt>Processed</dt><dd>${date(c.finalized, 'month-name')}</dd>
<dt>Total Billed</dt><dd>${money(total(c.lines.map((l) => l.charge)))}</dd>
<dt>Total Paid</dt><dd>${money(total(c.lines.map((l) => l.paid ?? 0)))}</dd>
<dt>Member Responsibility</dt><dd>${money(c.patientResponsibility)}</dd>
<dt>Diagnosis Codes</dt><dd>${c.diagnoses.join(', ')}</dd>
</dl>
${lines}`,
    );
    const claim = expectedClaim(c, {
      dates: true,
      patientResponsibility: true,
      allowed: true,
      adjustments: 'codes',
      remarks: true,
    });
    return { path: `/claim-information/${c.claimNumber}`, html, claims: [claim] };
  },
  eligibility(e) {
    if (e.id !== 'commercial') return null;
    const html = page(
      'Coverage Details',
      `<h1>Coverage Details</h1>
<dl>
<dt>Subscriber</dt><dd>EXAMPLE, JORDAN</dd>
<dt>Member ID</dt><dd>ZZW000000001</dd>
<dt>Payer Name</dt><dd>${esc(e.payer)}</dd>
<dt>Plan</dt><dd>${esc(e.plan)}</dd>
<dt>Eligibility Status</dt><dd>${esc(e.status)}</dd>
<dt>As of Date</dt><dd>${date(e.dos)}</dd>
<dt>Coverage Effective Date</dt><dd>${date(e.planBegin)}</dd>
<dt>Coverage Termination Date</dt><dd>${date(e.planEnd)}</dd>
<dt>In-Network Individual Deductible</dt><dd>${money(e.deductible?.total)} Calendar Year, ${money(e.deductible?.met)} Met, ${money(e.deductible?.remaining)} Remaining</dd>
<dt>Office Visit Copay (In-Network)</dt><dd>${money(e.copay)}</dd>
<dt>Office Visit Coinsurance (In-Network)</dt><dd>${e.coinsurance}%</dd>
</dl>`,
    );
    return { path: '/coverage/details', html, eligibility: expectedEligibility(e) };
  },
};

export const muiCards: Style = {
  name: 'mui-cards',
  host: 'app.cedar-health-partners.example',
  about: 'Material UI cards repeating one label set: one card = one claim or one line; chips for codes',
  claimDetail(c) {
    const item = (label: string, value: string) =>
      `<div class="MuiGrid-item"><p class="MuiTypography-root MuiTypography-caption">${label}</p><p class="MuiTypography-root MuiTypography-body1">${value}</p></div>`;
    const chips = (xs: string[]) =>
      xs.map((x) => `<div class="MuiChip-root"><span class="MuiChip-label">${esc(x)}</span></div>`).join('');
    const lines = c.lines
      .map(
        (l) =>
          `<div class="MuiCard-root service-line"><div class="MuiCardContent-root"><div class="MuiGrid-container">${item('Service Date', date(l.dos))}${item('Procedure', l.code)}<div class="MuiGrid-item"><p class="MuiTypography-caption">Modifiers</p>${chips(l.mods)}</div>${item('Quantity', String(l.units))}${item('Diagnosis Pointers', l.ptr)}${item('Charge', money(l.charge))}${item('Paid', money(l.paid))}<div class="MuiGrid-item"><p class="MuiTypography-caption">Adjustments</p>${chips((l.adj ?? []).map(([g, r, a]) => `${g}-${r} ${money(a)}`))}</div></div></div></div>`,
      )
      .join('\n');
    const html = page(
      'Claim Details',
      `<div id="root"><h1 class="MuiTypography-h5">Claim Details</h1>
<div class="MuiCard-root claim-header"><div class="MuiCardContent-root"><div class="MuiGrid-container">${item('Claim Number', c.claimNumber)}${item('Patient Account', c.patientControl)}<div class="MuiGrid-item"><p class="MuiTypography-caption">Claim Status</p><div class="MuiChip-root"><span class="MuiChip-label">${esc(c.status)}</span></div></div>${item('Billed', money(total(c.lines.map((l) => l.charge))))}${item('Paid', money(total(c.lines.map((l) => l.paid ?? 0))))}</div></div></div>
<div class="MuiCard-root"><div class="MuiCardContent-root"><p class="MuiTypography-caption">Diagnoses</p>${chips(c.diagnoses.map((d, i) => `${'ABCDEFGHIJKL'[i]}: ${d}`))}</div></div>
<h2 class="MuiTypography-h6">Service Lines</h2>
${lines}</div>`,
    );
    const claim = expectedClaim(c, { adjustments: 'amounts' });
    return { path: `/claims/${c.claimNumber}/details`, html, claims: [claim] };
  },
  claimStatus(list) {
    const cards = list
      .map(
        (c) =>
          `<div class="MuiCard-root claim-card"><div class="MuiCardContent-root"><p class="MuiTypography-caption">Claim Number</p><p class="MuiTypography-body1">${c.claimNumber}</p><p class="MuiTypography-caption">Service Dates</p><p class="MuiTypography-body1">${date(c.from)} – ${date(c.to)}</p><p class="MuiTypography-caption">Status</p><div class="MuiChip-root"><span class="MuiChip-label">${c.status}</span></div><p class="MuiTypography-caption">Billed</p><p class="MuiTypography-body1">${money(c.billed)}</p><p class="MuiTypography-caption">Paid</p><p class="MuiTypography-body1">${money(c.paid)}</p></div></div>`,
      )
      .join('\n');
    const html = page(
      'Claim Search',
      `<div id="root"><h1 class="MuiTypography-h5">Claim Search Results</h1>${cards}</div>`,
    );
    return { path: '/claims/search', html, claims: list.map((c) => expectedListClaim(c)) };
  },
};

export const chipsLists: Style = {
  name: 'chips-lists',
  host: 'providers.riverbend-plan.example',
  about: 'ul/li facts with span+strong pairs, an ordered diagnosis list, lines as list items with chips',
  claimDetail(c) {
    const fact = (label: string, value: string) =>
      `<li><span class="k">${label}</span> <strong>${value}</strong></li>`;
    const lines = c.lines
      .map(
        (l, i) =>
          `<li class="line"><h3>Line ${i + 1}</h3><ul class="facts">${fact('Service date', date(l.dos, 'iso'))}${fact('Procedure', l.code)}${fact('Units', String(l.units))}${fact('Billed', money(l.charge))}${fact('Paid', money(l.paid))}${fact('Diagnosis pointer', l.ptr)}</ul><p class="chips"><span class="chip-label">Modifiers:</span> ${l.mods.map((m) => `<span class="chip">${m}</span>`).join(' ') || '<span class="none">none</span>'}</p><p class="chips"><span class="chip-label">Remarks:</span> ${(l.adj ?? []).map(([g, r, a]) => `<span class="chip">${g}-${r}: ${money(a, 'plain')}</span>`).join(' ')} ${(l.remarks ?? []).map((r) => `<span class="chip">${r}</span>`).join(' ')}</p></li>`,
      )
      .join('\n');
    const html = page(
      'Claim',
      `<h1>Claim ${c.claimNumber}</h1>
<ul class="claim-facts">${fact('Claim No.', c.claimNumber)}${fact('Patient Acct No.', c.patientControl)}${fact('Claim status', esc(c.status))}${fact('Total billed', money(total(c.lines.map((l) => l.charge))))}${fact('Total paid', money(total(c.lines.map((l) => l.paid ?? 0))))}</ul>
<h2>Diagnoses</h2><ol class="diagnoses">${c.diagnoses.map((d) => `<li>${d} — ${dxName(d)}</li>`).join('')}</ol>
<h2>Services</h2><ul class="lines">${lines}</ul>`,
    );
    const claim = expectedClaim(c, { adjustments: 'amounts', remarks: true });
    return { path: `/claim/${c.claimNumber}`, html, claims: [claim] };
  },
};

export const labelColonText: Style = {
  name: 'label-colon-text',
  host: 'www.prairie-mutual.example',
  about: 'legacy "Label: value" text with <b> labels and <br>, "Svc Date", "Proc/Mods" 99214 25, "Qty"',
  claimDetail(c) {
    const lines = c.lines
      .map(
        (l) =>
          `<tr><td>${date(l.dos, 'us-short')}</td><td>${[l.code, ...l.mods].join(' ')}</td><td>${l.units}</td><td>${money(l.charge, 'plain')}</td><td>${money(l.paid, 'plain')}</td><td>${(l.adj ?? []).map(([g, r, a]) => `${g} ${r} $${money(a, 'plain')}`).join(', ')}</td></tr>`,
      )
      .join('\n');
    const html = page(
      'Claim Inquiry',
      `<h2>CLAIM INQUIRY RESPONSE</h2>
<p><b>Claim #:</b> ${c.claimNumber}<br><b>Patient Acct #:</b> ${c.patientControl}<br><b>Status:</b> ${esc(c.status)}<br><b>Total Billed:</b> ${money(total(c.lines.map((l) => l.charge)))}<br><b>Total Paid:</b> ${money(total(c.lines.map((l) => l.paid ?? 0)))}</p>
<p>Diagnoses: ${c.diagnoses.map((d, i) => `${i + 1}) ${d}`).join(' ')}</p>
<table><tr><th>Svc Date</th><th>Proc/Mods</th><th>Qty</th><th>Billed</th><th>Paid</th><th>Reason</th></tr>
${lines}</table>`,
      { brand: 'Prairie Mutual Provider Services' },
    );
    const claim = expectedClaim(c, { pointers: false, adjustments: 'amounts' });
    return { path: `/inquiry/claim.asp?id=${c.claimNumber}`, html, claims: [claim] };
  },
  claimStatus(list) {
    const c = list[1]!;
    const html = page(
      'Claim Status Inquiry',
      `<h2>CLAIM STATUS RESPONSE (276/277)</h2>
<p><b>Claim Number:</b> ${c.claimNumber}<br><b>Service Date:</b> ${date(c.from)}<br><b>Claim Status:</b> F2:65 - ${c.status}<br><b>Total Charges:</b> ${money(c.billed)}<br><b>Payment Amount:</b> ${money(c.paid)}</p>
<p>Status effective as of 07/01/2024. For questions call 1-800-555-0100.</p>`,
      { brand: 'Prairie Mutual Provider Services' },
    );
    return {
      path: '/inquiry/status.asp',
      html,
      claims: [expectedListClaim(c, `F2:65 - ${c.status}`)],
      note: 'one claim status answer without lines: claim-status from evidence',
    };
  },
  eligibility(e) {
    if (e.id !== 'commercial') return null;
    const html = page(
      'Eligibility Inquiry',
      `<h2>ELIGIBILITY RESPONSE (270/271)</h2>
<p><b>Payer:</b> ${esc(e.payer)}<br><b>Plan Name:</b> ${esc(e.plan)}<br><b>Coverage:</b> ${esc(e.status)}<br><b>Date of Service:</b> ${date(e.dos, 'us-short')}<br><b>Plan Begin:</b> ${date(e.planBegin, 'us-short')}<br><b>Plan End:</b> ${date(e.planEnd, 'us-short')}</p>
<p><b>Deductible (In Network, Individual):</b> ${money(e.deductible?.total)} Calendar Year, ${money(e.deductible?.met)} Year to Date, ${money(e.deductible?.remaining)} Remaining<br><b>Copay (In Network), Office Visit:</b> ${money(e.copay)}<br><b>Coinsurance (In Network), Office Visit:</b> ${e.coinsurance}%</p>`,
      { brand: 'Prairie Mutual Provider Services' },
    );
    return { path: '/inquiry/eligibility.asp', html, eligibility: expectedEligibility(e) };
  },
};
