import { expectedClaim, type SeedEntry, type SeedLine } from '../model';
import { date, esc, money, page } from '../render';
import type { Style } from './types';

/** Claim-entry forms labelled in the ways portals label them. */

const LETTERS = 'ABCDEFGHIJKL';
const withBlank = (e: SeedEntry): (SeedLine | null)[] => [...e.lines, null];

export const fieldsetLegend: Style = {
  name: 'fieldset-legend',
  host: 'claims.maplewood-health.example',
  about: 'claim entry: diagnosis inputs labelled only A, B, C under a legend; labels wrapping inputs',
  claimEntry(e, i) {
    const dx = LETTERS.slice(0, 8)
      .split('')
      .map(
        (L, k) => `<label class="dx">${L} <input type="text" value="${esc(e.diagnoses[k] ?? '')}"></label>`,
      )
      .join('\n');
    const line = (l: SeedLine | null, n: number) => {
      const v = (x: string | number | null | undefined) => (l ? esc(x ?? '') : '');
      const mods = [0, 1, 2, 3]
        .map((k) => `<label>Modifier ${k + 1} <input size="2" value="${v(l?.mods[k])}"></label>`)
        .join(' ');
      return `<fieldset class="service-line"><legend>Service Line ${n}</legend>
<label>From <input value="${v(l && date(l.dos))}"></label> <label>To <input value="${v(l && date(l.dos))}"></label>
<label>Place of Service <select><option value=""></option>${['11', '22'].map((p) => `<option value="${p}"${l?.pos === p ? ' selected' : ''}>${p} - ${p === '11' ? 'Office' : 'On Campus-Outpatient Hospital'}</option>`).join('')}</select></label>
<label>CPT/HCPCS <input value="${v(l?.code)}"></label> ${mods}
<label>Diagnosis Pointer <input value="${v(l?.ptr)}"></label> <label>Units <input value="${v(l?.units)}"></label> <label>Charges <input value="${v(l && money(l.charge, 'plain'))}"></label></fieldset>`;
    };
    const html = page(
      'New Professional Claim',
      `<h1>New Professional Claim</h1><form>
<fieldset class="diagnoses"><legend>Diagnosis Codes (ICD-10)</legend>
${dx}</fieldset>
<p><label>Prior Authorization # <input value="${esc(e.priorAuthorization ?? '')}"></label></p>
${withBlank(e)
  .map((l, k) => line(l, k + 1))
  .join('\n')}
<button type="button">Add service line</button> <button type="submit">Submit</button></form>`,
    );
    return {
      path: `/claims/new?form=1500&draft=${i + 1}`,
      html,
      claims: [expectedClaim(e, { pos: true, priorAuthorization: true })],
      note: 'diagnoses labelled A, B, C only: the legend names the group',
    };
  },
};

export const ariaLabelEntry: Style = {
  name: 'aria-label-entry',
  host: 'submit.oakridge-claims.example',
  about:
    'claim entry: a diagnosis table whose inputs all share aria-label="Diagnosis code"; aria-labelled line inputs',
  claimEntry(e, i) {
    const dxRows = e.diagnoses
      .concat([''])
      .map(
        (d, k) =>
          `<tr><th scope="row">${k + 1}</th><td><input aria-label="Diagnosis code" value="${esc(d)}"></td><td><button type="button" aria-label="Remove">×</button></td></tr>`,
      )
      .join('');
    const rows = withBlank(e)
      .map((l, k) => {
        const n = k + 1;
        const v = (x: string | number | null | undefined) => (l ? esc(x ?? '') : '');
        const input = (label: string, value: string) =>
          `<td><input aria-label="Service line ${n} ${label}" value="${value}"></td>`;
        return `<tr>${input('date of service', v(l && date(l.dos, 'iso')))}${input('place of service', v(l?.pos))}${input('procedure code', v(l?.code))}${[0, 1, 2, 3].map((m) => input(`modifier ${m + 1}`, v(l?.mods[m]))).join('')}${input(
          'diagnosis pointer',
          v(
            l?.ptr
              .split('')
              .map((x) => LETTERS.indexOf(x) + 1)
              .join(','),
          ),
        )}${input('units', v(l?.units))}${input('charge amount', v(l && money(l.charge)))}</tr>`;
      })
      .join('\n');
    const html = page(
      'Submit a Claim',
      `<div id="app"><h1>Submit a Claim</h1>
<h2 id="dx-title">Diagnosis</h2><table aria-labelledby="dx-title"><thead><tr><th>#</th><th>ICD-10 Code</th><th></th></tr></thead><tbody>${dxRows}</tbody></table>
<p><input aria-label="Prior authorization number" value="${esc(e.priorAuthorization ?? '')}"></p>
<h2>Service Lines</h2><table><thead><tr><th>DOS</th><th>POS</th><th>Procedure</th><th colspan="4">Modifiers</th><th>Dx Pointer</th><th>Units</th><th>Charge</th></tr></thead><tbody>${rows}</tbody></table></div>`,
    );
    return {
      path: `/claims/submit?step=services&draft=${i + 1}`,
      html,
      claims: [expectedClaim(e, { pos: true, priorAuthorization: true })],
      note: 'diagnosis inputs share one aria-label; pointers as numbers 1, 2',
    };
  },
};

export const placeholderEntry: Style = {
  name: 'placeholder-entry',
  host: 'billing.pinecrest-network.example',
  about: 'claim entry: inputs named by placeholder or aria-labelledby a column header; "Proc/Mods" 99203 25',
  claimEntry(e, i) {
    const rows = withBlank(e)
      .map((l) => {
        const v = (x: string | number | null | undefined) => (l ? esc(x ?? '') : '');
        const input = (head: string, value: string, ph = '') =>
          `<td><input aria-labelledby="${head}"${ph ? ` placeholder="${ph}"` : ''} value="${value}"></td>`;
        return `<tr>${input('h-from', v(l && date(l.dos, 'us-short')), 'MM/DD/YY')}${input('h-to', v(l && date(l.dos, 'us-short')), 'MM/DD/YY')}${input('h-pos', v(l?.pos))}${input('h-proc', v(l && [l.code, ...l.mods].join(' ')))}${input('h-ptr', v(l?.ptr))}${input('h-qty', v(l?.units))}${input('h-amt', v(l && money(l.charge)))}</tr>`;
      })
      .join('\n');
    const dx = [0, 1, 2, 3]
      .map((k) => `<input placeholder="Dx ${k + 1}" value="${esc(e.diagnoses[k] ?? '')}">`)
      .join(' ');
    const html = page(
      'Claim',
      `<div class="claim-form"><h1>Enter Claim</h1>
<div class="row"><input placeholder="Prior auth #" value="${esc(e.priorAuthorization ?? '')}"></div>
<div class="row dx-row">${dx}</div>
<table class="grid"><thead><tr><th id="h-from">From</th><th id="h-to">Thru</th><th id="h-pos">POS</th><th id="h-proc">Proc/Mods</th><th id="h-ptr">Dx Ptr</th><th id="h-qty">Qty</th><th id="h-amt">Amount</th></tr></thead><tbody>${rows}</tbody></table></div>`,
    );
    return {
      path: `/claims/enter?draft=${i + 1}`,
      html,
      claims: [expectedClaim(e, { pos: true, priorAuthorization: true })],
    };
  },
};
