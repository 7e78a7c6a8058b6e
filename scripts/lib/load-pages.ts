/**
 * Synthetic load pages for the benchmarks (made-up values): an Availity claim status results table
 * with 2,000 claims, and an Office Ally CMS-1500 form with 50 filled service lines.
 */
export const BIG_RESULTS_URL =
  'https://essentials.availity.com/static/web/post/cs/enhanced-claim-status-ui/bench-2000.html';
export const BIG_FORM_URL = 'https://www.officeally.com/OA/Claims/HCFA1500.aspx?Mode=Bench50';

export function claimStatus2000(): string {
  const rows = Array.from({ length: 2000 }, (_, i) => {
    const n = String(7100000000 + i);
    return `<tr role="row"><td>TESTPATIENT, ALEX</td><td>${n}</td><td><p>08/01/2026</p><p>08/01/2026</p></td><td>$120.00</td><td>$80.00</td><td><span class="MuiChip-label">F1 - Finalized/Payment</span></td><td>09/01/2026</td></tr>`;
  }).join('');
  return `<!doctype html><html><body><table id="claimsTable" class="MuiTable-root" aria-label="Claims"><thead><tr role="row">
<th role="columnheader">Patient Name</th><th role="columnheader">Claim Number</th><th role="columnheader">Service Dates</th>
<th role="columnheader">Billed Amount</th><th role="columnheader">Paid Amount</th><th role="columnheader">Claim Status</th>
<th role="columnheader">Finalized Date</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
}

export function officeAlly50Lines(): string {
  const p = 'ctl00_phFolderContent_ucHCFA_ucHCFALineItem_ucClaimLineItem_';
  const input = (id: string, value: string) =>
    `<input type="text" id="${p}${id}" name="${p}${id}" value="${value}">`;
  const codes = ['99213', '20610', '36415', '97110', '97140', '11102', '17000', '93000', '81002', '96372'];
  const rows = Array.from({ length: 50 }, (_, i) => {
    const cells = [
      input(`FM_DATE_OF_SVC_MONTH${i}`, '08') +
        input(`FM_DATE_OF_SVC_DAY${i}`, '01') +
        input(`FM_DATE_OF_SVC_YEAR${i}`, '26'),
      input(`PLACE_OF_SVC${i}`, '11'),
      input(`CPT_CODE${i}`, codes[i % codes.length]!),
      input(`MODIFIER_A${i}`, i % 7 === 0 ? '25' : ''),
      input(`DOS_DIAG_CODE${i}`, 'A'),
      input(`DOS_CHRG${i}`, '100.00'),
      input(`UNITS${i}`, '1'),
    ];
    return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  }).join('');
  return `<!doctype html><html><body><form><table><tr><td>21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY</td>
<td>A. <input type="text" id="ctl00_phFolderContent_ucHCFA_DIAGNOSIS_CODECMS0212_1" value="M17.11"></td></tr></table>
<table><thead><tr><th>DATE(S) OF SERVICE From:</th><th>Place Of Service</th><th>CPT/HCPCS</th><th>MODIFIER A B C D</th>
<th>DIAGNOSIS POINTER</th><th>$ CHARGES</th><th>Days Or Units</th></tr></thead><tbody>${rows}</tbody></table></form></body></html>`;
}
