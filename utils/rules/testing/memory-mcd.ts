import {
  type CodeRange,
  type CoverageArticle,
  type CoverageContractor,
  type CoverageData,
  inRange,
} from '../../ruledata/coverage';

/**
 * Coverage articles for the in-memory store, answering like the IndexedDB store (store-mcd.ts): the
 * articles listing each claim code, and for each claim diagnosis the ids of those articles whose
 * covered or non-covered lists hold it, single codes or ranges.
 */
export interface MemoryArticle extends Omit<CoverageArticle, 'contractors' | 'hasCovered' | 'hasNoncovered'> {
  /** Contractor numbers. */
  contractors: string[];
  codes: string[];
  /** Diagnoses without the dot. */
  covered: string[];
  noncovered: string[];
  coveredRanges?: CodeRange[];
  noncoveredRanges?: CodeRange[];
}

export interface MemoryCoverage {
  contractors: CoverageContractor[];
  articles: MemoryArticle[];
}

function asArticle(a: MemoryArticle, contractors: CoverageContractor[]): CoverageArticle {
  return {
    id: a.id,
    version: a.version,
    title: a.title,
    effectiveFrom: a.effectiveFrom,
    effectiveTo: a.effectiveTo,
    retired: a.retired,
    contractors: a.contractors.flatMap((n) => contractors.find((c) => c.number === n) ?? []),
    hasCovered: a.covered.length > 0 || (a.coveredRanges?.length ?? 0) > 0,
    hasNoncovered: a.noncovered.length > 0 || (a.noncoveredRanges?.length ?? 0) > 0,
  };
}

export function memoryCoverage(t: MemoryCoverage, codes: string[], diagnoses: string[]): CoverageData {
  const out: CoverageData = { articlesByCode: {}, diagnoses: {} };
  const onClaim = new Set<MemoryArticle>();
  for (const code of new Set(codes)) {
    const listing = t.articles.filter((a) => a.codes.includes(code));
    if (listing.length === 0) continue;
    out.articlesByCode[code] = listing.map((a) => asArticle(a, t.contractors));
    for (const a of listing) onClaim.add(a);
  }
  for (const dx of new Set(diagnoses)) {
    const ids = (list: (a: MemoryArticle) => string[], ranges: (a: MemoryArticle) => CodeRange[]) =>
      [...onClaim]
        .filter((a) => list(a).includes(dx) || ranges(a).some((r) => inRange(dx, r)))
        .map((a) => a.id)
        .sort();
    out.diagnoses[dx] = {
      covered: ids(
        (a) => a.covered,
        (a) => a.coveredRanges ?? [],
      ),
      noncovered: ids(
        (a) => a.noncovered,
        (a) => a.noncoveredRanges ?? [],
      ),
    };
  }
  return out;
}
