import { value } from '../portals/dom';
import { cellsOf, type Found, findRows, locate, norm, ownText, type RowScope, tableParts } from './locate';
import type { Locator, Rows } from './recipe';

/**
 * From the element a biller clicked to a locator that finds it again, preferring what survives a
 * redesign: an accessible name, the label beside it, its column header, then a labelled block and a
 * short path inside it. Each candidate is kept only if following it leads back to the clicked element
 * (generate, then verify). Plain DOM, content-script safe; never throws.
 */
const SHORT = 60;
const isLabelText = (t: string) => t.length > 0 && t.length <= SHORT && /[A-Za-z]/.test(t);
const clip = (t: string) =>
  t
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[:*]+$/, '')
    .slice(0, 120);

/** The same element, one inside the other, or the same text: the locator leads back to the click. */
function leadsBack(found: Found | null, el: Element): boolean {
  if (!found) return false;
  if (found.el) return found.el === el || found.el.contains(el) || el.contains(found.el);
  const t = value(el);
  return t !== '' && (found.text === t || found.text.endsWith(t) || t.endsWith(found.text));
}

/** Words that could be this element's label, nearest first. */
function labelCandidates(el: Element): string[] {
  const out: string[] = [];
  const add = (t: string | null | undefined) => {
    const c = clip(t ?? '');
    if (isLabelText(c) && !out.includes(c)) out.push(c);
  };
  const own = ownText(el);
  const colon = own.indexOf(':');
  if (colon > 0) add(own.slice(0, colon));
  const doc = el.ownerDocument;
  if (el.id) {
    for (const l of Array.from(doc.querySelectorAll('label[for]')).slice(0, 500))
      if (l.getAttribute('for') === el.id) add(l.textContent);
  }
  const wrapping = el.closest('label');
  if (wrapping) add(ownText(wrapping));
  if (el.tagName === 'DD') {
    let dt = el.previousElementSibling;
    while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
    add(dt?.textContent);
  }
  for (let x: Element | null = el, depth = 0; x && depth < 3; x = x.parentElement, depth++) {
    const prev = x.previousElementSibling;
    if (prev) add(prev.textContent);
    // A text label right before the element ("Claim #: <span>…</span>") has no element to click.
    const before = x.previousSibling;
    if (before?.nodeType === 3) add(before.nodeValue);
    if (x.parentElement && x.parentElement.children.length > 1) break;
  }
  return out.slice(0, 6);
}

function accessibleName(el: Element): string | null {
  for (let x: Element | null = el, depth = 0; x && depth < 2; x = x.parentElement, depth++) {
    const name = x.getAttribute('aria-label');
    if (name && isLabelText(clip(name))) return clip(name);
  }
  return null;
}

/** A labelled block around the element, and the child path from it down to the element. */
function anchorFor(el: Element): Locator | null {
  let block: Element | null = el.parentElement;
  const path: number[] = [Array.prototype.indexOf.call(el.parentElement?.children ?? [], el)];
  for (let depth = 0; block && depth < 5; depth++) {
    const walker = el.ownerDocument.createTreeWalker(block, 1);
    for (let i = 0; i < 200 && walker.nextNode(); i++) {
      const cand = walker.currentNode as Element;
      if (cand === el || cand.contains(el) || el.contains(cand)) continue;
      const t = clip(ownText(cand));
      if (!isLabelText(t)) continue;
      let up = 0;
      for (let x: Element | null = cand; x && x !== block; x = x.parentElement) up++;
      if (up <= 4 && path.length <= 6) return { by: 'anchor', anchor: t, up, path: [...path] };
    }
    const parent: Element | null = block.parentElement;
    if (!parent) break;
    path.unshift(Array.prototype.indexOf.call(parent.children, block));
    block = parent;
  }
  return null;
}

