import type { CodeRange, CoverageArticle, CoverageContractor } from '../coverage';

/**
 * The compact stored form of an MCD "current article" set (written by mcd.ts, read by store-mcd.ts).
 * Articles are numbered 0…n-1 in article.csv order; a number is written in base 36 ("1f").
 *
 *   key "articles"      string[]: one tab-separated entry per article number:
 *                       display id, version, title, effective from, effective to, status,
 *                       contractor numbers (indexes into "contractors", base 36, space-separated),
 *                       flags ("c" has a covered list, "n" has a non-covered list),
 *                       covered ranges, non-covered ranges ("FROM~TO", space-separated)
 *   key "contractors"   string[]: number, business name, states (space-separated), DME 1/0, tab-separated
 *   key "hc:<3 chars>"  "\nCODE\tarticle numbers\n…" — procedure codes grouped by their first 3 characters
 *   key "dx:<3 chars>"  "\nDIAGNOSIS\tcovered article numbers|non-covered article numbers\n…" (no dot)
 *                       — grouped by ICD-10-CM category, like the PTP rows by column-1 prefix
 * Rows are single strings (not objects of many keys): IndexedDB stores and reads them several times
 * faster, and a claim's entry is found with one indexOf.
 *
 * 431,120 covered-diagnosis rows become ~1,900 "dx:" rows and ~1,000 "hc:" rows: a claim reads one
 * row per code prefix and per diagnosis category, plus the two lists (cached once read).
 */
export const MCD_ARTICLES_KEY = 'articles';
export const MCD_CONTRACTORS_KEY = 'contractors';
export const mcdCodeKey = (code: string): string => `hc:${code.slice(0, 3)}`;
export const mcdDxKey = (dx: string): string => `dx:${dx.slice(0, 3)}`;

export interface StoredArticle extends Omit<CoverageArticle, 'contractors' | 'hasCovered' | 'hasNoncovered'> {
  status: string;
  contractors: number[];
  hasCovered: boolean;
  hasNoncovered: boolean;
  coveredRanges: CodeRange[];
  noncoveredRanges: CodeRange[];
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const ranges = (list: CodeRange[]) => list.map((r) => `${r.from}~${r.to}`).join(' ');
const parseRanges = (s: string | undefined): CodeRange[] =>
  (s ?? '')
    .split(' ')
    .filter((t) => t.includes('~'))
    .map((t) => {
      const [from = '', to = ''] = t.split('~');
      return { from, to };
    });

export function encodeArticle(a: StoredArticle): string {
  return [
    a.id,
    a.version,
    clean(a.title),
    a.effectiveFrom ?? '',
    a.effectiveTo ?? '',
    a.status,
    a.contractors.map((n) => n.toString(36)).join(' '),
    `${a.hasCovered ? 'c' : ''}${a.hasNoncovered ? 'n' : ''}`,
    ranges(a.coveredRanges),
    ranges(a.noncoveredRanges),
  ].join('\t');
}

export function decodeArticle(entry: unknown): StoredArticle | null {
  if (typeof entry !== 'string') return null;
  const [id, version, title, from, to, status, contractors, flags, covered, noncovered] = entry.split('\t');
  if (!id || flags === undefined) return null;
  return {
    id,
    version: version ?? '',
    title: title ?? '',
    effectiveFrom: from || null,
    effectiveTo: to || null,
    status: status ?? '',
    retired: /^R/i.test(status ?? ''),
    contractors: (contractors ?? '')
      .split(' ')
      .filter(Boolean)
      .map((n) => Number.parseInt(n, 36)),
    hasCovered: flags.includes('c'),
    hasNoncovered: flags.includes('n'),
    coveredRanges: parseRanges(covered),
    noncoveredRanges: parseRanges(noncovered),
  };
}

export function encodeContractor(c: CoverageContractor): string {
  return [c.number, clean(c.name), c.states.join(' '), c.dme ? '1' : '0'].join('\t');
}

export function decodeContractor(entry: unknown): CoverageContractor | null {
  if (typeof entry !== 'string') return null;
  const [number, name, states, dme] = entry.split('\t');
  if (!number || name === undefined) return null;
  return { number, name, states: (states ?? '').split(' ').filter(Boolean), dme: dme === '1' };
}

/** The value of `code` in a grouped row ("\nCODE\tvalue\n…"), or undefined. */
export function groupedEntry(row: unknown, code: string): string | undefined {
  if (typeof row !== 'string' || code.includes('\n') || code.includes('\t')) return undefined;
  const at = row.indexOf(`\n${code}\t`);
  if (at < 0) return undefined;
  const from = at + code.length + 2;
  const end = row.indexOf('\n', from);
  return row.slice(from, end < 0 ? row.length : end);
}

/** "3 1f a" → [3, 51, 10]; anything else → []. */
export function articleNumbers(list: unknown): number[] {
  if (typeof list !== 'string' || list === '') return [];
  return list.split(' ').map((n) => Number.parseInt(n, 36));
}
