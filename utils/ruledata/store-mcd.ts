import type { RuleRecord } from '../db';
import { type CoverageArticle, type CoverageContractor, type CoverageData, inRange } from './coverage';
import {
  articleNumbers,
  decodeArticle,
  decodeContractor,
  groupedEntry,
  MCD_ARTICLES_KEY,
  MCD_CONTRACTORS_KEY,
  mcdCodeKey,
  mcdDxKey,
  type StoredArticle,
} from './import/mcd-layout';
import { NO_MCD } from './store-reasons';
import type { Answer, DataSetInfo } from './types';

/**
 * The coverage-article part of a claim's question (layout: import/mcd-layout.ts): the article and
 * contractor lists, one row per code prefix and per diagnosis category. `ask` queues the keys in the
 * claim's one batched read; the returned function assembles the answer once the rows are in.
 */
type Ask = (set: DataSetInfo | undefined, key: string, slot: (r: RuleRecord | undefined) => void) => void;

interface Decoded {
  stored: StoredArticle;
  article: CoverageArticle;
}

/** Articles decoded from a cached "articles" row (rows never change once live: decode once). */
const decodedRows = new WeakMap<object, Map<number, Decoded | null>>();
/** Contractors decoded from a cached "contractors" row: one object per contractor, shared by articles. */
const decodedContractors = new WeakMap<object, Map<number, CoverageContractor | null>>();

function contractorAt(list: unknown[], n: number): CoverageContractor | null {
  let memo = decodedContractors.get(list);
  if (!memo) {
    memo = new Map();
    decodedContractors.set(list, memo);
  }
  if (!memo.has(n)) memo.set(n, decodeContractor(list[n]));
  return memo.get(n) ?? null;
}

export function askCoverage(
  set: DataSetInfo | undefined,
  codes: string[],
  diagnoses: string[],
  ask: Ask,
): () => Answer<CoverageData> {
  let articles: unknown = null;
  let contractors: unknown = null;
  const rows = new Map<string, unknown>();
  ask(set, MCD_ARTICLES_KEY, (r) => {
    articles = r?.data ?? null;
  });
  ask(set, MCD_CONTRACTORS_KEY, (r) => {
    contractors = r?.data ?? null;
  });
  for (const key of new Set([...codes.map(mcdCodeKey), ...diagnoses.map(mcdDxKey)])) {
    ask(set, key, (r) => rows.set(key, r?.data));
  }
  return () => {
    if (!set) return { status: 'no-data', reason: NO_MCD };
    return { status: 'ok', dataset: set, value: assemble(codes, diagnoses, articles, contractors, rows) };
  };
}

function assemble(
  codes: string[],
  diagnoses: string[],
  articles: unknown,
  contractors: unknown,
  rows: Map<string, unknown>,
): CoverageData {
  const out: CoverageData = { articlesByCode: {}, diagnoses: {} };
  if (!Array.isArray(articles)) return out;
  const memo = decodedRows.get(articles) ?? new Map<number, Decoded | null>();
  decodedRows.set(articles, memo);
  const decode = (n: number): Decoded | null => {
    if (memo.has(n)) return memo.get(n) ?? null;
    const stored = decodeArticle(articles[n]);
    const list: unknown[] = Array.isArray(contractors) ? contractors : [];
    const found = stored && {
      stored,
      article: {
        id: stored.id,
        version: stored.version,
        title: stored.title,
        effectiveFrom: stored.effectiveFrom,
        effectiveTo: stored.effectiveTo,
        retired: stored.retired,
        hasCovered: stored.hasCovered,
        hasNoncovered: stored.hasNoncovered,
        contractors: stored.contractors.flatMap((c) => contractorAt(list, c) ?? []),
      },
    };
    memo.set(n, found);
    return found;
  };
  const onClaim = new Set<number>();
  for (const code of codes) {
    const numbers = articleNumbers(groupedEntry(rows.get(mcdCodeKey(code)), code));
    const listed = numbers.flatMap((n) => decode(n)?.article ?? []);
    if (listed.length === 0) continue;
    out.articlesByCode[code] = listed;
    for (const n of numbers) onClaim.add(n);
  }
  // Range rows are rare: only the claim's articles that have any are tried against each diagnosis.
  const ranged = [...onClaim].flatMap((n) => {
    const d = decode(n);
    return d && (d.stored.coveredRanges.length > 0 || d.stored.noncoveredRanges.length > 0) ? [d] : [];
  });
  for (const dx of diagnoses) {
    const entry = groupedEntry(rows.get(mcdDxKey(dx)), dx);
    const [covered = '', noncovered = ''] = typeof entry === 'string' ? entry.split('|') : [];
    const pick = (list: string, ranges: (a: StoredArticle) => { from: string; to: string }[]) => {
      const ids = new Set<string>();
      for (const n of articleNumbers(list)) if (onClaim.has(n)) ids.add(decode(n)?.article.id ?? '');
      for (const d of ranged) if (ranges(d.stored).some((r) => inRange(dx, r))) ids.add(d.article.id);
      ids.delete('');
      return [...ids].sort();
    };
    out.diagnoses[dx] = {
      covered: pick(covered, (a) => a.coveredRanges),
      noncovered: pick(noncovered, (a) => a.noncoveredRanges),
    };
  }
  return out;
}
