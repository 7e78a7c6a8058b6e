import { expectedClaim, expectedEligibility, expectedListClaim, type SeedEligibility } from '../model';
import { date, esc, money, page } from '../render';
import type { Style } from './types';

/**
 * Server-rendered HTML tables (the oldest and most common portal shape), ARIA grids (React apps), and
 * vertical key/value tables.
 */
const adjText = (adj: [string, string, number][] = []) =>
  adj.map(([g, r, a]) => `${g}-${r} ${money(a)}`).join('; ');

const DX_NAMES: Record<string, string> = {
  'M17.11': 'Unilateral primary osteoarthritis, right knee',
  'E11.9': 'Type 2 diabetes mellitus without complications',
  'M25.562': 'Pain in left knee',
  'M54.50': 'Low back pain, unspecified',
  'M62.81': 'Muscle weakness (generalized)',
};
export const dxName = (code: string) => DX_NAMES[code] ?? 'See code set';

export const htmlTables: Style = {
  name: 'html-tables',
  host: 'provider.summit-health.example',
  about: 'classic server-rendered tables: th/td summary, diagnosis table, line table, input grid',
  claimDetail(c) {
    const rows = c.lines
      .map(
        (l, i) =>
          `<tr><td>${i + 1}</td><td>${date(l.dos)}</td><td>${date(l.dos)}</td><td>${l.pos}</td><td>${l.code}</td><td>${l.mods.join(' ')}</td><td>${l.units}</td><td>${l.ptr.split('').join(',')}</td><td>${money(l.charge)}</td><td>${money(l.allowed)}</td><td>${money(l.paid)}</td><td>${adjText(l.adj)}</td><td>${(l.remarks ?? []).join(', ')}</td></tr>`,
      )
      .join('\n');
    const dxRows = c.diagnoses
      .map((d, i) => `<tr><td>${'ABCDEFGHIJKL'[i]}</td><td>${d}</td><td>${dxName(d)}</td></tr>`)
      .join('');
    const html = page(
      'Claim Detail',
      `<h1>Claim Detail</h1>
<table class="summary">
<tr><th>Claim Number</th><td>${c.claimNumber}</td><th>Patient Account Number</th><td>${c.patientControl}</td></tr>
<tr><th>Payer</th><td>${esc(c.payer)}</td><th>Claim Status</th><td>${esc(c.status)}</td></tr>
<tr><th>Date Received</th><td>${date(c.received)}</td><th>Date Processed</th><td>${date(c.finalized)}</td></tr>
<tr><th>Total Charges</th><td>${money(c.lines.reduce((a, l) => a + l.charge, 0))}</td><th>Total Paid</th><td>${money(c.lines.reduce((a, l) => a + (l.paid ?? 0), 0))}</td></tr>
</table>
<h2>Diagnoses</h2>
<table><tr><th>Pointer</th><th>ICD-10-CM</th><th>Description</th></tr>${dxRows}</table>
<h2>Service Lines</h2>
<table class="lines"><thead><tr><th>Line</th><th>From</th><th>To</th><th>POS</th><th>Procedure</th><th>Modifiers</th><th>Units</th><th>Dx Pointer</th><th>Billed</th><th>Allowed</th><th>Paid</th><th>Adjustments</th><th>Remarks</th></tr></thead>
<tbody>${rows}
<tr class="total"><td colspan="8">Claim Total</td><td>${money(c.lines.reduce((a, l) => a + l.charge, 0))}</td><td></td><td>${money(c.lines.reduce((a, l) => a + (l.paid ?? 0), 0))}</td><td></td><td></td></tr></tbody></table>`,
    );
    const claim = expectedClaim(c, {
      payer: true,
      dates: true,
      pos: true,
      allowed: true,
      adjustments: 'amounts',
      remarks: true,
    });
    return { path: `/claims/detail?claim=${c.claimNumber}`, html, claims: [claim] };
  },
  claimStatus(list) {
    const rows = list
      .map(
        (c, i) =>
          `<tr><td><a href="#">${c.claimNumber}</a></td><td>PATIENT${i}, ALEX</td><td>${date(c.from)}</td><td>${date(c.to)}</td><td>${c.status}</td><td>${money(c.billed)}</td><td>${money(c.paid)}</td></tr>`,
      )
      .join('\n');
    const html = page(
      'Claim Status Search Results',
      `<h1>Claim Status Search Results</h1><p>${list.length} claims found for your search.</p>
<table><thead><tr><th>Claim #</th><th>Patient Name</th><th>From DOS</th><th>To DOS</th><th>Status</th><th>Billed Amount</th><th>Paid Amount</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
    return { path: '/claims/status/results', html, claims: list.map((c) => expectedListClaim(c)) };
  },
  remittance(c) {
    const rows = c.lines
      .map(
        (l) =>
          `<tr><td>${date(l.dos)}</td><td>${l.code}</td><td>${l.mods.join(',')}</td><td>${l.units}</td><td>${money(l.charge)}</td><td>${money(l.allowed)}</td><td>${money(l.paid)}</td><td>${(l.adj ?? []).map(([g, r, a]) => `${g} ${r} ${money(a)}`).join('<br>')}</td><td>${(l.remarks ?? []).join(' ')}</td></tr>`,
      )
      .join('\n');
    const html = page(
      'Remittance Advice',
      `<h1>Remittance Advice</h1>
<table class="payment"><tr><th>EFT/Check Number</th><td>${c.check}</td></tr><tr><th>Payment Date</th><td>${date(c.checkDate)}</td></tr><tr><th>Payer</th><td>${esc(c.payer)}</td></tr></table>
<h2>Claim</h2>
<table class="claim"><tr><th>Payer Claim Control Number</th><td>${c.claimNumber}</td></tr><tr><th>Patient Control Number</th><td>${c.patientControl}</td></tr><tr><th>Claim Status</th><td>${esc(c.status)}</td></tr><tr><th>Total Charge</th><td>${money(c.lines.reduce((a, l) => a + l.charge, 0))}</td></tr><tr><th>Total Paid</th><td>${money(c.lines.reduce((a, l) => a + (l.paid ?? 0), 0))}</td></tr><tr><th>Patient Responsibility</th><td>${money(c.patientResponsibility)}</td></tr></table>
<table class="lines"><thead><tr><th>Service Date</th><th>CPT/HCPCS</th><th>Modifier</th><th>Units</th><th>Billed</th><th>Allowed</th><th>Paid</th><th>Adjustment</th><th>Remark Codes</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
    const claim = expectedClaim(c, {
      payer: true,
      check: true,
      patientResponsibility: true,
      diagnoses: false,
      pointers: false,
      allowed: true,
      adjustments: 'amounts',
      remarks: true,
    });
    return { path: `/era/claim?icn=${c.claimNumber}`, html, claims: [claim] };
  },
  claimEntry(e, i) {
    const rows = e.lines
      .concat(Array.from({ length: 2 }, () => null as never))
      .map((l, k) => {
        const n = k + 1;
        const v = (x: string | number | null | undefined) => (l ? esc(x ?? '') : '');
        const cell = (id: string, label: string, value: string) =>
          `<td><label for="${id}${n}" class="sr-only">${label} ${n}</label><input id="${id}${n}" value="${value}"></td>`;
        return `<tr>${cell('from', 'From date line', v(l && date(l.dos)))}${cell('to', 'To date line', v(l && date(l.dos)))}${cell('pos', 'Place of service line', v(l?.pos))}${cell('cpt', 'CPT/HCPCS line', v(l?.code))}${cell('mod', 'Modifiers line', v(l?.mods.join(' ')))}${cell('ptr', 'Diagnosis pointer line', v(l?.ptr))}${cell('units', 'Units line', v(l?.units))}${cell('chg', 'Charges line', v(l && money(l.charge, 'plain')))}</tr>`;
      })
      .join('\n');
    const dx = 'ABCDEFGHIJKL'
      .split('')
      .map(
        (L, k) =>
          `<label for="dx${L}">Diagnosis Code ${L}</label> <input id="dx${L}" value="${esc(e.diagnoses[k] ?? '')}">`,
      )
      .join(' ');
    const html = page(
      'Professional Claim Entry',
      `<h1>Professional Claim (CMS-1500)</h1>
<form><fieldset><legend>Box 21</legend>${dx}</fieldset>
<p><label for="auth">Prior Authorization Number</label> <input id="auth" value="${esc(e.priorAuthorization ?? '')}"></p>
<table><thead><tr><th>From</th><th>To</th><th>POS</th><th>CPT/HCPCS</th><th>Modifiers</th><th>Dx Pointer</th><th>Units</th><th>Charges</th></tr></thead><tbody>${rows}</tbody></table>
<button type="button">Add line</button> <button type="submit">Submit claim</button></form>`,
    );
    const claim = expectedClaim(e, { pos: true, priorAuthorization: true });
    return { path: `/claims/new/professional?draft=${i + 1}`, html, claims: [claim] };
  },
  eligibility(e) {
    if (e.id === 'commercial') {
      const html = page(
        'Eligibility and Benefits',
        `<h1>Eligibility and Benefits</h1>
<table class="member"><tr><th>Member Name</th><td>EXAMPLE, JORDAN</td></tr><tr><th>Member ID</th><td>ZZW000000001</td></tr><tr><th>Payer</th><td>${esc(e.payer)}</td></tr><tr><th>Plan Name</th><td>${esc(e.plan)}</td></tr><tr><th>Coverage Status</th><td>${esc(e.status)}</td></tr><tr><th>Date of Service</th><td>${date(e.dos)}</td></tr><tr><th>Plan Begin Date</th><td>${date(e.planBegin)}</td></tr><tr><th>Plan End Date</th><td>${date(e.planEnd)}</td></tr></table>
<h2>Benefits (In-Network)</h2>
<table><thead><tr><th>Benefit</th><th>Network</th><th>Coverage Level</th><th>Amount</th></tr></thead><tbody>
<tr><td>Deductible</td><td>In Network</td><td>Individual</td><td>${money(e.deductible?.total)} Calendar Year; ${money(e.deductible?.met)} Year to Date; ${money(e.deductible?.remaining)} Remaining</td></tr>
<tr><td>Co-Payment, Office Visit</td><td>In Network</td><td>Individual</td><td>${money(e.copay)}</td></tr>
<tr><td>Co-Insurance, Office Visit</td><td>In Network</td><td>Individual</td><td>${e.coinsurance}%</td></tr>
</tbody></table>`,
      );
      return { path: '/eligibility/result?inquiry=1', html, eligibility: expectedEligibility(e) };
    }
    if (e.id === 'medicaid') return medicaidTables(e, 'provider.summit-health.example');
    return null;
  },
};

/** A state Medicaid response: benefit plan rows with status, managed care and TPL tables. */
export function medicaidTables(e: SeedEligibility, _host: string) {
  const plan = (e.plans ?? [])
    .map(
      (p) =>
        `<tr><td>${esc(p.name)}</td><td>${date(p.from)}</td><td>${date(p.to)}</td><td>${esc(p.status)}</td></tr>`,
    )
    .join('');
  const mc = (e.managedCare ?? [])
    .map(
      (p) =>
        `<tr><td>${esc(p.name)}</td><td>${date(p.from)}</td><td>${date(p.to)}</td><td>${esc(p.status)}</td></tr>`,
    )
    .join('');
  const tpl = (e.tpl ?? [])
    .map(
      (p) =>
        `<tr><td>${esc(p.name)}</td><td>${esc(p.type)}</td><td>${date(p.from)}</td><td>${date(p.to)}</td><td>${esc(p.order)}</td></tr>`,
    )
    .join('');
  const html = page(
    'Recipient Eligibility Verification',
    `<h1>Recipient Eligibility Verification</h1>
<table class="request"><tr><th>Recipient ID</th><td>ZZ99999999</td></tr><tr><th>Recipient Name</th><td>SAMPLE, RIVER</td></tr><tr><th>Date(s) of Service</th><td>${date(e.dos)}</td></tr></table>
<h2>Benefit Plan Information</h2>
<table><thead><tr><th>Benefit Plan</th><th>Effective Date</th><th>End Date</th><th>Status</th></tr></thead><tbody>${plan}</tbody></table>
<h2>Managed Care Enrollment</h2>
<table><thead><tr><th>Managed Care Plan</th><th>Begin Date</th><th>End Date</th><th>Enrollment Status</th></tr></thead><tbody>${mc}</tbody></table>
<h2>Third Party Liability (TPL)</h2>
<table><thead><tr><th>Carrier Name</th><th>Coverage Type</th><th>Effective Date</th><th>Term Date</th><th>Payer Order</th></tr></thead><tbody>${tpl}</tbody></table>
<p>Medicaid is the payer of last resort. Bill all other insurance first.</p>`,
    { brand: 'State Medicaid Provider Portal' },
  );
  return { path: '/eligibility/verification/response', html, eligibility: expectedEligibility(e) };
}

export const ariaGrid: Style = {
  name: 'aria-grid',
  host: 'claims.northwind-care.example',
  about: 'React app: div role=table/grid rows, label/value spans, nested adjustment grids, codes "99214-25"',
  claimDetail(c) {
    const cell = (t: string) => `<div role="cell">${t}</div>`;
    const rows = c.lines
      .map(
        (l) =>
          `<div role="row">${cell(date(l.dos, 'iso'))}${cell([l.code, ...l.mods].join('-'))}${cell(String(l.units))}${cell(money(l.charge))}${cell(money(l.paid))}${cell(`<div role="table" aria-label="Adjustments">${(l.adj ?? []).map(([g, r, a]) => `<div role="row"><div role="cell">${g}</div><div role="cell">${r}</div><div role="cell">${money(a)}</div></div>`).join('')}</div>`)}${cell((l.remarks ?? []).join(', '))}</div>`,
      )
      .join('\n');
    const field = (label: string, value: string) =>
      `<div class="field"><span class="field-label">${label}</span><span class="field-value">${value}</span></div>`;
    const html = page(
      'Claim',
      `<div id="root"><h1>Claim ${c.claimNumber}</h1>
<section class="header">${field('Claim ID', c.claimNumber)}${field('Patient Account #', c.patientControl)}${field('Claim Status', esc(c.status))}${field('Total Charges', money(c.lines.reduce((a, l) => a + l.charge, 0)))}${field('Amount Paid', money(c.lines.reduce((a, l) => a + (l.paid ?? 0), 0)))}${field('Diagnosis Codes', c.diagnoses.join(', '))}</section>
<div role="table" aria-label="Service lines"><div role="row"><div role="columnheader">Date of Service</div><div role="columnheader">Procedure</div><div role="columnheader">Units</div><div role="columnheader">Charge</div><div role="columnheader">Paid</div><div role="columnheader">Adjustments</div><div role="columnheader">Remark Codes</div></div>
${rows}</div></div>`,
    );
    const claim = expectedClaim(c, { pointers: false, adjustments: 'amounts', remarks: true });
    return { path: `/app/claims/${c.claimNumber}`, html, claims: [claim] };
  },
  claimStatus(list) {
    const rows = list
      .map(
        (c) =>
          `<div role="row"><div role="gridcell"><a href="#">${c.claimNumber}</a></div><div role="gridcell">${date(c.from)}${c.to !== c.from ? ` - ${date(c.to)}` : ''}</div><div role="gridcell"><span class="badge">${c.status}</span></div><div role="gridcell">${money(c.billed)}</div><div role="gridcell">${money(c.paid)}</div></div>`,
      )
      .join('\n');
    const html = page(
      'Claims',
      `<div id="root"><h1>Claims</h1><div role="grid" aria-label="Claims"><div role="row"><div role="columnheader">Claim ID</div><div role="columnheader">Dates of Service</div><div role="columnheader">Claim Status</div><div role="columnheader">Total Charges</div><div role="columnheader">Amount Paid</div></div>
${rows}</div><p>Showing 1–${list.length} of ${list.length}</p></div>`,
    );
    return { path: '/app/claims', html, claims: list.map((c) => expectedListClaim(c)) };
  },
};

export const thRows: Style = {
  name: 'th-rows',
  host: 'secure.lakeshore-benefits.example',
  about: 'vertical key/value tables (th/td per row), Medicare tabs hidden with display:none',
  claimDetail(c) {
    const kv = (k: string, v: string) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`;
    const lines = c.lines
      .map(
        (l, i) =>
          `<tr><th scope="row">${i + 1}</th><td>${date(l.dos, 'us-short')}</td><td>${l.code}</td><td>${l.mods.join(' ')}</td><td>${l.units}</td><td>${l.ptr}</td><td>${money(l.charge)}</td><td>${money(l.paid)}</td><td>${(l.adj ?? []).map(([g, r]) => `${g}${r}`).join(' ')}</td></tr>`,
      )
      .join('\n');
    const html = page(
      'Claim Summary',
      `<h1>Claim Summary</h1>
<table class="kv">${kv('ICN', c.claimNumber)}${kv('Patient Control No.', c.patientControl)}${kv('Claim Status', esc(c.status))}${kv('Received Date', date(c.received, 'us-short'))}${kv('Billed Amount', money(c.lines.reduce((a, l) => a + l.charge, 0)))}${kv('Paid Amount', money(c.lines.reduce((a, l) => a + (l.paid ?? 0), 0)))}${kv('Diagnosis Codes', c.diagnoses.join(' '))}</table>
<table class="lines"><tr><th>Ln</th><th>DOS</th><th>HCPCS</th><th>Mods</th><th>Svc Units</th><th>Dx Ptr</th><th>Charge</th><th>Paid</th><th>CARC</th></tr>
${lines}</table>`,
    );
    const claim = expectedClaim(c, { adjustments: 'codes' });
    claim.receivedDate = c.received;
    return { path: `/claims/summary/${c.claimNumber}`, html, claims: [claim] };
  },
  eligibility(e) {
    if (e.id !== 'medicare') return null;
    const t = (caption: string, head: string[], rows: string[][]) =>
      `<table><caption>${caption}</caption><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((x) => `<td>${x}</td>`).join('')}</tr>`).join('')}</table>`;
    const period = (p?: { name: string; from: string | null; to: string | null; detail?: string }) =>
      p ? [esc(p.name), esc(p.detail ?? ''), date(p.from), date(p.to)] : [];
    const html = page(
      'Beneficiary Eligibility',
      `<h1>Beneficiary Eligibility</h1>
<table class="kv"><tr><th>Beneficiary Name</th><td>SAMPLE, MORGAN</td></tr><tr><th>MBI</th><td>9ZZ9ZZ9ZZ99</td></tr><tr><th>Date of Service</th><td>${date(e.dos)}</td></tr></table>
<ul role="tablist"><li role="tab">Eligibility</li><li role="tab">HMO/MA</li><li role="tab">Hospice</li></ul>
<div role="tabpanel" aria-label="Eligibility">${t(
        'Entitlement',
        ['Part', 'Effective Date', 'Termination Date'],
        [
          ['Part A', date(e.partA?.from), date(e.partA?.to)],
          ['Part B', date(e.partB?.from), date(e.partB?.to)],
        ],
      )}<p>Part B Deductible Remaining: ${money(e.deductibleRemaining)}</p></div>
<div role="tabpanel" aria-label="HMO/MA" style="display:none">${t('Medicare Advantage', ['Plan Name', 'Contract/Plan', 'Enrollment Date', 'Disenrollment Date'], (e.advantage ?? []).map(period))}</div>
<div role="tabpanel" aria-label="Hospice" style="display:none">${t('Hospice', ['Hospice', 'Provider', 'Election Date', 'Revocation Date'], (e.hospice ?? []).map(period))}</div>`,
      { brand: 'Medicare Provider Portal' },
    );
    const el = expectedEligibility(e);
    el.deductible.push({ network: 'any', level: 'individual', total: null, met: null, remaining: 0 });
    return { path: '/eligibility/beneficiary', html, eligibility: el };
  },
};
