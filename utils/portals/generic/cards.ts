import { type Field, fieldOf, type Rec } from '../grid';
import type { Pair } from './collect';

/**
 * Repeated cards that share a label set: each card is one service line (it holds a procedure) or one
 * claim (it holds a claim number). A pair's card is the largest block around its label that holds
 * no other pair of the same field; pairs outside every card are the page's header.
 */
export interface Cards {
  lines: Rec[];
  claims: Rec[];
  /** The claim cards themselves with their pairs (a payment page: one block per claim, each with its lines). */
  claimBlocks: { el: Element; pairs: Pair[] }[];
  header: Pair[];
  /** Fields the line cards name (a card layout without a modifier field did not show modifiers). */
  lineFields: Set<Field>;
  /** The line cards are form controls: a claim being keyed. */
  controls: boolean;
}

const LINE_FIELDS = new Set<Field>(['from', 'to', 'dates', 'units', 'charge', 'mods', 'ptr', 'pos', 'paid']);

export function groupCards(pairs: Pair[]): Cards {
  const fields = pairs.map((p) => fieldOf(p.label));
  // How many pairs of each field every ancestor holds.
  const counts = new Map<Element, Map<Field, number>>();
  pairs.forEach((p, i) => {
    const f = fields[i];
    if (!f || f === 'skip') return;
    for (let a = p.at.parentElement; a; a = a.parentElement) {
      const m = counts.get(a) ?? new Map<Field, number>();
      m.set(f, (m.get(f) ?? 0) + 1);
      counts.set(a, m);
    }
  });
  const held = (a: Element | null, f: Field) => (a ? (counts.get(a)?.get(f) ?? 0) : 0);
  const cards = new Map<Element, 'line' | 'claim'>();
  for (const [anchor, kind] of [
    ['code', 'line'],
    ['claim', 'claim'],
  ] as const) {
    const anchors = pairs.filter((_, i) => fields[i] === anchor);
    for (const p of anchors) {
      let card = p.at;
      if (anchors.length > 1) {
        for (let a = p.at.parentElement; a && held(a, anchor) === 1; a = a.parentElement) card = a;
      } else if (anchor === 'claim') {
        break; // one claim number is the page's own claim, not a list
      } else {
        // One card only: the nearest block that also holds other line (or claim) fields.
        for (let a = p.at.parentElement; a; a = a.parentElement) {
          card = a;
          if ([...(counts.get(a)?.keys() ?? [])].filter((f) => LINE_FIELDS.has(f)).length > 1) break;
        }
      }
      if (card !== p.at && !cards.has(card)) cards.set(card, kind);
    }
  }
  // One claim card is the page's own claim: its pairs are the header.
  const claimCards = [...cards.values()].filter((k) => k === 'claim').length;
  if (claimCards < 2) for (const [el, k] of cards) if (k === 'claim') cards.delete(el);
  const recs = new Map<Element, Rec>();
  const out: Cards = {
    lines: [],
    claims: [],
    claimBlocks: [],
    header: [],
    lineFields: new Set(),
    controls: false,
  };
  const blocks = new Map<Element, Pair[]>();
  pairs.forEach((p, i) => {
    let card: Element | null = p.at;
    while (card && !cards.has(card)) card = card.parentElement;
    if (!card) {
      out.header.push(p);
      return;
    }
    const f = fields[i];
    let rec = recs.get(card);
    if (!rec) {
      rec = { row: card };
      recs.set(card, rec);
      (cards.get(card) === 'line' ? out.lines : out.claims).push(rec);
      if (cards.get(card) === 'claim') {
        blocks.set(card, []);
        out.claimBlocks.push({ el: card, pairs: blocks.get(card)! });
      }
    }
    blocks.get(card)?.push(p);
    if (!f || f === 'skip') return;
    if (cards.get(card) === 'line') out.lineFields.add(f);
    if (p.control) out.controls = true;
    // Modifier 1…4 and similar repeated fields join; the first of anything else wins.
    if (f === 'mods' || f === 'codes') rec[f] = `${rec[f] ?? ''} ${p.value}`;
    else rec[f] ??= p.value;
  });
  return out;
}
