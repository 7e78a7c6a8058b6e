import { emptyClaim, emptyLine, markUnread } from '../model/empty';
import type { Claim, ServiceLine } from '../model/snapshot';
import { all, spaced, txt } from './dom';
import * as n from './normalise';

/** What a column (or a label) holds, recognised from its header words. Order matters: first match wins. */
export type Field =
  | 'skip'
  | 'codes'
  | 'claim'
  | 'status'
  | 'fin'
  | 'check'
  | 'received'
  | 'ptr'
  | 'dx'
  | 'from'
  | 'to'
  | 'dates'
  | 'pos'
  | 'code'
  | 'mods'
  | 'units'
  | 'pr'
  | 'allowed'
  | 'paid'
  | 'charge'
  | 'group'
  | 'adjAmt'
  | 'line';

/**
 * The line and list vocabulary: header or label words → field (generic/README.md lists it). One line
 * per field; a synonym is added to its regex, with a line in generic/vocab.test.ts. The patient's
 * control / account number is kept apart from the claim number (it is the provider's, not the payer's).
 */
export const FIELDS: readonly [Field, RegExp][] = [
  [
    'skip',
    /non.?cov|not cov|deduct|coins|copay|member (id|number)|medicare (number|id)|name|npi|description|type|birth|\bdob\b|patient (control|account|acct)|account (number|#|no)|\bpcn\b|recipient|\bmbi\b/,
  ],
  ['adjAmt', /adj\w*\.? ?(amt|amount)/],
  ['group', /^(adj\w* )?group( code)?$|^grp$/],
  ['codes', /reason|remark|carc|rarc|adjust|denial|\bcas\b/],
  ['claim', /claim (number|#|no|id)|control (number|#)|\bicn\b|\bdcn\b|\btcn\b|^claim$/],
  ['status', /status/],
  ['fin', /finali|processed|paid date|adjudicat/],
  ['check', /check|eft/],
  ['received', /receiv|receipt|submitted date|date submitted/],
  ['ptr', /pointer|ptr/],
  ['dx', /diagnos|icd|^dx\b/],
  ['from', /from/],
  ['to', /^to\b|\bto (service )?date|through|thru/],
  ['dates', /date|\bdos\b/],
  ['pos', /place of service|^pos\b/],
  ['code', /proc|cpt|hcpcs|service code|^code$|billing code/],
  ['mods', /modifier|^mod/],
  ['units', /unit|qty|quantity|days or/],
  ['pr', /patient resp|member resp|pt resp/],
  ['allowed', /allow/],
  ['paid', /paid|payment/],
  ['charge', /bill|charge|submitted|^(amount|amt)$/],
  ['line', /^(line|ln)\b|^#$/],
];

export const fieldOf = (header: string): Field | null =>
  FIELDS.find(([, re]) => re.test(header.toLowerCase()))?.[0] ?? null;

export type Rec = Partial<Record<Field, string>> & { row?: Element };

const isAria = (t: Element) => t.tagName !== 'TABLE';

/** Rows of this table only (not of tables or ARIA grids nested in its cells). */
function rowsOf(table: Element): Element[] {
  if (!isAria(table)) return Array.from((table as HTMLTableElement).rows);
  return all(table, '[role=row]').filter(
    (r) => r.parentElement?.closest('[role=table],[role=grid]') === table,
  );
}

// A row's own td/th children (what row.cells lists, without building a live collection per row).
const tableCells = (row: Element): Element[] => {
  const out: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling)
    if (c.tagName === 'TD' || c.tagName === 'TH') out.push(c);
  return out;
};

export const cellsOf = (row: Element): Element[] =>
  row.tagName === 'TR'
    ? tableCells(row)
    : all(row, '[role=cell],[role=gridcell],[role=columnheader],[role=rowheader]').filter(
        (c) => c.closest('[role=row]') === row,
      );

/**
 * How a grid is read on a page no adapter knows (generic/tables.ts): a header found another way,
 * cells spanning columns, cells holding form controls. Adapters read their own tables without them.
 */
export interface GridHooks {
  head?(rows: Element[]): number;
  span?(cell: Element): number;
  cell?(cell: Element): string;
}

/**
 * A table or ARIA grid → one record per data row, keyed by what each header names. Several columns
 * naming the same thing (Modifier 1..4, CARC + RARC) are joined. A short row right after a data row
 * (Availity's expanded "Reason/Remark Codes" row) adds its codes to that row.
 */
export function readGrid(
  table: Element,
  limit = 999,
  hooks: GridHooks = {},
): { fields: (Field | null)[]; recs: Rec[] } {
  const rows = rowsOf(table);
  let headIdx = rows.findIndex((r) => {
    const c = cellsOf(r);
    return c.length > 1 && c.every((x) => x.tagName === 'TH' || x.getAttribute('role') === 'columnheader');
  });
  if (headIdx < 0 && hooks.head) headIdx = hooks.head(rows);
  const span = hooks.span ?? (() => 1);
  const cellText = hooks.cell ?? spaced;
  const fields =
    headIdx < 0
      ? []
      : cellsOf(rows[headIdx]!).flatMap((c) => Array<Field | null>(span(c)).fill(fieldOf(txt(c))));
  const recs: Rec[] = [];
  for (const row of rows.slice(headIdx + 1)) {
    if (recs.length >= limit) break;
    const cells = cellsOf(row);
    const prev = recs[recs.length - 1];
    if (cells.length < Math.min(3, fields.length)) {
      const t = spaced(row);
      if (prev && /reason|remark|adjust/i.test(t))
        prev.codes = `${prev.codes ?? ''} ${t.replace(/^[^:]*codes?:?/i, '')}`;
      continue;
    }
    const rec: Rec = { row };
    let at = 0;
    for (const c of cells) {
      const f = fields[at];
      at += span(c);
      if (f && f !== 'skip') rec[f] = rec[f] ? `${rec[f]} ${cellText(c)}` : cellText(c);
    }
    recs.push(rec);
  }
  return { fields, recs };
}

const uniq = <T>(xs: T[], key: (x: T) => string): T[] => {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(key(x)) && seen.add(key(x)));
};

/** Reason/remark text → adjustments + remarks, de-duplicated (the column and expanded row repeat). */
export function codesInto(
  target: Pick<ServiceLine, 'adjustments' | 'remarks'>,
  textValue: string | undefined,
) {
  if (!textValue) return;
  const r = n.reasonAndRemarkCodes(textValue);
  const merged = uniq([...target.adjustments, ...r.adjustments], (a) => `${a.group}${a.reason}`);
  // "97" next to "CO-97" (column and expanded row) is the same adjustment.
  target.adjustments = merged.filter((a) => a.group || !merged.some((b) => b.group && b.reason === a.reason));
  target.remarks = uniq([...target.remarks, ...r.remarks], (x) => x);
}

/** A record → a service line; null when the row has no procedure code (totals, blank entry rows). */
export function lineFrom(rec: Rec, index: number): ServiceLine | null {
  const proc = n.procedure(rec.code);
  if (!proc) return null;
  const no = Number(n.text(rec.line));
  const line = emptyLine(Number.isInteger(no) && no > 0 && no < 1e6 ? no : index);
  const ds = n.dates(`${rec.from ?? ''} ${rec.dates ?? ''} ${rec.to ?? ''}`);
  line.dosFrom = ds[0] ?? null;
  line.dosTo = ds[ds.length - 1] ?? null;
  line.pos = /^\d{2}$/.test(n.text(rec.pos)) ? n.text(rec.pos) : null;
  line.code = proc.code;
  line.modifiers = [...new Set([...proc.modifiers, ...n.modifiers(rec.mods)])].slice(0, 4);
  line.units = n.units(rec.units);
  line.diagnosisPointers = n.pointers(rec.ptr);
  line.charge = n.money(rec.charge);
  line.allowed = n.money(rec.allowed);
  line.paid = n.money(rec.paid);
  codesInto(line, rec.codes);
  return line;
}

/** A results-table record → a claim (claim status lists); null without a claim number. */
export function claimFrom(rec: Rec): Claim | null {
  const num = n.text(rec.claim).split(' ')[0];
  if (!num || !/\d/.test(num)) return null;
  const claim = emptyClaim();
  claim.claimNumber = num.slice(0, 64);
  claim.status = rec.status ? n.claimStatus(rec.status) : null;
  claim.finalizedDate = n.firstDate(rec.fin);
  claim.receivedDate = n.firstDate(rec.received);
  const ds = n.dates(`${rec.from ?? ''} ${rec.dates ?? ''} ${rec.to ?? ''}`).sort();
  if (ds.length) claim.serviceDates = { from: ds[0]!, to: ds[ds.length - 1]! };
  claim.checkNumber = n.text(rec.check).slice(0, 64) || null;
  claim.billed = n.money(rec.charge);
  claim.paid = n.money(rec.paid);
  claim.allowed = n.money(rec.allowed);
  codesInto(claim, rec.codes);
  return claim;
}

/** A line table → its service lines (rows without a procedure code dropped). */
const linesFromGrid = (recs: Rec[]): ServiceLine[] =>
  recs.map((r, i) => lineFrom(r, i + 1)).filter((l) => l !== null);

export const linesOf = (table: Element): ServiceLine[] => linesFromGrid(readGrid(table).recs);

/**
 * A line table → the claim's service lines. A table without a modifier column (and no modifiers in
 * its procedure cells) or without a pointer column did not show them: they are named unread, so a
 * check that needs them says "could not check" instead of "missing".
 */
export function linesInto(claim: Claim, table: Element): void {
  const { fields, recs } = readGrid(table);
  claim.serviceLines = linesFromGrid(recs);
  lineGaps(claim, fields);
}

export function lineGaps(claim: Claim, fields: readonly (Field | null)[]): void {
  const lines = claim.serviceLines;
  markUnread(claim, 'modifiers', !fields.includes('mods') && !lines.some((l) => l.modifiers.length));
  markUnread(claim, 'diagnosisPointers', !fields.includes('ptr'));
}

/** A results table → its claims (rows without a claim number dropped). */
/** Claim lists run to thousands of rows (the snapshot holds up to 5,000 claims). */
export const claimsOf = (table: Element): Claim[] =>
  readGrid(table, 5000)
    .recs.map(claimFrom)
    .filter((c) => c !== null);
