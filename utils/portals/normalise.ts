/**
 * Page text → values as a biller writes them. Every function returns null (or []) for text it
 * cannot read; none throws.
 */

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** "99213", " 20610 " → "20610"; anything not 5 letters/digits → null. */
export function procedureCode(text: string | null | undefined): string | null {
  const t = clean(text).toUpperCase();
  return /^[A-Z0-9]{5}$/.test(t) ? t : null;
}

/**
 * A procedure cell as portals write it → code and modifiers: "99214-25", "99214 25 59",
 * "HC:99214:25" (835 composite, qualifier first), "97140 GP, 59". Modifiers are the two-character
 * tokens right after the code (a description after it is not read as modifiers).
 */
export function procedure(text: string | null | undefined): { code: string; modifiers: string[] } | null {
  const tokens = clean(text)
    .toUpperCase()
    .slice(0, 200)
    .split(/[\s,:;/()-]+/);
  const i = tokens.findIndex((t) => /^[A-Z0-9]{5}$/.test(t) && /\d/.test(t));
  if (i < 0) return null;
  const modifiers: string[] = [];
  for (const t of tokens.slice(i + 1)) {
    if (!/^[A-Z0-9]{2}$/.test(t) || modifiers.length === 4) break;
    modifiers.push(t);
  }
  return { code: tokens[i]!, modifiers };
}

/**
 * A claim number taken from somewhere anyone can write (a link's address): letters and digits,
 * dashes inside, 3–40 characters; anything else (a formula, markup, a name, spaces) → null.
 */
export function claimNumber(text: string | null | undefined): string | null {
  const t = (text ?? '').trim();
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]{1,38})[A-Za-z0-9]$/.test(t) ? t : null;
}

/** "M17.11" → "M1711". */
export function diagnosisCode(text: string | null | undefined): string | null {
  const t = clean(text).toUpperCase().replace(/\./g, '');
  return /^[A-Z]\d[0-9A-Z]{1,5}$/.test(t) ? t : null; // ICD-10-CM: a letter, a digit, then 1–5 more
}

/** "25, XS" / "25 XS" / "25-XS" → ["25","XS"], at most four. */
export function modifiers(text: string | null | undefined): string[] {
  return clean(text)
    .toUpperCase()
    .split(/[\s,;/-]+/)
    .filter((m) => /^[A-Z0-9]{2}$/.test(m))
    .slice(0, 4);
}

