import { emptyClaim, markUnread } from '../../model/empty';
import { onPortal, type PortalAdapter, snapshotFor } from '../adapter';
import { byId, txt } from '../dom';
import { diagnosesInto, type EntryRow, entryLine, joinDate } from '../entry';
import * as n from '../normalise';
import { patientFrom } from '../patient';

/**
 * Office Ally CMS-1500 online entry and Claim Fix: an ASP.NET WebForms page shown inside `#Iframe9`
 * (read in that frame). Every box has a generated id: lines share the ucClaimLineItem prefix with the
 * row number at the end, dates are three inputs (month / day / year), diagnoses are boxes 21 A–L.
 * 12 rows by default, 50 at most; blank rows are skipped.
 */
const HCFA = 'ctl00_phFolderContent_ucHCFA_';
const ROW = `${HCFA}ucHCFALineItem_ucClaimLineItem_`;

export const officeAllyClaimEntry: PortalAdapter = {
  // Line N is row N−1 of the form.
  lineAnchor: (d, n) =>
    d.getElementById(`ctl00_phFolderContent_ucHCFA_ucHCFALineItem_ucClaimLineItem_CPT_CODE${n - 1}`),
  id: 'office-ally/claim-entry',
  portal: 'office-ally',
  kind: 'claim-entry',
  // The shell is classic ASP (secure_oa.asp); the form inside #Iframe9 is a WebForms .aspx page.
  matchesUrl: (url) => onPortal(url, 'office-ally') && /\.aspx$/i.test(url.pathname),
  matchesPage: (doc) => doc.querySelector(`[id^="${HCFA}"]`) !== null,
  read(doc, url) {
    const get = (id: string) => byId(doc, id);
    const start = doc.getElementById(`${ROW}CPT_CODE0`) ? 0 : 1;
    if (!doc.getElementById(`${ROW}CPT_CODE${start}`))
      return { ok: false, problems: ['no CMS-1500 line rows (CPT_CODE0)'] };
    const claim = emptyClaim();
    claim.claimType = 'professional';
    // A link anyone can send: only a value shaped like a claim number is taken (never a formula or a name).
    claim.claimNumber = n.claimNumber(url.searchParams.get('ClaimID'));
    claim.priorAuthorization = get(`${HCFA}PRIOR_AUTH_NUMBER`) || null;
    claim.billed = n.money(get(`${HCFA}TOTAL_CHARGE`));
    const banner = txt(doc.querySelector('[id$="lblRejectionMessage"],[id$="lblClaimStatus"]'));
    if (banner) claim.status = n.claimStatus(banner);
    diagnosesInto(
      claim,
      Array.from({ length: 12 }, (_, i) => get(`${HCFA}DIAGNOSIS_CODECMS0212_${i + 1}`)),
    );
    // A form variant without box 21 or box 23 did not show them: not the same as left blank.
    markUnread(claim, 'diagnoses', !doc.getElementById(`${HCFA}DIAGNOSIS_CODECMS0212_1`));
    markUnread(claim, 'priorAuthorization', !doc.getElementById(`${HCFA}PRIOR_AUTH_NUMBER`));
    for (let i = start; i < start + 50; i++) {
      const f = (name: string) => get(`${ROW}${name}${i}`);
      if (!doc.getElementById(`${ROW}CPT_CODE${i}`)) break;
      const date = (p: string) => joinDate(f(`${p}_MONTH`), f(`${p}_DAY`), f(`${p}_YEAR`));
      const row: EntryRow = {
        from: date('FM_DATE_OF_SVC'),
        to: date('TO_DATE_OF_SVC'),
        pos: f('PLACE_OF_SVC'),
        code: f('CPT_CODE'),
        mods: ['A', 'B', 'C', 'D'].map((m) => f(`MODIFIER_${m}`)).join(' '),
        units: f('UNITS'),
        ptr: f('DOS_DIAG_CODE'),
        charge: f('DOS_CHRG'),
      };
      const line = entryLine(row, i - start + 1);
      if (line) claim.serviceLines.push(line);
    }
    const snapshot = snapshotFor(this, url);
    snapshot.claims = [claim];
    const dob = joinDate(
      get(`${HCFA}PAT_BIRTH_MONTH`),
      get(`${HCFA}PAT_BIRTH_DAY`),
      get(`${HCFA}PAT_BIRTH_YEAR`),
    );
    const sex = get(`${HCFA}PAT_SEX_F`) ? 'F' : get(`${HCFA}PAT_SEX_M`) ? 'M' : null;
    snapshot.patient = patientFrom(
      `${get(`${HCFA}PAT_LAST_NAME`)}, ${get(`${HCFA}PAT_FIRST_NAME`)}`,
      dob,
      sex,
      claim,
    );
    return { ok: true, snapshot };
  },
};