/** A header-level field (claim number, status, plan…): the first locator that leads back to `el`. */
export function locatorFor(el: Element, root: ParentNode, row?: RowScope): Locator | null {
  try {
    const candidates: Locator[] = [];
    const name = accessibleName(el);
    if (name) candidates.push({ by: 'aria', name });
    if (row && row.headers.length > 0) {
      const cell = el.closest('td,th,[role=cell],[role=gridcell]');
      const at = cell ? cellsOf(row.row).indexOf(cell) : -1;
      const header = at >= 0 ? row.headers[at] : undefined;
      if (header) candidates.push({ by: 'column', header: originalHeader(row, at) ?? header });
    }
    for (const label of labelCandidates(el)) candidates.push({ by: 'label', label });
    const anchor = anchorFor(el);
    if (anchor) candidates.push(anchor);
    return candidates.find((c) => leadsBack(locate(c, root, row), el)) ?? null;
  } catch {
    return null;
  }
}

/** The header as the page writes it (the recipe keeps the page's words; matching ignores case). */
function originalHeader(row: RowScope, at: number): string | null {
  const table = row.row.closest('table,[role=table],[role=grid],[role=treegrid]');
  const rows = table ? Array.from(table.querySelectorAll('tr,[role=row]')).slice(0, 10) : [];
  for (const r of rows) {
    const cells = cellsOf(r);
    if (
      cells.length > 0 &&
      cells.every((c) => c.tagName === 'TH' || c.getAttribute('role') === 'columnheader')
    )
      return clip(cells[at]?.textContent ?? '') || null;
  }
  return null;
}

/** The service-line rows around a clicked row: its table (by header words) or its repeated block. */
export function rowsFor(el: Element, doc: Document): { rows: Rows; scope: RowScope } | null {
  try {
    const tr = el.closest('tr,[role=row]');
    const table = tr?.closest('table,[role=table],[role=grid],[role=treegrid]');
    const parts = table ? tableParts(table) : null;
    if (tr && parts && parts.headers.filter(Boolean).length >= 2 && parts.rows.includes(tr)) {
      const headers = (originalHeaders(table!) ?? parts.headers).filter(Boolean).slice(0, 20);
      return { rows: { by: 'table', headers }, scope: { row: tr, headers: parts.headers } };
    }
    // Repeated blocks: the nearest ancestor with a sibling of the same tag holding the same label.
    for (let card: Element | null = el, depth = 0; card && depth < 8; card = card.parentElement, depth++) {
      const parent = card.parentElement;
      if (!parent || parent === doc.documentElement) break;
      const twins = Array.from(parent.children).filter((c) => c !== card && c.tagName === card!.tagName);
      if (twins.length === 0) continue;
      const walker = doc.createTreeWalker(card, 1);
      for (let i = 0; i < 300 && walker.nextNode(); i++) {
        const label = walker.currentNode as Element;
        const t = clip(ownText(label));
        if (!isLabelText(t) || !twins.some((tw) => norm(tw.textContent).includes(norm(t)))) continue;
        let up = 0;
        for (let x: Element | null = label; x && x !== card; x = x.parentElement) up++;
        if (up < 1 || up > 6) continue;
        const rows: Rows = { by: 'cards', label: t, up };
        const found = findRows(rows, doc);
        if (found.length >= 1 && found.some((f) => f.row === card))
          return { rows, scope: { row: card, headers: [] } };
      }
    }
    return null;
  } catch {
    return null;
  }
}

function originalHeaders(table: Element): string[] | null {
  const rows = Array.from(table.querySelectorAll('tr,[role=row]')).slice(0, 10);
  for (const r of rows) {
    const cells = cellsOf(r);
    if (
      cells.length > 0 &&
      cells.every((c) => c.tagName === 'TH' || c.getAttribute('role') === 'columnheader')
    )
      return cells.map((c) => clip(c.textContent ?? ''));
  }
  return null;
}

/** The row scope a clicked line cell belongs to, among the rows the recipe already names. */
export function rowScopeOf(el: Element, rows: Rows, doc: Document): RowScope | null {
  return findRows(rows, doc).find((r) => r.row === el || r.row.contains(el)) ?? null;
}
