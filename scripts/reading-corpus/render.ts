import type { PageKind, PageSnapshot } from '../../utils/model/snapshot';
import type { SeedLine } from './model';

/** Helpers every markup style shares: escaping, value formats, the page around the content. */

export const esc = (s: string | number | null | undefined): string =>
  String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** A small deterministic PRNG (mulberry32): the same seed gives the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type DateFormat = 'us' | 'us-short' | 'iso' | 'month-name' | 'compact';
export type MoneyFormat = 'dollar' | 'plain' | 'usd';

/**
 * The formats a page writes dates and amounts in when its style does not insist on one: drawn per page
 * from the seed by the generator, so the same claims appear in every common format across the corpus.
 */
let variation: { date: DateFormat; money: MoneyFormat } = { date: 'us', money: 'dollar' };
export function vary(next: { date: DateFormat; money: MoneyFormat }): void {
  variation = next;
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function date(iso: string | null | undefined, f: DateFormat = variation.date): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  if (f === 'iso') return iso;
  if (f === 'compact') return `${y}${m}${d}`;
  if (f === 'us-short') return `${Number(m)}/${Number(d)}/${y!.slice(2)}`;
  if (f === 'month-name') return `${MONTHS[Number(m) - 1]} ${Number(d)}, ${y}`;
  return `${m}/${d}/${y}`;
}

export function money(v: number | null | undefined, f: MoneyFormat = variation.money): string {
  if (v === null || v === undefined) return '';
  const s = v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return f === 'plain' ? s.replace(/,/g, '') : f === 'usd' ? `${s} USD` : `$${s}`;
}

/** "25, RT" / "25 RT" … */
export const mods = (l: SeedLine, sep = ', '): string => l.mods.join(sep);

export const dx = (code: string): string => code;

export interface CorpusPage {
  /** "<style>/<kind>/<record>" */
  id: string;
  style: string;
  kind: PageKind;
  url: string;
  html: string;
  /** Documents loaded in iframes of this page (read in their own frames, as the content script does). */
  frames?: { url: string; html: string }[];
  expected: PageSnapshot;
  /** What this page is there to show (printed by the bench, kept in the generated files). */
  note: string;
}

/** The page around the content: a portal's header, navigation and footer, with text a reader must ignore. */
export function page(title: string, body: string, opts: { brand?: string; css?: string } = {}): string {
  const brand = opts.brand ?? 'Provider Portal';
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${esc(title)} | ${esc(brand)}</title>
<style>body{font-family:Arial,sans-serif;margin:0}main{padding:12px}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:3px 6px}${opts.css ?? ''}</style></head>
<body>
<!-- Synthetic page from the ClaimLens reading corpus (scripts/reading-corpus): every value is made up. -->
<header><a href="#main">Skip to content</a> <span class="brand">${esc(brand)}</span>
<nav><ul><li><a href="#">Home</a></li><li><a href="#">Eligibility &amp; Benefits</a></li><li><a href="#">Claim Status</a></li><li><a href="#">Remittance</a></li><li><a href="#">Claims Entry</a></li></ul></nav>
<p class="user">Signed in as: Front Desk 3 · Office: Lakeside Family Practice · NPI 9999999991 · Tax ID 99-9999999</p></header>
<main id="main">
${body}
</main>
<footer><p>Questions? Call Provider Services at 1-800-555-0100, Monday–Friday 8:00 a.m. to 6:00 p.m. CPT® codes and descriptions only are copyright 2024 American Medical Association.</p>
<p>Session expires in 14:59. Last login 09/15/2024 08:12:33.</p></footer>
</body>
</html>
`;
}
