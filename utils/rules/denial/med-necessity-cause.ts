import type { Claim, Diagnosis, ServiceLine } from '../../model/snapshot';
import type { RuleData } from '../../ruledata/types';
import type { CheckContext } from '../context';
import { type ArticleVerdict, describeArticle, dxList, judgeLine } from '../coverage-judge';
import { jurisdictionSet } from '../jurisdiction';
import type { Cause } from './cause';

/**
 * A "not medically necessary" denial (CO-50, CO-167, N115 = decision based on an LCD) on a line,
 * explained with the coverage article of the practice's jurisdiction that lists the line's code, and
 * whether the diagnoses the line points to are on its list (the step comes from the guidance table).
 * Null when no article applies or the data or jurisdiction is missing (the med-necessity check says
 * so on the same claim).
 */
export const MED_NECESSITY_REASONS = new Set(['50', '167', 'N115']);

const rank = { 'non-covered': 0, 'not-listed': 1, covered: 2 } as const;

/** "diagnosis E11.9" or "diagnoses E11.9, I10". */
const which = (list: readonly Diagnosis[]) =>
  `${list.length > 1 ? 'diagnoses' : 'diagnosis'} ${dxList(list)}`;

export function medNecessityCause(
  claim: Claim,
  line: ServiceLine,
  data: RuleData,
  ctx: CheckContext,
): Cause | null {
  if (data.mcd.status !== 'ok' || !line.code || !jurisdictionSet(ctx.settings.jurisdiction)) return null;
  const judged = judgeLine(claim, line, data.mcd.value, ctx.settings.jurisdiction, ctx.today);
  const v: ArticleVerdict | undefined = [...judged.verdicts].sort(
    (a, b) => rank[a.verdict] - rank[b.verdict],
  )[0];
  if (!v || judged.diagnoses.length === 0) return null;
  const article = `Article ${describeArticle(v)} applies to ${line.code}`;
  if (v.verdict === 'covered') {
    return {
      text: `${article}, and ${which(v.covered)} on line ${line.line} ${v.covered.length > 1 ? 'are' : 'is'} on its covered list: cite article ${v.article.id} with the records.`,
      facts: [],
    };
  }
  return {
    text:
      v.verdict === 'non-covered'
        ? `${article}, and ${which(v.noncovered)} on line ${line.line} ${v.noncovered.length > 1 ? 'are' : 'is'} on its list of diagnoses that do not support it: an appeal needs records showing a diagnosis the article covers.`
        : `${article}; the diagnoses on line ${line.line} (${dxList(judged.diagnoses)}) are not on its covered list: an appeal needs records showing a diagnosis the article lists.`,
    facts: [],
  };
}
