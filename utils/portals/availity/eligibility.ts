import type { Accumulator, Eligibility, Network } from '../../model/eligibility';
import { emptyEligibility } from '../../model/empty';
import { type PortalAdapter, snapshotFor } from '../adapter';
import { all, labelPairs, pick, spaced, txt } from '../dom';
import * as n from '../normalise';
import { patientFrom } from '../patient';
import { availityUrl } from './claim-detail';

/**
 * Availity eligibility and benefits: `#patient-card` (name heading, coverage chip, label/value pairs),
 * `ul.plan-date-information` (span.text-left label, span.text-right value), one collapsed MUI accordion
 * per service type whose rows are [label | network chip | stacked amounts]. Collapsed accordions are
 * in the DOM, so textContent reads them without expanding anything.
 */
export const network = (t: string): Network =>
  /out.of.network/i.test(t) ? 'out' : /in.network/i.test(t) ? 'in' : 'any';

/** A benefit row is read up to this many characters (a real one is under 100; the generic reader keeps 300). */
export const MAX_ROW_TEXT = 500;

/** An amount as a token ("$3,000.00", "-$1,250.00"): it starts with a digit, so a scan never backtracks. */
const AMOUNT = /-?\$?-?\d[\d,]*(?:\.\d+)?/g;
/** What may sit between an amount and its label ("1,100.00 USD / Remaining"): bounded, so still linear. */
const GAP = String.raw`(?: ?USD)?\s{0,3}\/?\s{0,3}`;
const TOTAL = new RegExp(`${GAP}(?:calendar|plan|contract|benefit|service) year`, 'iy');
const MET = new RegExp(`${GAP}(?:year to date|ytd|met)`, 'iy');
const REMAINING = new RegExp(`${GAP}remaining`, 'iy');

/**
 * The first amount directly followed by its label ("$1,750.00 Remaining"). One left-to-right pass over
 * the amounts, the label tried only where an amount ends: linear in the text, however long a digit run
 * a page puts in a row (an unanchored pattern over the whole row took seconds per DOM change).
 */
function amount(t: string, label: RegExp): number | null {
  for (const m of t.matchAll(AMOUNT)) {
    label.lastIndex = m.index + m[0].length;
    if (label.test(t)) return Math.abs(n.money(m[0]) ?? Number.NaN);
  }
  return null;
}

/** "$3,000.00 / Calendar Year  -$1,250.00 Year to Date  $1,750.00 Remaining" → an accumulator. */
export function accumulator(label: string, text: string, net: Network): Accumulator {
  const t = n.text(text.slice(0, MAX_ROW_TEXT * 2)).slice(0, MAX_ROW_TEXT);
  const l = label.slice(0, MAX_ROW_TEXT);
  const v = (x: number | null) => (x === null || Number.isNaN(x) ? null : x);
  return {
    network: net,
    level: /family/i.test(l + t) ? 'family' : /individual/i.test(l + t) ? 'individual' : null,
    total: v(amount(t, TOTAL)),
    met: v(amount(t, MET)),
    remaining: v(amount(t, REMAINING)),
  };
}

/** The copay amount: "$25", else an amount written without a dollar sign ("25.00"). */
const copay = (t: string) => n.money((/\$[\d,.]+/.exec(t) ?? /\d[\d,]*\.\d\d\b/.exec(t))?.[0]);

/** Benefit rows of one service type → deductible / out-of-pocket / copay / coinsurance. */
export function benefitRow(e: Eligibility, service: string, label: string, t: string, net: Network) {
  const l = label.toLowerCase();
  if (/deductible/.test(l)) e.deductible.push(accumulator(label, t, net));
  else if (/out.of.pocket|oop|stop.loss/.test(l)) e.outOfPocket.push(accumulator(label, t, net));
  else if (/co-?pay/.test(l) && copay(t) !== null) {
    const svc = n.text(t.split(/[—–]|\s-\s|\$/)[0]) || service;
    e.copays.push({ service: svc.slice(0, 200), amount: copay(t)!, network: net });
  } else if (/co-?ins/.test(l) && n.percent(t) !== null)
    e.coinsurance.push({ service: service.slice(0, 200), percent: n.percent(t)!, network: net });
  else if (/authori[sz]ation/.test(l))
    e.priorAuthRequired = /\byes\b|required/i.test(t) && !/not required/i.test(t);
}

export const availityEligibility: PortalAdapter = {
  id: 'availity/eligibility',
  portal: 'availity',
  kind: 'eligibility',
  matchesUrl: (url) => availityUrl(url, '/eligibility/'),
  read(doc, url) {
    const snapshot = snapshotFor(this, url);
    const card = doc.getElementById('patient-card');
    if (!card) {
      if (doc.querySelector('input,[role=progressbar]')) {
        snapshot.read.problems.push('no eligibility result on the page yet');
        return { ok: true, snapshot };
      }
      return { ok: false, problems: ['no eligibility result card (#patient-card)'] };
    }
    const pairs = labelPairs(card);
    for (const li of all(card, 'ul.plan-date-information li'))
      pairs.set(txt(li.querySelector('.text-left')).toLowerCase(), txt(li.querySelector('.text-right')));
    const e = emptyEligibility();
    const chip = txt(card.querySelector('#patient-summary .MuiChip-label, .MuiChip-label'));
    e.coverage = /inactive|not eligible/i.test(chip)
      ? 'inactive'
      : /active/i.test(chip)
        ? 'active'
        : 'unknown';
    e.payer = pick(pairs, /^payer( name)?$/);
    e.planName = pick(pairs, /plan name|group name|plan \/ product/);
    e.planType = pick(pairs, /insurance type|plan type/);
    e.dateOfService = n.firstDate(pick(pairs, /date of service/));
    e.planBegin = n.firstDate(pick(pairs, /plan begin/));
    e.planEnd = n.firstDate(pick(pairs, /plan end/));
    e.eligibilityBegin = n.firstDate(pick(pairs, /eligibility begin/));
    e.eligibilityEnd = n.firstDate(pick(pairs, /eligibility end/));
    for (const acc of all(card, '.MuiAccordion-root')) {
      const service = txt(acc.querySelector('.MuiAccordionSummary-root')).replace(/\s*-\s*\w{1,3}$/, '');
      const other = /other|additional payer|coordination/i.test(service);
      for (const tr of all(acc, 'tr')) {
        const cells = Array.from((tr as HTMLTableRowElement).cells);
        if (cells.length < 2) continue;
        const label = txt(cells[0]).slice(0, MAX_ROW_TEXT);
        // Capped before any pattern runs over it: what a page puts in a row costs at most this much.
        const rest = cells.slice(1).map(spaced).join(' ').slice(0, MAX_ROW_TEXT);
        if (other) {
          const ds = n.dates(rest);
          e.otherPayers.push({
            name: label.slice(0, 200),
            from: ds[0] ?? null,
            to: ds[1] ?? null,
            detail: rest.slice(0, 300),
          });
        } else benefitRow(e, service, label, rest.replace(/\b(in|out of) network\b/gi, ''), network(rest));
      }
    }
    snapshot.eligibility = e;
    const name = txt(card.querySelector('#patient-summary h1, #patient-summary h2, #patient-summary h3'));
    snapshot.patient = patientFrom(
      name,
      pick(pairs, /^(dob|date of birth)$/),
      pick(pairs, /gender|sex/),
      null,
      e.dateOfService,
    );
    if (e.coverage === 'unknown') snapshot.read.problems.push('coverage chip not found');
    return { ok: true, snapshot };
  },
};
