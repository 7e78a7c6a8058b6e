import { text } from './normalise';

/**
 * Small DOM helpers shared by every reader. textContent only (innerText forces layout and skips
 * display:none tabs the MAC pages hide data in); nothing here writes to the page.
 */
export const txt = (n: Node | null | undefined): string => text(n?.textContent);

/** Text with element boundaries kept as spaces: two stacked <p> dates stay two dates. */
export function spaced(n: Node | null | undefined): string {
  if (!n) return '';
  // Most cells hold one text node: no walker needed (a 2,000-row list has 14,000 cells).
  const only = n.firstChild;
  if (only && only === n.lastChild && only.nodeType === 3) {
    const tag = (n as Element).tagName;
    return tag === 'SCRIPT' || tag === 'STYLE' ? '' : text(only.nodeValue);
  }
  const doc = n.ownerDocument ?? (n as Document);
  const walker = doc.createTreeWalker(n, 4);
  let out = '';
  while (walker.nextNode()) {
    const tag = walker.currentNode.parentElement?.tagName;
    if (tag !== 'SCRIPT' && tag !== 'STYLE') out += ` ${walker.currentNode.nodeValue}`;
  }
  return text(out);
}

export const all = (root: ParentNode, selector: string): Element[] =>
  Array.from(root.querySelectorAll(selector));

/** What a form control shows: the selected option's text, an input's value, else the text. */
export function value(el: Element | null | undefined): string {
  if (!el) return '';
  if (el.tagName === 'SELECT') {
    const s = el as HTMLSelectElement;
    return text(
      s.selectedIndex >= 0 ? s.options[s.selectedIndex]?.value || s.options[s.selectedIndex]?.text : '',
    );
  }
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') {
    const i = el as HTMLInputElement;
    return (i.type === 'checkbox' || i.type === 'radio') && !i.checked ? '' : text(i.value);
  }
  return spaced(el);
}

/** A control or element by id; for ids with dots ("patient.name.last") getElementById needs no escaping. */
export const byId = (doc: Document, id: string): string => value(doc.getElementById(id));

/**
 * Label → value pairs found in the usual shapes: dt/dd, th/td in one row, label[for] → control,
 * "Label:" element followed by a sibling, span.text-left/span.text-right list items.
 * First occurrence of a label wins. Labels are lower-cased without trailing colons.
 */
export function labelPairs(root: ParentNode): Map<string, string> {
  const out = new Map<string, string>();
  const put = (label: string, v: string) => {
    const k = text(label)
      .toLowerCase()
      .replace(/[:*]+$/, '')
      .trim();
    if (k && k.length < 80 && v && !out.has(k)) out.set(k, v.slice(0, 300));
  };
  for (const dt of all(root, 'dt')) put(txt(dt), spaced(dt.nextElementSibling));
  for (const tr of all(root, 'tr')) {
    const c = (tr as HTMLTableRowElement).cells;
    if (c?.length === 2 && c[0]?.tagName === 'TH') put(txt(c[0]), spaced(c[1]));
  }
  for (const l of all(root, 'label,.label,[class*="label" i]')) {
    const f = l.getAttribute('for');
    const target = f ? l.ownerDocument.getElementById(f) : l.nextElementSibling;
    if (target && !target.contains(l)) put(txt(l), value(target));
  }
  return out;
}

/** The value for the first label matching a pattern. */
export function pick(pairs: Map<string, string>, re: RegExp): string | null {
  for (const [k, v] of pairs) if (re.test(k)) return v;
  return null;
}
