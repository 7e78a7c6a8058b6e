import { emptyClaim, markUnread } from '../../model/empty';
import { onPortal, type PortalAdapter, snapshotFor } from '../adapter';
import { byId } from '../dom';
import { diagnosesInto, entryLine } from '../entry';
import { patientFrom } from '../patient';

/**
 * UnitedHealthcare claim entry (provider-apps.linkhealth.com): per-row ids `cpt-hcpc-code-data-{n}`,
 * `input-modifier-1..4-{n}`, `input-diagnosis-1..4-{n}` (pointers 1–4 into the header diagnoses
 * `diagnosis-code-data-0..3`), `charge-value-{n}`, `daysorunits-input-{n}`. Rows are added live.
 */
export const uhcClaimEntry: PortalAdapter = {
  // Line N is row N−1 of the form.
  lineAnchor: (d, n) => d.getElementById(`cpt-hcpc-code-data-${n - 1}`),
  id: 'uhc/claim-entry',
  portal: 'uhc',
  kind: 'claim-entry',
  matchesUrl: (url) =>
    onPortal(url, 'uhc') && /claim-?entry|professional|submission/i.test(url.pathname + url.hash),
  read(doc, url) {
    if (!doc.getElementById('cpt-hcpc-code-data-0'))
      return { ok: false, problems: ['no service line inputs (#cpt-hcpc-code-data-0)'] };
    const claim = emptyClaim();
    claim.claimType = 'professional';
    claim.priorAuthorization = byId(doc, 'prior-authorization-number') || null;
    diagnosesInto(
      claim,
      Array.from({ length: 12 }, (_, i) => byId(doc, `diagnosis-code-data-${i}`)),
    );
    markUnread(claim, 'diagnoses', !doc.getElementById('diagnosis-code-data-0'));
    markUnread(claim, 'priorAuthorization', !doc.getElementById('prior-authorization-number'));
    for (let i = 0; i < 99 && doc.getElementById(`cpt-hcpc-code-data-${i}`); i++) {
      const f = (id: string) => byId(doc, id);
      const four = (p: string) => [1, 2, 3, 4].map((k) => f(`${p}-${k}-${i}`)).join(' ');
      const line = entryLine(
        {
          from: f(`input-from-${i}`),
          to: f(`input-to-${i}`),
          pos: f(`place-of-service-${i}`),
          code: f(`cpt-hcpc-code-data-${i}`),
          mods: four('input-modifier'),
          units: f(`daysorunits-input-${i}`),
          ptr: four('input-diagnosis'),
          charge: f(`charge-value-${i}`),
        },
        i + 1,
      );
      if (line) claim.serviceLines.push(line);
    }
    const snapshot = snapshotFor(this, url);
    snapshot.claims = [claim];
    snapshot.patient = patientFrom(
      `${byId(doc, 'patient-last-name')}, ${byId(doc, 'patient-first-name')}`,
      byId(doc, 'patient-dob'),
      byId(doc, 'patient-gender'),
      claim,
    );
    return { ok: true, snapshot };
  },
};
