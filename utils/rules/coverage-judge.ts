import type { Claim, Diagnosis, ServiceLine } from '../model/snapshot';
import {
  type CoverageArticle,
  type CoverageContractor,
  type CoverageData,
  withDot,
} from '../ruledata/coverage';
import { isMedicare, isMedicareAdvantage } from './context';
import { applyingContractors, type Jurisdiction, MAC_PORTALS } from './jurisdiction';

/**
 * Judging one service line against the coverage articles that apply to it (med-necessity uses it, and
 * the denial guidance for CO-50 / N115). An article applies when it lists the line's code, has a
 * diagnosis list, is issued by a contractor of the practice's jurisdiction (not a DME MAC), and its
 * version is in force on the date of service. When only a version newer than the date of service is in
 * the download (CMS keeps only the current version), that version is used and said to be newer.
 * Covered groups are paired with code groups only in prose: any covered group counts, never a guess.
 */
export type Verdict = 'covered' | 'not-listed' | 'non-covered';

export interface ArticleVerdict {
  article: CoverageArticle;
  contractors: CoverageContractor[];
  verdict: Verdict;
  /** Pointed diagnoses on the article's covered list / on its non-covered list. */
  covered: Diagnosis[];
  noncovered: Diagnosis[];
  /** The version took effect after the date of service. */
  newer: boolean;
}

export interface LineJudgement {
  line: ServiceLine;
  dos: string;
  /** The diagnoses the line points to (all the claim's when the page shows no pointers). */
  diagnoses: Diagnosis[];
  verdicts: ArticleVerdict[];
}

export type Payer = 'medicare' | 'advantage' | 'unknown';

/** Coverage articles are Medicare's (Medicare Advantage plans follow them too); other payers: null. */
export function coveragePayer(payer: string | null, portal: string): Payer | null {
  if (portal in MAC_PORTALS) return 'medicare';
  if (!payer || payer.trim() === '') return 'unknown';
  if (isMedicareAdvantage(payer)) return 'advantage';
  return isMedicare(payer) ? 'medicare' : null;
}

/** Articles with a diagnosis list that name the code, whatever the contractor. */
export function articlesWithLists(coverage: CoverageData, code: string | null): CoverageArticle[] {
  if (!code || !Object.hasOwn(coverage.articlesByCode, code)) return [];
  return (coverage.articlesByCode[code] ?? []).filter((a) => a.hasCovered || a.hasNoncovered);
}

export function pointedDiagnoses(claim: Claim, line: ServiceLine): Diagnosis[] {
  if (line.diagnosisPointers.length === 0) return claim.diagnoses;
  return line.diagnosisPointers.flatMap((p) => claim.diagnoses.find((d) => d.letter === p) ?? []);
}

const inForce = (a: CoverageArticle, dos: string) =>
  (!a.effectiveFrom || a.effectiveFrom <= dos) && (!a.effectiveTo || dos <= a.effectiveTo);

export function judgeLine(
  claim: Claim,
  line: ServiceLine,
  coverage: CoverageData,
  jurisdiction: Jurisdiction,
  today: string,
): LineJudgement {
  const dos = line.dosFrom ?? today;
  const diagnoses = pointedDiagnoses(claim, line);
  const here = articlesWithLists(coverage, line.code).flatMap((article) => {
    const contractors = applyingContractors(article, jurisdiction);
    return contractors.length > 0 ? [{ article, contractors }] : [];
  });
  const current = here.filter((h) => inForce(h.article, dos));
  // No version in force on the DOS: use the versions not yet in force then (never retired ones).
  const chosen =
    current.length > 0
      ? current
      : here.filter((h) => h.article.effectiveFrom !== null && dos < h.article.effectiveFrom);
  const verdicts = chosen.map(({ article, contractors }): ArticleVerdict => {
    const listed = (side: 'covered' | 'noncovered') =>
      diagnoses.filter((d) => coverage.diagnoses[d.code.replace('.', '')]?.[side].includes(article.id));
    const covered = listed('covered');
    const noncovered = listed('noncovered');
    const verdict: Verdict =
      noncovered.length > 0
        ? 'non-covered'
        : article.hasCovered && covered.length === 0
          ? 'not-listed'
          : 'covered';
    return { article, contractors, verdict, covered, noncovered, newer: current.length === 0 };
  });
  return { line, dos, diagnoses, verdicts };
}

/** "A59001 (Billing and Coding: …, CGS Administrators, LLC, version 7)" */
export function describeArticle(v: Pick<ArticleVerdict, 'article' | 'contractors'>): string {
  const names = [...new Set(v.contractors.map((c) => c.name))];
  const title = v.article.title.length > 140 ? `${v.article.title.slice(0, 139)}…` : v.article.title;
  return `${v.article.id} (${title}, ${names.join(' / ')}, version ${v.article.version})`;
}

export const dxList = (list: readonly Diagnosis[]) => list.map((d) => withDot(d.code)).join(', ');
