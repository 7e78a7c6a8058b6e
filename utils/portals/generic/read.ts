import { emptySnapshot } from '../../model/empty';
import type { Claim, PageKind, PageSnapshot, ServiceLine } from '../../model/snapshot';
import { all, txt } from '../dom';
import { claimFrom, type Field, lineGaps, type Rec, readGrid } from '../grid';
import { withGenericParts } from '../merge';
import * as n from '../normalise';
import { claimFromPairs, patientFromPairs } from '../pairs';
import { groupCards } from './cards';
import { collectPairs, type Pair } from './collect';
import { lettered, letteredIn } from './diagnoses';
import { readEligibility } from './eligibility';
import { gridHooks, linesFromRecs } from './tables';
import { CLAIM_LABELS, type ClaimLabel, classify } from './vocab';

/**
 * The generic reader, for pages no adapter knows (or parts an adapter could not read). It reads what a
 * biller reads, on evidence rather than one page shape: tables and ARIA grids named by their headers,
 * label/value pairs in every common form, repeated cards, lists and chips (see collect.ts, cards.ts),
 * values by their shapes (normalise.ts), and the page kind from what it found, with a confidence.
 * Every part read by guesswork is named in read.unsure, field by field; parts not on the page are
 * named in Claim.unread. Vocabulary: vocab.ts and ../grid.ts (README.md in this folder).
 */
const REMIT = /remit|\bera\b|\b835\b|explanation of (payment|benefit)|payment advice|\beob\b|voucher/;
const DETAIL = /claim (detail|summary|information|inquiry|status)/;
/** Header parts whose label is worth showing the biller: [claim field, words]. */
const NOTED: Partial<Record<ClaimLabel, [keyof Claim, string]>> = {
  claimNumber: ['claimNumber', 'Claim number'],
  status: ['status', 'Status'],
  billed: ['billed', 'Billed'],
  paid: ['paid', 'Paid'],
  check: ['checkNumber', 'Check/EFT number'],
  received: ['receivedDate', 'Received'],
  finalized: ['finalizedDate', 'Finalized'],
  patientResponsibility: ['patientResponsibility', 'Patient responsibility'],
};

/** Diagnosis fields of a form: each one's letter from its label ("A", "Dx 2") or its row, else its order. */
function diagnosisControls(pairs: Pair[], claim: Claim): boolean {
  const controls = pairs.filter((p) => p.control && classify(CLAIM_LABELS, p.label) === 'diagnoses');
  if (!controls.length) return false;
  // One field holding the whole list ("M54.50, M62.81") letters its codes in order.
  const list = controls.length === 1 ? letteredIn(controls[0]?.value ?? '') : [];
  claim.diagnoses =
    list.length > 1
      ? list
      : lettered(
          controls.map((p) => [
            /\b([a-l]|1[0-2]|[1-9])$/.exec(p.label)?.[1] ?? txt(p.control?.closest('tr')?.firstElementChild),
            p.value,
          ]),
        );
  // Typed text that holds no code it knows is not "no diagnoses": the pointers cannot be judged.
  const typed = controls.some((p) => p.value.trim() !== '');
  claim.unread = claim.unread.filter((u) => u !== 'diagnoses');
  if (typed && claim.diagnoses.length === 0) claim.unread.push('diagnoses');
  return true;
}

export function readGeneric(
  doc: Document,
  url: URL,
  portal: PageSnapshot['portal'],
  base?: PageSnapshot,
): PageSnapshot {
  return base
    ? withGenericParts(base, () => readPageGenerically(doc, url, portal))
    : readPageGenerically(doc, url, portal);
}

