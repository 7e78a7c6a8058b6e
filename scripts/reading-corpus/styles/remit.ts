import { expectedClaim, expectedListClaim } from '../model';
import { date, esc, money, page } from '../render';
import { medicaidTables } from './tables';
import type { Style } from './types';

/** Clearinghouse ERA viewers and a state Medicaid portal. */

const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const eraStatus = (status: string) => (status === 'Denied' ? '4 - Denied' : '1 - Processed as Primary');

export const era835: Style = {
  name: 'era-835',
  host: 'era.clearinghouse-one.example',
  about:
    'ERA (835) viewer: service as HC:99214:25, adjustments "CO-45: 60.00", Payer Claim Control # beside Patient Control #',
  remittance(c) {
    const rows = c.lines
      .map(
        (l) =>
          `<tr><td>${date(l.dos, 'compact')}</td><td>HC:${[l.code, ...l.mods].join(':')}</td><td>${l.units}</td><td>${money(l.charge, 'plain')}</td><td>${money(l.allowed, 'plain')}</td><td>${money(l.paid, 'plain')}</td><td>${(l.adj ?? []).map(([g, r, a]) => `${g}-${r}: ${money(a, 'plain')}`).join('<br>')}</td><td>${(l.remarks ?? []).join(' ')}</td></tr>`,
      )
      .join('\n');
    const html = page(
      'ERA Detail',
      `<h1>Electronic Remittance Advice (835)</h1>
<table class="trn"><tr><th>Payer</th><td>${esc(c.payer)}</td><th>Check/EFT #</th><td>${c.check}</td><th>Check Date</th><td>${date(c.checkDate, 'compact')}</td></tr></table>
<h2>Claim Payment Information (CLP)</h2>
<table class="clp">
<tr><th>Patient Control #</th><td>${c.patientControl}</td><th>Payer Claim Control #</th><td>${c.claimNumber}</td></tr>
<tr><th>Claim Status Code</th><td>${eraStatus(c.status)}</td><th>Total Claim Charge</th><td>${money(total(c.lines.map((l) => l.charge)), 'plain')}</td></tr>
<tr><th>Claim Payment Amount</th><td>${money(total(c.lines.map((l) => l.paid ?? 0)), 'plain')}</td><th>Patient Responsibility</th><td>${money(c.patientResponsibility, 'plain')}</td></tr>
</table>
<h2>Service Payment Information (SVC)</h2>
<table class="svc"><thead><tr><th>Svc Date</th><th>Service (Proc/Mods)</th><th>Units Paid</th><th>Line Charge</th><th>Allowed</th><th>Line Paid</th><th>Adjustments (CAS)</th><th>Remarks (LQ)</th></tr></thead><tbody>
${rows}</tbody></table>`,
      { brand: 'Clearinghouse One' },
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
      statusText: eraStatus(c.status),
    });
    return {
      path: `/era/view?trace=${c.check}&clp=${c.patientControl}`,
      html,
      claims: [claim],
      note: 'the claim number is the payer claim control number, never the patient control number',
    };
  },
};

export const eraColumns: Style = {
  name: 'era-columns',
  host: 'remit.harbor-clearinghouse.example',
  about:
    'remittance with a nested adjustments table per line (separate Group / Reason / Amount columns), "99214-25"',
  remittance(c) {
    const rows = c.lines
      .map(
        (l) =>
          `<tr class="svc"><td>${date(l.dos)}</td><td>${[l.code, ...l.mods].join('-')}</td><td>${l.units}</td><td>${money(l.charge)}</td><td>${money(l.allowed)}</td><td>${money(l.paid)}</td></tr>
<tr class="cas"><td colspan="6"><table class="adjustments"><thead><tr><th>Group</th><th>Reason</th><th>Amount</th><th>Description</th></tr></thead><tbody>${(l.adj ?? []).map(([g, r, a]) => `<tr><td>${g}</td><td>${r}</td><td>${money(a)}</td><td>${g === 'PR' ? 'Patient responsibility' : 'Contractual adjustment'}</td></tr>`).join('')}</tbody></table></td></tr>`,
      )
      .join('\n');
    const html = page(
      'Remittance Detail',
      `<h1>Remittance Detail</h1>
<div class="payment"><span class="label">Payment Number:</span> <span>${c.check}</span> <span class="label">Payment Date:</span> <span>${date(c.checkDate)}</span></div>
<div class="claim-head"><span class="label">ICN:</span> <span>${c.claimNumber}</span> <span class="label">Patient Account:</span> <span>${c.patientControl}</span> <span class="label">Claim Status:</span> <span>${esc(c.status)}</span></div>
<table class="service-lines"><thead><tr><th>DOS</th><th>Proc/Mods</th><th>Qty</th><th>Billed</th><th>Allowed</th><th>Paid</th></tr></thead><tbody>
${rows}
<tr class="totals"><td>Totals</td><td></td><td></td><td>${money(total(c.lines.map((l) => l.charge)))}</td><td></td><td>${money(total(c.lines.map((l) => l.paid ?? 0)))}</td></tr></tbody></table>`,
      { brand: 'Harbor Clearinghouse' },
    );
    // Claim totals are only in a "Totals" row: the labelled header has no billed/paid amounts.
    const claim = expectedClaim(c, {
      check: true,
      billed: false,
      paid: false,
      diagnoses: false,
      pointers: false,
      allowed: true,
      adjustments: 'amounts',
    });
    return { path: `/remits/${c.check}/claims/${c.claimNumber}`, html, claims: [claim] };
  },
};

