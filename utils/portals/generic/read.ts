import type { PageKind, PageSnapshot } from '../../model/snapshot';
import { emptyClaim, emptyEligibility, emptySnapshot } from '../adapter';
import { accumulator, network } from '../availity/eligibility';
import { all, labelPairs, pick, txt } from '../dom';
import { claimFrom, lineFrom, readGrid } from '../grid';
import * as n from '../normalise';
import { claimFromPairs, patientFromPairs } from '../pairs';
import { formLines } from './forms';

/**
 * The generic reader, for pages no adapter knows (or an adapter could not read). It reads what the
 * page names: tables / ARIA grids whose headers name procedure codes (service lines) or claim numbers
 * (a claims list), label/value pairs (dt/dd, th/td, label + control), and form controls labelled as
 * line fields. The kind is guessed from what it found; every guess is listed in read.unsure.
 */
export function readGeneric(doc: Document, url: URL, portal: PageSnapshot['portal']): PageSnapshot {
  const s = emptySnapshot(url.href, portal, 'unknown', 'generic');
  const unsure = s.read.unsure;
  const claim = emptyClaim();
  const list: typeof s.claims = [];
  for (const t of all(doc, 'table,[role=table],[role=grid]').slice(0, 40)) {
    if (t.parentElement?.closest('table,[role=table],[role=grid]')) continue;
    const { fields, recs } = readGrid(t, 1000);
    if (fields.includes('code')) {
      const lines = recs
        .map((r, i) => lineFrom(r, claim.serviceLines.length + i + 1))
        .filter((l) => l !== null);
      if (lines.length)
        unsure.push(
          `service lines from a table with columns: ${fields.filter((f) => f && f !== 'skip').join(', ')}`,
        );
      claim.serviceLines.push(...lines.slice(0, 999 - claim.serviceLines.length));
    } else if (fields.includes('claim')) {
      list.push(
        ...recs
          .map(claimFrom)
          .filter((c) => c !== null)
          .slice(0, 5000 - list.length),
      );
      unsure.push('claims list from a table with a claim number column');
    }
  }
  const entry = claim.serviceLines.length ? [] : formLines(doc);
  if (entry.length) {
    claim.serviceLines = entry;
    unsure.push('service lines from form fields named by their labels');
  }
  const pairs = labelPairs(doc);
  for (const el of all(doc, 'input[aria-label],select[aria-label]').slice(0, 500))
    if (!pairs.has(el.getAttribute('aria-label')!.toLowerCase()))
      pairs.set(el.getAttribute('aria-label')!.toLowerCase(), (el as HTMLInputElement).value ?? '');
  const head = claimFromPairs(pairs);
  // The header fields the labels gave: each one is a guess the user can see.
  for (const [k, v] of Object.entries(head))
    if (v !== null && !Array.isArray(v) && k !== 'claimType') unsure.push(`${k} from its label`);
  if (head.diagnoses.length) unsure.push('diagnoses from their label');
  Object.assign(claim, head, { serviceLines: claim.serviceLines });
  const cov = `${pick(pairs, /coverage|eligibility status|eligib/) ?? ''}`;
  const page = txt(doc.querySelector('h1,title'));
  let kind: PageKind = 'unknown';
  if (claim.claimNumber || claim.serviceLines.length) {
    s.claims = [claim, ...list.filter((c) => c.claimNumber !== claim.claimNumber)];
    kind = entry.length
      ? 'claim-entry'
      : claim.serviceLines.length
        ? /remit|explanation of|eob|era\b/i.test(page)
          ? 'remittance'
          : 'claim-detail'
        : 'claim-status';
  } else if (list.length) {
    s.claims = list;
    kind = 'claim-status';
  } else if (/active|inactive|eligib/i.test(cov)) {
    const e = emptyEligibility();
    e.coverage = /inactive|not eligible|terminated/i.test(cov)
      ? 'inactive'
      : /active/i.test(cov)
        ? 'active'
        : 'unknown';
    for (const [k, v] of pairs) {
      if (/deductible/.test(k)) e.deductible.push(accumulator(k, v, network(k + v)));
      else if (/out.of.pocket/.test(k)) e.outOfPocket.push(accumulator(k, v, network(k + v)));
    }
    e.planBegin = n.firstDate(pick(pairs, /(plan|coverage|eligibility) (begin|start|effective)/));
    e.planEnd = n.firstDate(pick(pairs, /(plan|coverage|eligibility) (end|termination)/));
    e.dateOfService = n.firstDate(pick(pairs, /date of service/));
    s.eligibility = e;
    kind = 'eligibility';
    unsure.push('eligibility from labels');
  }
  if (kind !== 'unknown') unsure.push(`page kind guessed as ${kind}`);
  s.kind = kind;
  s.patient = kind === 'unknown' ? null : patientFromPairs(pairs, claim);
  s.read.unsure = unsure.slice(0, 100);
  return s;
}
