import { all, spaced, txt, value } from '../dom';
import { FIELDS } from '../grid';
import { text } from '../normalise';
import { CLAIM_LABELS, ELIGIBILITY_LABELS } from './vocab';

/**
 * Every label/value pair a page shows, wherever it is written:
 * dt/dd · th followed by td in a row · label[for], a label wrapping its control, aria-label,
 * aria-labelledby, placeholder · a short label in a fieldset or group named by its legend ("A" under
 * "Diagnosis codes") · a known label followed by its value (captions over values, label/value spans,
 * a caption over chips) · "Label: value" text. `at` is the label's element (or the control), so
 * pairs can be grouped into the cards that hold them. Tables' own cells are read as grids, not here.
 */
export interface Pair {
  label: string;
  value: string;
  at: Element;
  /** Set when the value is a form control's (the page is a form being keyed). */
  control?: Element;
}

const LIMIT = 3000;
const norm = (label: string) =>
  text(label)
    .toLowerCase()
    .replace(/[\s:*]+$/, '')
    .slice(0, 80);

// Every word of the vocabularies in one regex: one test per leaf of the page, not fifty.
let KNOWN: RegExp | null = null;

/** A label a biller would recognise: a line, claim or eligibility word. */
export function knownLabel(l: string): boolean {
  KNOWN ??= new RegExp(
    [...FIELDS, ...CLAIM_LABELS, ...ELIGIBILITY_LABELS]
      .filter(([f]) => f !== 'skip')
      .map(([, re]) => `(?:${re.source})`)
      .join('|'),
  );
  return l.length > 1 && l.length < 45 && KNOWN.test(l);
}

/** The words of a label element without the text of the control it wraps (a select's options). */
function ownText(label: Element, control: Element): string {
  let out = '';
  for (const node of Array.from(label.childNodes))
    if (!(node as Element).contains?.(control) && node !== control) out += ` ${node.textContent ?? ''}`;
  return out;
}

/** The name of a group of controls: its fieldset's legend or its role=group's label. */
function groupName(doc: Document, el: Element): string {
  const group = el.closest('fieldset,[role=group],[role=radiogroup]');
  const by = group?.getAttribute('aria-labelledby');
  return text(
    group?.querySelector('legend')?.textContent ??
      (by ? doc.getElementById(by)?.textContent : group?.getAttribute('aria-label')),
  );
}

/** The words that name a form control, in the order pages use them. */
export function controlLabel(doc: Document, el: Element, forMap: Map<string, Element>): string {
  const own = forMap.get(el.id);
  const wrap = el.closest('label');
  const by = el.getAttribute('aria-labelledby');
  const label = text(
    (own ? txt(own) : wrap ? ownText(wrap, el) : '') ||
      el.getAttribute('aria-label') ||
      (by
        ? by
            .split(' ')
            .map((id) => txt(doc.getElementById(id)))
            .join(' ')
        : '') ||
      el.getAttribute('placeholder'),
  );
  // "A" or "1." alone means nothing without its group: "Diagnosis codes A".
  return label.length <= 3 ? `${groupName(doc, el)} ${label}` : label;
}

const endsWithColon = (el: Element) => (el.textContent ?? '').trim().endsWith(':');

/** A leaf label's value: the nodes after it, up to a line break or the next label like it. */
function valueAfter(el: Element): string {
  let out = '';
  for (let node = el.nextSibling; node && out.length < 300; node = node.nextSibling) {
    if (node.nodeType === 3) out += ` ${node.nodeValue}`;
    if (node.nodeType !== 1) continue;
    const e = node as Element;
    const same = e.tagName === el.tagName && e.className === el.className;
    if (
      e.tagName === 'BR' ||
      endsWithColon(e) ||
      (same && (text(out) || knownLabel(norm(e.textContent ?? ''))))
    )
      break;
    const control = e.querySelector('input,select,textarea');
    out += ` ${control ? value(control) : spaced(e)}`;
  }
  return text(out);
}

const DX = /diagnos/i;
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'TABLE',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'SVG',
  'NOSCRIPT',
  'TEMPLATE',
]);

export function collectPairs(doc: Document): Pair[] {
  const out: Pair[] = [];
  const add = (label: string, v: string, at: Element, control?: Element) => {
    const l = norm(label);
    if (l && out.length < LIMIT) out.push({ label: l, value: text(v).slice(0, 300), at, control });
  };
  for (const dt of all(doc, 'dt')) add(txt(dt), spaced(dt.nextElementSibling), dt);
  for (const tr of all(doc, 'tr').slice(0, 20000))
    for (let c = tr.firstElementChild; c; c = c.nextElementSibling)
      if (c.tagName === 'TH' && c.nextElementSibling?.tagName === 'TD')
        add(txt(c), spaced(c.nextElementSibling), c);
  const forMap = new Map(all(doc, 'label[for]').map((l) => [l.getAttribute('for')!, l]));
  for (const el of all(doc, 'input,select,textarea').slice(0, 2000)) {
    const type = el.getAttribute('type');
    if (type && /hidden|button|submit|reset|image|file|password/i.test(type)) continue;
    add(controlLabel(doc, el, forMap), value(el), el, el);
  }
  // Leaves outside tables: known labels followed by their value, and "Label: value" text.
  const walker = doc.createTreeWalker(doc.body ?? doc, 1, {
    acceptNode: (n) => {
      const e = n as Element;
      return SKIP.has(e.tagName) || /^(table|grid|treegrid)$/.test(e.getAttribute('role') ?? '') ? 2 : 1;
    },
  });
  for (let n = walker.nextNode(), seen = 0; n && seen < 20000; n = walker.nextNode(), seen++) {
    const el = n as Element;
    if (el.childElementCount > 0 || /^(DT|LABEL|A|BUTTON)$/.test(el.tagName)) continue;
    const t = text(el.textContent).slice(0, 200);
    if (!t || t.length > 120) continue;
    const colon = t.indexOf(':');
    // "Label: value" in one element; a label never ends with a digit ("8:00 a.m.", "CO-45: 60.00").
    if (colon > 0 && colon < 50 && colon < t.length - 1) {
      if (!/\d$/.test(t.slice(0, colon))) add(t.slice(0, colon), t.slice(colon + 1), el);
    } else if (endsWithColon(el) || (knownLabel(norm(t)) && (!/^H\d$/.test(el.tagName) || DX.test(t)))) {
      // A heading names a section, not a value (except "Diagnoses" over their list or table).
      const v = valueAfter(el);
      if (v) add(t, v, el);
    }
  }
  return out;
}
