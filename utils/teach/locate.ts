import { value } from '../portals/dom';
import type { Locator, Rows } from './recipe';

/**
 * Finding what a recipe names, in one frame's document only (never its parent, never another frame).
 * Plain DOM, no zod (this runs in the content script), never throws for any page or locator, and
 * bounded: each scan visits at most MAX_VISITS elements and compares only short texts (no pattern
 * from a recipe is ever run over page text: labels are compared as whole, normalised strings).
 */
export const MAX_VISITS = 20_000;
export const MAX_ROWS = 999;
const MAX_LABEL = 120;

/** How labels and headers compare: case, spacing and a trailing colon or asterisk do not matter. */
export const norm = (s: string | null | undefined): string =>
  (s ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[:*]+$/, '')
    .toLowerCase();

/** The text an element holds directly (its own text nodes), as a label would be written. */
export function ownText(el: Element): string {
  let out = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    if (out.length > MAX_LABEL * 2) break;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Elements under root whose own text is one of `wanted` (normalised), or starts with it and a colon. */
export function elementsWithText(root: ParentNode, wanted: ReadonlySet<string>): Map<string, Element[]> {
  const found = new Map<string, Element[]>();
  if (wanted.size === 0) return found;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 1);
  for (let i = 0; i < MAX_VISITS && walker.nextNode(); i++) {
    const el = walker.currentNode as Element;
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
    const own = ownText(el);
    if (!own || own.length > MAX_LABEL * 2) continue;
    let key = norm(own);
    if (!wanted.has(key)) {
      const colon = own.indexOf(':');
      key = colon > 0 ? norm(own.slice(0, colon)) : '';
      if (!wanted.has(key)) continue;
    }
    const list = found.get(key) ?? [];
    if (list.length < MAX_ROWS) list.push(el);
    found.set(key, list);
  }
  return found;
}

/** What a locator found: the element (when there is one) and the text it shows. */
export interface Found {
  el: Element | null;
  text: string;
}

const hasText = (el: Element | null | undefined): boolean => !!el && value(el) !== '';
const CELL = /^(TD|TH)$/;

/** The value a label names: a control it is for, the dd after a dt, the next cell, the next sibling… */
export function valueOfLabel(label: Element, key: string): Found | null {
  const own = ownText(label);
  const colon = own.indexOf(':');
  // "Status: Denied" in one element: the words after the colon.
  if (colon > 0 && norm(own.slice(0, colon)) === key && own.slice(colon + 1).trim())
    return { el: null, text: own.slice(colon + 1).trim() };
  const doc = label.ownerDocument;
  const forId = label.getAttribute('for');
  if (label.tagName === 'LABEL' && forId) {
    const control = doc.getElementById(forId);
    if (control) return { el: control, text: value(control) };
  }
  const control = label.tagName === 'LABEL' ? label.querySelector('input,select,textarea') : null;
  if (control) return { el: control, text: value(control) };
  // Text right after the label, before the next element ("<b>Claim #:</b> 7100000101<br>").
  let after = '';
  for (let n = label.nextSibling; n && n.nodeType === 3; n = n.nextSibling) after += n.nodeValue ?? '';
  if (after.trim()) return { el: null, text: after.replace(/\s+/g, ' ').trim() };
  const next = label.nextElementSibling;
  if (next && (hasText(next) || /^(INPUT|SELECT|TEXTAREA)$/.test(next.tagName)))
    return { el: next, text: value(next) };
  // The label alone in its own box: the value is the next box ("<div><span>Label</span></div><div>v</div>").
  const parent = label.parentElement;
  if (parent && !CELL.test(label.tagName) && parent.children.length === 1 && norm(ownText(parent)) === '') {
    const beside = parent.nextElementSibling;
    if (beside && hasText(beside)) return { el: beside, text: value(beside) };
  }
  return null;
}

/** The element whose accessible name is `name` (aria-label, or aria-labelledby naming elements). */
function byAccessibleName(root: ParentNode, name: string): Found | null {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const want = norm(name);
  const candidates = root.querySelectorAll('[aria-label],[aria-labelledby]');
  const count = Math.min(candidates.length, MAX_VISITS);
  for (let i = 0; i < count; i++) {
    const el = candidates[i]!;
    let label = el.getAttribute('aria-label');
    if (label === null) {
      const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).slice(0, 5);
      label = ids.map((id) => (id ? (doc.getElementById(id)?.textContent ?? '') : '')).join(' ');
    }
    if (norm(label.slice(0, MAX_LABEL * 2)) === want) return { el, text: value(el) };
  }
  return null;
}