function readPageGenerically(doc: Document, url: URL, portal: PageSnapshot['portal']): PageSnapshot {
  const s = emptySnapshot(url.href, portal, 'unknown', 'generic');
  const notes = s.read.unsure;
  const pairs = collectPairs(doc);
  const cards = groupCards(pairs);
  const head = new Map<string, string>();
  for (const p of cards.header) if (!head.has(p.label) && (p.value || p.control)) head.set(p.label, p.value);

  let lines: ServiceLine[] = [];
  let lineFields: (Field | null)[] = [];
  const lineTables: { t: Element; lines: ServiceLine[]; fields: (Field | null)[] }[] = [];
  let entry = false;
  let list: Claim[] = [];
  let dxRows: Rec[] | null = null;
  const others: Element[] = [];
  for (const t of all(doc, 'table,[role=table],[role=grid]').slice(0, 60)) {
    if (t.parentElement?.closest('table,[role=table],[role=grid]')) continue;
    const { fields, recs } = readGrid(t, 5000, gridHooks(t));
    const cols = fields.filter((f) => f && f !== 'skip').join(', ');
    if (fields.includes('code')) {
      const read = linesFromRecs(recs, lines.length + 1);
      if (!read.length) continue;
      lines.push(...read);
      lineTables.push({ t, lines: linesFromRecs(recs), fields });
      lineFields = [...lineFields, ...fields];
      entry ||= t.querySelector('input,select,textarea') !== null;
      notes.push(`Service lines: ${read.length} from a table with columns ${cols}`);
    } else if (fields.includes('claim')) {
      const read = recs.map(claimFrom).filter((c) => c !== null);
      list.push(...read.slice(0, 5000 - list.length));
      if (read.length) notes.push(`Claims: ${read.length} from a table with columns ${cols}`);
    } else if (fields.includes('dx')) dxRows ??= recs;
    else others.push(t);
  }
  if (!lines.length && cards.lines.length) {
    lines = linesFromRecs(cards.lines);
    lineFields = [...cards.lineFields];
    entry = cards.controls;
    if (lines.length)
      notes.push(`Service lines: ${lines.length} from ${entry ? 'form fields' : 'repeated cards'}`);
  }
  if (!list.length && cards.claims.length > 1) {
    list = cards.claims.map(claimFrom).filter((c) => c !== null);
    notes.push(`Claims: ${list.length} from repeated cards`);
  }

  const claim = claimFromPairs(head);
  const noted = new Set<string>();
  for (const [label, v] of head) {
    const [key, words] = NOTED[classify(CLAIM_LABELS, label) ?? 'payer'] ?? [];
    if (key && words && claim[key] !== null && v && !noted.has(key))
      noted.add(key) && notes.push(`${words}: from “${label}”`);
  }
  claim.serviceLines = lines.slice(0, 999);
  if (lines.length) lineGaps(claim, lineFields);
  if (diagnosisControls(pairs, claim)) notes.push('Diagnoses: from the diagnosis fields');
  else if (dxRows) {
    claim.diagnoses = lettered(dxRows.map((r) => [n.text(r.ptr ?? r.line), n.text(r.dx)]));
    claim.unread = claim.unread.filter((u) => u !== 'diagnoses');
    notes.push('Diagnoses: from a diagnosis table');
  } else if (claim.diagnoses.length) {
    // The same text the header reading took, now with the letters the page writes ("A: … C: …").
    const text = [...head].find(
      ([l, v]) => classify(CLAIM_LABELS, l) === 'diagnoses' && letteredIn(v).length,
    );
    if (text) claim.diagnoses = letteredIn(text[1]);
    notes.push('Diagnoses: from their label');
  }

  const title = n
    .text(
      `${doc.title} ${all(doc, 'h1,h2')
        .map((h) => txt(h))
        .join(' ')}`,
    )
    .toLowerCase();
  const adjudicated = lines.some((l) => l.paid !== null || l.adjustments.length > 0 || l.remarks.length > 0);
  let kind: PageKind = 'unknown';
  let sure = 0;
  let why = '';
  // A payment covering several claims: one block per claim, each with its own header and line table.
  const blocks = cards.claimBlocks.map((b) => ({ b, tables: lineTables.filter((x) => b.el.contains(x.t)) }));
  const sections =
    blocks.length > 1 && blocks.every((x) => x.tables.length)
      ? blocks.map(({ b, tables }) => {
          const own = new Map<string, string>();
          for (const p of [...b.pairs, ...cards.header])
            if (!own.has(p.label) && p.value) own.set(p.label, p.value);
          const c = claimFromPairs(own);
          c.serviceLines = tables.flatMap((x) => x.lines).map((l, i) => ({ ...l, line: i + 1 }));
          lineGaps(
            c,
            tables.flatMap((x) => x.fields),
          );
          return c;
        })
      : null;
  if (sections) notes.push(`Claims: ${sections.length} in one payment, each with its own lines`);
  if (lines.length) {
    s.claims = sections ?? [claim, ...list.filter((c) => c.claimNumber !== claim.claimNumber)];
    const remit = REMIT.test(title) || (claim.checkNumber !== null && adjudicated && !DETAIL.test(title));
    [kind, sure, why] = entry
      ? ['claim-entry', 0.9, 'procedure codes in form fields']
      : remit
        ? [
            'remittance',
            REMIT.test(title) ? 0.85 : 0.65,
            'paid amounts and adjustments, a remittance title or check number',
          ]
        : [
            'claim-detail',
            adjudicated ? 0.75 : 0.6,
            adjudicated ? 'lines with paid amounts or adjustments' : 'service lines',
          ];
  } else if (list.length > 1 || (list.length === 1 && !claim.claimNumber)) {
    s.claims = list;
    [kind, sure, why] = [
      'claim-status',
      list.length > 1 ? 0.9 : 0.7,
      `${list.length} claims with claim numbers`,
    ];
  } else if (claim.claimNumber && claim.status) {
    const dates = n.dates([...head].find(([l]) => classify(CLAIM_LABELS, l) === 'dos')?.[1] ?? '');
    if (dates.length) claim.serviceDates = { from: dates[0]!, to: dates[dates.length - 1]! };
    claim.unread = []; // a status answer has no lines: nothing on it needs diagnoses or an authorization
    s.claims = [claim];
    [kind, sure, why] = ['claim-status', 0.7, 'a claim number and its status, no service lines'];
  } else {
    const elig = readEligibility(cards.header, others);
    if (elig) {
      s.eligibility = elig.eligibility;
      kind = 'eligibility';
      sure = elig.evidence.length > 1 ? 0.85 : 0.6;
      why = `eligibility words: ${[...new Set(elig.evidence)].slice(0, 4).join(', ')}`;
    }
  }
  if (kind !== 'unknown') {
    notes.push(`Page kind: ${kind}, ${Math.round(sure * 100)}% sure (${why})`);
    s.read.kindConfidence = sure;
  }
  s.kind = kind;
  s.patient = kind === 'unknown' ? null : patientFromPairs(head, claim);
  s.read.unsure = notes.slice(0, 100);
  return s;
}
