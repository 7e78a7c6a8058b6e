import type { CoveragePeriod } from '../../model/eligibility';
import { emptyEligibility } from '../../model/empty';
import { type PortalAdapter, snapshotFor } from '../adapter';
import { all, labelPairs, pick, spaced, txt } from '../dom';
import * as n from '../normalise';
import { patientFrom } from '../patient';
import { MAC_PORTALS, onMac, sectionOf } from './common';

/**
 * HETS eligibility on the MAC portals (Noridian tabs, myCGS sub-tabs, …). Tabs are hidden with
 * display:none, so everything is read with textContent. Each table is classed by its section title
 * (Medicare Advantage / MSP / hospice / home health) and its rows become coverage periods with dates
 * found by their column headers; Part A / Part B rows give the entitlement dates.
 */
const FROM = /effective|start|enrollment|begin|from|election|entitlement date/i;
const TO = /termination|\bterm\b|end|disenrollment|revocation|thru|through|^to\b/i;

/** Rows of a table of coverage periods (name, dates found by their column headers, the rest as detail). */
export function periods(table: Element): { first: string; p: CoveragePeriod }[] {
  const rows = Array.from((table as HTMLTableElement).rows ?? []);
  const head = rows.findIndex(
    (r) => r.cells.length > 1 && Array.from(r.cells).every((c) => c.tagName === 'TH'),
  );
  if (head < 0) return [];
  const h = Array.from(rows[head]!.cells).map((c) => txt(c));
  const iFrom = h.findIndex((x) => FROM.test(x));
  const iTo = h.findIndex((x) => TO.test(x) && (!FROM.test(x) || /disenroll/i.test(x)));
  return rows.slice(head + 1).flatMap((r) => {
    const c = Array.from(r.cells).map((x) => spaced(x));
    if (!c.some(Boolean)) return [];
    const rest = c.filter((_, i) => i && i !== iFrom && i !== iTo);
    const p = {
      name: c[0]?.slice(0, 200) || null,
      from: n.firstDate(c[iFrom]),
      to: n.firstDate(c[iTo]),
      detail: rest.join('; ').slice(0, 300) || null,
    };
    return [{ first: c[0] ?? '', p }];
  });
}

export const macEligibility: PortalAdapter = {
  id: 'mac/eligibility',
  portal: 'noridian',
  alsoFor: MAC_PORTALS,
  kind: 'eligibility',
  matchesUrl: (url) => onMac(url) && /eligib|benefici/i.test(url.pathname),
  read(doc, url) {
    const tables = all(doc, 'table');
    const pairs = labelPairs(doc);
    const e = emptyEligibility();
    e.payer = 'Medicare';
    e.dateOfService = n.firstDate(pick(pairs, /date of service|eligibility date|inquiry date|as of/));
    for (const t of tables) {
      const section = sectionOf(t).toLowerCase();
      const list = /hospice/.test(section)
        ? e.hospice
        : /home health/.test(section)
          ? e.homeHealth
          : /msp|secondary payer/.test(section)
            ? e.msp
            : /hmo|advantage|mco|plan coverage|managed care/.test(section)
              ? e.medicareAdvantage
              : null;
      for (const { first, p } of periods(t)) {
        const part = /^part ([ab])\b/i.exec(first)?.[1]?.toUpperCase();
        if (part === 'A') e.partA = p;
        else if (part === 'B') e.partB = p;
        else if (list && (p.from || p.name)) list.push(p);
      }
    }
    // myCGS shows one plan as label/value pairs instead of a table.
    const plan = pick(pairs, /^(plan type|mco plan type)$/);
    if (!e.medicareAdvantage.length && plan && pick(pairs, /enrollment date/))
      e.medicareAdvantage.push({
        name: pick(pairs, /contract name|insurer name/) ?? plan,
        from: n.firstDate(pick(pairs, /^enrollment date/)),
        to: n.firstDate(pick(pairs, /disenrollment date/)),
        detail: plan,
      });
    const ded = pick(pairs, /part b (remaining deductible|deductible remaining)/);
    if (ded)
      e.deductible.push({
        network: 'any',
        level: 'individual',
        total: n.money(pick(pairs, /^part b deductible$/)),
        met: null,
        remaining: n.money(ded),
      });
    const qmb = pick(pairs, /qmb/);
    e.qmb = qmb
      ? /^y/i.test(qmb)
      : /qualified medicare beneficiary|qmb enrolled/i.test(
          txt(doc.querySelector('.alert-success,.qmb,[class*="qmb" i]')),
        ) || null;
    const on = e.dateOfService ?? new Date().toISOString().slice(0, 10);
    const entitled = [e.partA, e.partB].filter((p) => p?.from);
    e.coverage = !entitled.length
      ? 'unknown'
      : entitled.some((p) => p!.from! <= on && (!p!.to || p!.to >= on))
        ? 'active'
        : 'inactive';
    const snapshot = snapshotFor(this, url);
    snapshot.eligibility = e;
    snapshot.patient = patientFrom(
      pick(pairs, /beneficiary name|patient name|^name$/),
      pick(pairs, /birth|dob/),
      pick(pairs, /gender|sex/),
      null,
      e.dateOfService,
    );
    if (!entitled.length) snapshot.read.problems.push('no Part A / Part B entitlement rows found');
    return { ok: true, snapshot };
  },
};