export const eraMultiClaim: Style = {
  name: 'era-multi-claim',
  host: 'payments.lakeview-clearinghouse.example',
  about:
    'one EFT paying several claims, each with its own header and line table; a second adjustment on its own row',
  remittanceCheck(claims) {
    const first = claims[0]!;
    const section = (c: (typeof claims)[number], i: number) => {
      const rows = c.lines
        .flatMap((l) => {
          const [a, ...more] = l.adj ?? [];
          const cells = (adj: [string, string, number] | undefined) =>
            `<td>${adj?.[0] ?? ''}</td><td>${adj?.[1] ?? ''}</td><td>${adj ? money(adj[2]) : ''}</td>`;
          return [
            `<tr><td>${date(l.dos)}</td><td>${l.code}</td><td>${l.mods.join(' ')}</td><td>${l.units}</td><td>${money(l.charge)}</td><td>${money(l.allowed)}</td><td>${money(l.paid)}</td>${cells(a)}<td>${(l.remarks ?? []).join(' ')}</td></tr>`,
            ...more.map(
              (adj) =>
                `<tr><td></td><td></td><td></td><td></td><td></td><td></td><td></td>${cells(adj)}<td></td></tr>`,
            ),
          ];
        })
        .join('\n');
      return `<section class="claim"><h3>Claim ${i + 1} of ${claims.length}</h3>
<table class="claim-info"><tr><th>Patient Control #</th><td>${c.patientControl}</td><th>Payer Claim Control #</th><td>${c.claimNumber}</td></tr>
<tr><th>Claim Status</th><td>${esc(c.status)}</td><th>Claim Charge</th><td>${money(total(c.lines.map((l) => l.charge)))}</td></tr>
<tr><th>Claim Paid</th><td>${money(total(c.lines.map((l) => l.paid ?? 0)))}</td><th>Patient Responsibility</th><td>${money(c.patientResponsibility)}</td></tr></table>
<table class="svc"><thead><tr><th>Svc Date</th><th>Proc</th><th>Mods</th><th>Units</th><th>Billed</th><th>Allowed</th><th>Paid</th><th>Adj Group</th><th>Adj Reason</th><th>Adj Amount</th><th>Remarks</th></tr></thead><tbody>
${rows}</tbody></table></section>`;
    };
    const html = page(
      'Payment Detail',
      `<h1>Payment Detail (835)</h1>
<table class="payment"><tr><th>Payer</th><td>${esc(first.payer)}</td></tr><tr><th>EFT Number</th><td>${first.check}</td></tr><tr><th>Payment Date</th><td>${date(first.checkDate)}</td></tr><tr><th>Claims in this payment</th><td>${claims.length}</td></tr></table>
${claims.map(section).join('\n')}`,
      { brand: 'Lakeview Clearinghouse' },
    );
    // One payment: every claim carries its number and date (the seed gives each claim its own).
    const expected = claims.map((c) => {
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
      claim.checkNumber = first.check;
      claim.checkDate = first.checkDate;
      return claim;
    });
    return {
      path: `/payments/${first.check}`,
      html,
      claims: expected,
      note: 'several claims in one payment: each claim reads its own header and lines',
    };
  },
};

export const medicaidState: Style = {
  name: 'medicaid-state',
  host: 'www.emedicaid.state-health.example',
  about: 'state Medicaid: benefit plan rows (Terminated), managed care and TPL tables; ICN claim list',
  eligibility(e) {
    return e.id === 'medicaid' ? medicaidTables(e, this.host) : null;
  },
  claimStatus(list) {
    const rows = list
      .map(
        (c) =>
          `<tr><td>${c.claimNumber}</td><td>ZZ99999999</td><td>${date(c.from, 'us-short')}</td><td>${date(c.to, 'us-short')}</td><td>${c.status}</td><td>${money(c.billed, 'plain')}</td><td>${money(c.paid, 'plain')}</td></tr>`,
      )
      .join('\n');
    const html = page(
      'Claim Inquiry Results',
      `<h1>Claim Inquiry Results</h1>
<table><thead><tr><th>ICN</th><th>Recipient ID</th><th>From DOS</th><th>To DOS</th><th>Claim Status</th><th>Billed Amt</th><th>Paid Amt</th></tr></thead><tbody>${rows}</tbody></table>`,
      { brand: 'State Medicaid Provider Portal' },
    );
    return { path: '/claims/inquiry/results', html, claims: list.map((c) => expectedListClaim(c)) };
  },
};
