import { emptyClaim, markUnread } from '../../model/empty';
import { type PortalAdapter, snapshotFor } from '../adapter';
import { all, byId, txt, value } from '../dom';
import { diagnosesInto, type EntryRow, entryLine } from '../entry';
import * as n from '../normalise';
import { patientFrom } from '../patient';
import { availityUrl } from './claim-detail';

/**
 * Availity professional claim (CMS-1500) entry: inputs with dotted ids (`patient.name.last`,
 * `claimInformation.serviceLinesExpanded{n}.amount`); place of service, procedure, modifiers, pointers
 * and diagnoses are react-select comboboxes without stable ids, so they are found by their label
 * inside each service-line block and read from the shown value (single or multi).
 */
const LINE = 'claimInformation.serviceLinesExpanded';

/** The text a react-select shows: its single value, or its multi-value chips. */
function comboValue(input: Element): string {
  const box = input.closest('[class*="container"]') ?? input.parentElement?.parentElement;
  const shown = box
    ? all(
        box,
        '[class*="singleValue"],[class*="single-value"],[class*="multi-value__label"],[class*="MultiValueGeneric"]',
      )
    : [];
  return shown.map((e) => txt(e)).join(' ');
}

function comboLabel(doc: Document, input: Element): string {
  const ids = input.getAttribute('aria-labelledby')?.split(' ') ?? [];
  return (
    ids.map((id) => txt(doc.getElementById(id))).join(' ') ||
    input.getAttribute('aria-label') ||
    ''
  ).toLowerCase();
}

export const availityClaimEntry: PortalAdapter = {
  // Line N is row N−1 of the form.
  lineAnchor: (d, n) => d.getElementById(`claimInformation.serviceLinesExpanded${n - 1}.amount`),
  id: 'availity/claim-entry',
  portal: 'availity',
  kind: 'claim-entry',
  matchesUrl: (url) => availityUrl(url, '/claims-correction-ui/'),
  read(doc, url) {
    const first = doc.getElementById(`${LINE}0.amount`);
    if (!first) return { ok: false, problems: [`no service line inputs (#${LINE}0.amount)`] };
    const claim = emptyClaim();
    claim.claimType = 'professional';
    claim.priorAuthorization = byId(doc, 'claimInformation.priorAuthorizationNumber') || null;
    claim.billed = n.money(byId(doc, 'claimInformation.claimChargeAmount'));
    const combos = all(doc, 'input[role=combobox]').map((el) => ({ el, label: comboLabel(doc, el) }));
    const dx = combos.filter((c) => /diagnosis code/.test(c.label));
    diagnosesInto(
      claim,
      dx.map((c) => comboValue(c.el)),
    );
    markUnread(claim, 'diagnoses', dx.length === 0);
    markUnread(claim, 'diagnosisPointers', !combos.some((c) => /pointer/.test(c.label)));
    markUnread(claim, 'priorAuthorization', !doc.getElementById('claimInformation.priorAuthorizationNumber'));
    for (let i = 0; i < 50; i++) {
      const amount = doc.getElementById(`${LINE}${i}.amount`);
      if (!amount) break;
      const block = amount.closest('fieldset,[data-testid^="service-line"]') ?? amount.parentElement!;
      const pick = (re: RegExp) =>
        combos
          .filter((c) => re.test(c.label) && block.contains(c.el))
          .map((c) => comboValue(c.el))
          .join(' ');
      const row: EntryRow = {
        from: byId(doc, `${LINE}${i}.fromDate`),
        to: byId(doc, `${LINE}${i}.toDate`),
        pos: pick(/place of service/),
        code: pick(/procedure/),
        mods: pick(/modifier/),
        units: byId(doc, `${LINE}${i}.quantity`),
        ptr: pick(/pointer/),
        charge: value(amount),
      };
      const line = entryLine(row, i + 1);
      if (line) claim.serviceLines.push(line);
    }
    const snapshot = snapshotFor(this, url);
    snapshot.claims = [claim];
    snapshot.patient = patientFrom(
      `${byId(doc, 'patient.name.last')}, ${byId(doc, 'patient.name.first')}`,
      byId(doc, 'patient.birthDate'),
      byId(doc, 'patient.gender'),
      claim,
    );
    return { ok: true, snapshot };
  },
};