/** Follows a short child path from the block `up` levels above the anchor label. */
function byAnchor(root: ParentNode, loc: Extract<Locator, { by: 'anchor' }>): Found | null {
  const key = norm(loc.anchor);
  const anchors = elementsWithText(root, new Set([key])).get(key) ?? [];
  for (const anchor of anchors.slice(0, 20)) {
    let block: Element | null = anchor;
    for (let i = 0; i < loc.up && block; i++) block = block.parentElement;
    if (!block || (root !== block && !(root as Node).contains(block))) continue;
    let el: Element | undefined = block;
    for (const step of loc.path) el = el?.children[step];
    if (el) return { el, text: value(el) };
  }
  return null;
}

/** A row's cells, and a table's header texts: HTML tables and ARIA tables and grids. */
export function cellsOf(row: Element): Element[] {
  if (row.tagName === 'TR') return Array.from((row as HTMLTableRowElement).cells);
  return Array.from(row.children).filter((c) =>
    /^(cell|gridcell|columnheader|rowheader)$/.test(c.getAttribute('role') ?? ''),
  );
}

/** Where a row sits: its header texts by column (normalised), when it is in a table with headers. */
export interface RowScope {
  row: Element;
  headers: string[];
}

/** Resolves one locator inside a scope (the document, or one service-line row). */
export function locate(loc: Locator, root: ParentNode, row?: RowScope): Found | null {
  try {
    if (loc.by === 'column') {
      if (!row) return null;
      const at = row.headers.indexOf(norm(loc.header));
      const cell = at < 0 ? undefined : cellsOf(row.row)[at];
      return cell ? { el: cell, text: value(cell) } : null;
    }
    if (loc.by === 'aria') return byAccessibleName(root, loc.name);
    if (loc.by === 'anchor') return byAnchor(root, loc);
    const key = norm(loc.label);
    for (const label of (elementsWithText(root, new Set([key])).get(key) ?? []).slice(0, 20)) {
      const found = valueOfLabel(label, key);
      if (found) return found;
    }
    return null;
  } catch {
    return null; // a locator that cannot be followed reads nothing
  }
}

function rowsOfTable(table: Element): Element[] {
  if (table.tagName === 'TABLE') return Array.from((table as HTMLTableElement).rows).slice(0, MAX_ROWS + 5);
  const owner = (r: Element) => r.closest('[role=table],[role=grid],[role=treegrid]');
  return Array.from(table.querySelectorAll('[role=row]'))
    .filter((r) => owner(r) === table)
    .slice(0, MAX_ROWS + 5);
}

const isHeaderRow = (row: Element): boolean => {
  const cells = cellsOf(row);
  return (
    cells.length > 0 && cells.every((c) => c.tagName === 'TH' || c.getAttribute('role') === 'columnheader')
  );
};

/** A table's header row (th / columnheader cells, else its first row) and the rows under it. */
export function tableParts(table: Element): { headers: string[]; rows: Element[] } | null {
  const rows = rowsOfTable(table);
  const at = rows.findIndex(isHeaderRow);
  const head = Math.max(at, 0);
  const header = rows[head];
  if (!header) return null;
  const headers = cellsOf(header).map((c) => norm(c.textContent?.slice(0, MAX_LABEL * 2)));
  const body = rows.slice(head + 1).filter((r) => !isHeaderRow(r) && cellsOf(r).some((c) => value(c) !== ''));
  return { headers, rows: body.slice(0, MAX_ROWS) };
}

/** The service-line rows a recipe names: every sibling row, each with its table's headers. */
export function findRows(rows: Rows, doc: Document): RowScope[] {
  try {
    if (rows.by === 'table') {
      const want = rows.headers.map(norm);
      const tables = doc.querySelectorAll('table,[role=table],[role=grid],[role=treegrid]');
      for (let i = 0; i < Math.min(tables.length, 200); i++) {
        const parts = tableParts(tables[i]!);
        if (!parts || !want.every((h) => parts.headers.includes(h))) continue;
        return parts.rows.map((row) => ({ row, headers: parts.headers }));
      }
      return [];
    }
    const key = norm(rows.label);
    const cards: Element[] = [];
    const seen = new Set<Element>();
    for (const label of elementsWithText(doc, new Set([key])).get(key) ?? []) {
      let card: Element | null = label;
      for (let i = 0; i < rows.up && card; i++) card = card.parentElement;
      if (!card || card === doc.documentElement || card === doc.body || seen.has(card)) continue;
      seen.add(card);
      cards.push(card);
    }
    return cards.slice(0, MAX_ROWS).map((row) => ({ row, headers: [] }));
  } catch {
    return [];
  }
}
