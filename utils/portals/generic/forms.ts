import type { ServiceLine } from '../../model/snapshot';
import { all, txt, value } from '../dom';
import { type EntryRow, entryLine } from '../entry';
import { type Field, fieldOf } from '../grid';

/** The words that name a form control: label[for], a wrapping label, aria-label, aria-labelledby, placeholder. */
export function controlLabel(doc: Document, el: Element, forMap: Map<string, Element>): string {
  const by = el.getAttribute('aria-labelledby');
  return (
    txt(forMap.get(el.id) ?? el.closest('label')) ||
    el.getAttribute('aria-label') ||
    (by ? txt(doc.getElementById(by)) : '') ||
    el.getAttribute('placeholder') ||
    ''
  );
}

const ENTRY: Partial<Record<Field, keyof EntryRow>> = {
  from: 'from',
  dates: 'from',
  to: 'to',
  pos: 'pos',
  code: 'code',
  mods: 'mods',
  units: 'units',
  ptr: 'ptr',
  charge: 'charge',
};

/**
 * Form controls whose labels name line fields (procedure, modifier, units, charge…), grouped by the row
 * that holds them (tr, ARIA row, fieldset or a "row"/"line" block) → service lines as typed.
 */
export function formLines(doc: Document, limit = 400): ServiceLine[] {
  const rows = new Map<Element, EntryRow>();
  const forMap = new Map(all(doc, 'label[for]').map((l) => [l.getAttribute('for')!, l]));
  for (const el of all(doc, 'input:not([type=hidden]),select,textarea').slice(0, limit * 10)) {
    const key = ENTRY[fieldOf(controlLabel(doc, el, forMap)) ?? 'skip'];
    if (!key) continue;
    const row = el.closest('tr,[role=row],fieldset,[class*="row" i],[class*="line" i]') ?? doc.body;
    const rec = rows.get(row) ?? {};
    rec[key] = `${rec[key] ?? ''} ${value(el)}`.trim();
    rows.set(row, rec);
  }
  const lines: ServiceLine[] = [];
  for (const rec of rows.values()) {
    const line = rec.code !== undefined ? entryLine(rec, lines.length + 1) : null;
    if (line && lines.length < limit) lines.push(line);
  }
  return lines;
}