const MONEY = /^(\()?\s*(-)?\s*\$?\s*(-)?\s*(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?\s*(?:USD)?\s*(\))?$/i;

/**
 * "$1,250.00" → 1250, "-$5.10" / "$-5.10" / "($5.10)" → -5.1; blank → null. Only an amount reads:
 * text with other words or digits in it ("alert(14)", "2 lines $50") is not money → null, never a
 * number made of whatever digits it holds.
 */
export function money(text: string | null | undefined): number | null {
  const t = clean(text);
  const m = MONEY.exec(t);
  if (!m || (m[4] === undefined && m[5] === undefined)) return null;
  if (Boolean(m[1]) !== Boolean(m[6])) return null; // unbalanced parentheses
  const value = Number(`${(m[4] ?? '0').replace(/,/g, '')}${m[5] ?? ''}`);
  if (!Number.isFinite(value)) return null;
  return m[1] || m[2] || m[3] ? -value : value;
}

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

/** "08/01/2024", "8/1/24", "2024-08-01", "20240801", "Aug 1, 2024" → "2024-08-01". */
export function isoDate(text: string | null | undefined): string | null {
  const t = clean(text);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(t);
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(t);
  const named = /^([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/i.exec(t);
  const month = named ? MONTHS.indexOf(named[1]!.toLowerCase()) : -1;
  let y: number;
  let m: number;
  let d: number;
  if (us) {
    [m, d, y] = [Number(us[1]), Number(us[2]), Number(us[3])];
    if (y < 100) y += 2000;
  } else if (named && month % 3 === 0) {
    [y, m, d] = [Number(named[3]), month / 3 + 1, Number(named[2])];
  } else if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    return null;
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "1", "2.0" → number; blank or not a number → null. */
export function units(text: string | null | undefined): number | null {
  const t = clean(text);
  return /^\d{1,7}(\.\d+)?$/.test(t) ? Number(t) : null;
}

export interface CodeMention {
  group: 'CO' | 'PR' | 'OA' | 'PI' | 'CR' | null;
  reason: string;
  /** The amount written right after the code ("CO-45: 60.00", "CO 45 $60.00"), else null. */
  amount: number | null;
}

// group? code (amount)? (": description" | " - description")?  — the description is dropped so its
// numbers ("835 times") never read as codes. Linear: no nested quantifiers.
const CAS =
  /\b(?:(CO|PR|OA|PI|CR)[\s-]*)?([A-Z]{0,2}\d{1,4})\b(?:\s*:?\s*(\(?-?\$?\d[\d,]*\.\d\d\)?)(?![\d%]))?(?:\s*(?::|\s-\s|[–—])[^,;]*)?/g;

/**
 * Reason/remark text → adjustments (group + CARC, with the amount when one follows the code) and
 * remarks (RARC). "CO-97, N130", "CO 97", "97", "PR-2 MA130", "CO-45: 60.00", "CO 45 $60.00" all read.
 */
export function reasonAndRemarkCodes(text: string | null | undefined): {
  adjustments: CodeMention[];
  remarks: string[];
} {
  const adjustments: CodeMention[] = [];
  const remarks: string[] = [];
  for (const m of clean(text).toUpperCase().slice(0, 2000).matchAll(CAS)) {
    const group = (m[1] ?? null) as CodeMention['group'];
    const code = m[2]!;
    if (!group && /^(N|M|MA)\d{1,4}$/.test(code)) remarks.push(code);
    else if (/^[A-Z]?\d{1,3}$/.test(code)) adjustments.push({ group, reason: code, amount: money(m[3]) });
  }
  return { adjustments, remarks };
}

export const text = clean;

/** Every date in a text, in order ("01/02/2024 - 01/03/2024" → two ISO dates). */
export function dates(text: string | null | undefined): string[] {
  const t = clean(text).slice(0, 2000);
  const found =
    t.match(
      /\b\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b|\b[A-Z][a-z]{2}[a-z]*\.? \d{1,2}, \d{4}\b/g,
    ) ??
    // A cell holding only "20240708" (835 style) is a date; eight digits inside other text are not.
    (/^(19|20)\d{6}$/.test(t) ? [t] : []);
  return found.map(isoDate).filter((d): d is string => d !== null);
}

/** The first date in a text ("Plan Begin Date: 01/01/2026" → "2026-01-01"). */
export const firstDate = (text: string | null | undefined): string | null => dates(text)[0] ?? null;

/** "A3:21 Returned as unprocessable…" / "F2" → 277 category + code; prose stays as text. */
export function claimStatus(value: string | null | undefined): {
  category: string | null;
  code: string | null;
  text: string | null;
} {
  const t = clean(value).slice(0, 500);
  if (!t) return { category: null, code: null, text: null };
  // F3F / F3N: finalized and forwarded (or not) to the next payer.
  const m = /\b(F3[FN]|[ADEFPR]\d{1,2})(?:\s*:\s*(\d{1,4}))?\b/.exec(t);
  // "Acknowledgement/Not Found" is the A4 category's own name.
  const category = m?.[1] ?? (/acknowledg\w*\s*\/\s*not found/i.test(t) ? 'A4' : null);
  return { category, code: m?.[2] ?? null, text: t };
}

/** "TESTPATIENT, ALEX J" / "Alex Testpatient" → "AT" (first then last): the name itself is never kept. */
export function initials(name: string | null | undefined): string | null {
  const t = clean(name).replace(/[^A-Za-z, ]/g, '');
  if (!t) return null;
  const [last, first] = t.includes(',') ? t.split(',').map(clean) : [t.split(' ').pop(), t.split(' ')[0]];
  const out = `${first?.[0] ?? ''}${last?.[0] ?? ''}`.toUpperCase();
  return out || null;
}

/** Whole years from date of birth to the date of service (both ISO). */
export function age(dob: string | null, on: string | null): number | null {
  if (!dob || !on) return null;
  const [by, bm, bd] = dob.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const years = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  return years >= 0 && years <= 130 ? years : null;
}

/** "Female" / "F" → "F"; "Male" / "M" → "M"; "Unknown" → "U". */
export function sex(text: string | null | undefined): 'F' | 'M' | 'U' | null {
  const c = clean(text).toUpperCase()[0];
  return c === 'F' || c === 'M' || c === 'U' ? c : null;
}

/** "COINS 20%" / "20 %" → 20. */
export function percent(text: string | null | undefined): number | null {
  const m = /(\d{1,3}(?:\.\d+)?)\s*%/.exec(clean(text));
  const v = m ? Number(m[1]) : Number.NaN;
  return v >= 0 && v <= 100 ? v : null;
}

/** Diagnosis pointers "AB", "A, B", "1 2" (numbers 1–12) → ["A","B"]. */
export function pointers(text: string | null | undefined): string[] {
  const t = clean(text).toUpperCase();
  const parts = /^[A-L]+$/.test(t) ? t.split('') : t.split(/[\s,;/-]+/);
  const out: string[] = [];
  for (const p of parts) {
    const letter = /^[A-L]$/.test(p) ? p : /^\d{1,2}$/.test(p) ? 'ABCDEFGHIJKL'[Number(p) - 1] : undefined;
    if (letter && !out.includes(letter)) out.push(letter);
  }
  return out;
}
