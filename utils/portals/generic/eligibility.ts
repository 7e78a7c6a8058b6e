import type { CoveragePeriod, Eligibility } from '../../model/eligibility';
import { emptyEligibility } from '../../model/empty';
import { benefitRow, network } from '../availity/eligibility';
import { sectionOf } from '../mac/common';
import { periods } from '../mac/eligibility';
import * as n from '../normalise';
import type { Pair } from './collect';
import { classify, ELIGIBILITY_LABELS, SEGMENT_TITLES } from './vocab';

/**
 * An eligibility response from what the page names: coverage status and plan dates from labels,
 * benefits (deductible, out-of-pocket, copay, coinsurance) from labels or benefit rows, and tables of
 * coverage periods classed by their title (Part A/B, Medicare Advantage, hospice, home health, MSP,
 * managed care / third-party liability / other insurance, benefit plans with their status).
 * Coverage on the date of service: the page's own words first, else the plan rows or Part A/B dates.
 * Returns null when nothing on the page is about eligibility; `evidence` says what was found.
 */
const BENEFIT = /deductible|out.of.pocket|\boop\b|co-?pay|co-?ins/;
const open = (p: CoveragePeriod, dos: string) => (!p.from || p.from <= dos) && (!p.to || dos <= p.to);

export function readEligibility(
  header: Pair[],
  tables: Element[],
): { eligibility: Eligibility; evidence: string[] } | null {
  const e = emptyEligibility();
  const evidence: string[] = [];
  let words: string | null = null;
  for (const { label, value } of header) {
    const f = classify(ELIGIBILITY_LABELS, label);
    const date = n.firstDate(value);
    if (BENEFIT.test(label)) {
      const money = n.money(value);
      if (/remaining/.test(label) && money !== null)
        e.deductible.push({ network: network(label), level: null, total: null, met: null, remaining: money });
      else benefitRow(e, label, label, value, network(label + value));
      evidence.push(label);
    } else if (f === 'coverage' && /active|eligib|terminat|cancel|ended/i.test(value)) {
      words ??= value;
      evidence.push(label);
    } else if (f === 'dos') e.dateOfService ??= date;
    else if (f === 'begin') e.planBegin ??= date;
    else if (f === 'end') e.planEnd ??= date;
    else if (f === 'eligibilityBegin') e.eligibilityBegin ??= date;
    else if (f === 'eligibilityEnd') e.eligibilityEnd ??= date;
    else if (f === 'payer') e.payer ??= value;
    else if (f === 'plan') e.planName ??= value;
    else if (f === 'planType') e.planType ??= value;
  }
  const plans: CoveragePeriod[] = [];
  for (const t of tables) {
    const kind = classify(SEGMENT_TITLES, n.text(sectionOf(t)).toLowerCase());
    for (const { first, p } of periods(t)) {
      const part = /^part ([ab])\b/i.exec(first)?.[1]?.toUpperCase();
      if (part === 'A') e.partA = p;
      else if (part === 'B') e.partB = p;
      else if (!p.from && !p.to) {
        // A benefit row: label, then network, level and amounts in the other cells.
        if (BENEFIT.test(first.toLowerCase())) {
          benefitRow(e, first, first, p.detail ?? '', network(p.detail ?? ''));
          evidence.push(first);
        }
        continue;
      } else if (kind === 'advantage') e.medicareAdvantage.push(p);
      else if (kind === 'hospice') e.hospice.push(p);
      else if (kind === 'homeHealth') e.homeHealth.push(p);
      else if (kind === 'msp') e.msp.push(p);
      else if (kind === 'other') e.otherPayers.push(p);
      else if (kind === 'plan') plans.push(p);
      else continue;
      evidence.push(`${kind ?? `part ${part}`} dates`);
    }
  }
  const dos = e.dateOfService;
  const entitled = [e.partA, e.partB].filter((p): p is CoveragePeriod => p !== null);
  if (words) e.coverage = /inactive|not eligible|terminat|cancel|ended/i.test(words) ? 'inactive' : 'active';
  else if (dos && plans.length) {
    // The plan row in force on the date of service, else the one that ended last.
    const current = plans.find((p) => open(p, dos) && !/terminat|cancel|inactive/i.test(p.detail ?? ''));
    const last = current ?? [...plans].sort((a, b) => (b.to ?? '9').localeCompare(a.to ?? '9'))[0]!;
    e.coverage = current ? 'active' : 'inactive';
    e.planBegin ??= last.from;
    e.planEnd ??= last.to;
  } else if (dos && entitled.length) e.coverage = entitled.some((p) => open(p, dos)) ? 'active' : 'inactive';
  if (entitled.length) e.payer ??= 'Medicare';
  if (!evidence.length && !words) return null;
  return { eligibility: e, evidence };
}
