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

/** "M17.11" → "M1711". */
export function diagnosisCode(text: string | null | undefined): string | null {
  const t = clean(text).toUpperCase().replace(/\./g, '');
  return /^[A-Z][0-9A-Z]{2,6}$/.test(t) ? t : null;
}

/** "25, XS" / "25 XS" / "25-XS" → ["25","XS"], at most four. */
export function modifiers(text: string | null | undefined): string[] {
  return clean(text)
    .toUpperCase()
    .split(/[\s,;/-]+/)
    .filter((m) => /^[A-Z0-9]{2}$/.test(m))
    .slice(0, 4);
}

/** "$1,250.00" → 1250, "-$5.10" / "($5.10)" → -5.1; blank → null. */
export function money(text: string | null | undefined): number | null {
  const t = clean(text);
  if (!t) return null;
  const negative = /^-|^\(.*\)$|-\$/.test(t);
  const digits = t.replace(/[^0-9.]/g, '');
  if (!/^\d+(\.\d+)?$/.test(digits)) return null;
  const value = Number(digits);
  return negative ? -value : value;
}

/** "08/01/2024", "8/1/24", "2024-08-01", "20240801" → "2024-08-01". */
export function isoDate(text: string | null | undefined): string | null {
  const t = clean(text);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(t);
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(t);
  let y: number;
  let m: number;
  let d: number;
  if (us) {
    [m, d, y] = [Number(us[1]), Number(us[2]), Number(us[3])];
    if (y < 100) y += 2000;
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
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

export interface CodeMention {
  group: 'CO' | 'PR' | 'OA' | 'PI' | 'CR' | null;
  reason: string;
}

/**
 * Reason/remark cell text → adjustments (group + CARC) and remarks (RARC).
 * "CO-97, N130", "CO 97", "97", "PR-2 MA130" all read.
 */
export function reasonAndRemarkCodes(text: string | null | undefined): {
  adjustments: CodeMention[];
  remarks: string[];
} {
  const adjustments: CodeMention[] = [];
  const remarks: string[] = [];
  const tokens =
    clean(text)
      .toUpperCase()
      .match(/\b(?:(CO|PR|OA|PI|CR)[\s-]*)?([A-Z]{0,2}\d{1,4})\b/g) ?? [];
  for (const token of tokens) {
    const m = /^(?:(CO|PR|OA|PI|CR)[\s-]*)?([A-Z]{0,2}\d{1,4})$/.exec(token);
    if (!m) continue;
    const group = (m[1] ?? null) as CodeMention['group'];
    const code = m[2]!;
    if (!group && /^(N|M|MA)\d{1,4}$/.test(code)) remarks.push(code);
    else if (/^[A-Z]?\d{1,3}$/.test(code)) adjustments.push({ group, reason: code });
  }
  return { adjustments, remarks };
}

export const text = clean;
