import type { Finding, Severity } from '../../model/finding';
import type { Diagnosis, ServiceLine } from '../../model/snapshot';
import type { DataSetInfo } from '../../ruledata/types';
import { type Check, finding, lineList } from '../context';
import {
  type ArticleVerdict,
  articlesWithLists,
  coveragePayer,
  describeArticle,
  dxList,
  judgeLine,
  type Payer,
} from '../coverage-judge';
import { describeJurisdiction, jurisdictionSet } from '../jurisdiction';

/**
 * med-necessity: each line whose code a coverage article of the practice's jurisdiction lists is
 * checked against the article's diagnosis lists: none of the pointed diagnoses on any covered list →
 * warning (the line will likely deny CO-50); a pointed diagnosis on the non-covered list → error.
 * GA (ABN on file) or GZ (none) on the line turns the finding into information. Medicare and Medicare
 * Advantage claims, and claims whose payer the page does not show.
 */
const RULE = 'med-necessity';

/** Finding sources are at most 300 characters: the title gives way first. */
const SOURCE_MAX = 300;

function source(v: ArticleVerdict, set: DataSetInfo, dos: string): string {
  const a = v.article;
  const newer = v.newer ? ` — this version is newer than the date of service (${dos})` : '';
  const from = a.effectiveFrom ? `, effective ${a.effectiveFrom}` : '';
  const retired = a.retired && a.effectiveTo ? `, retired ${a.effectiveTo}` : '';
  const who = [...new Set(v.contractors.map((c) => c.name))].join(' / ');
  const numbers = v.contractors.map((c) => c.number).join(', ');
  const rest = ` — ${who} (${numbers})${from}${retired} (${set.label})${newer}`;
  const head = `MCD article ${a.id} v${a.version}: `;
  const room = SOURCE_MAX - head.length - rest.length;
  const title = a.title.length <= room ? a.title : `${a.title.slice(0, Math.max(0, room - 1))}…`;
  return `${head}${title}${rest}`.slice(0, SOURCE_MAX);
}

function abnStep(payer: Payer): string {
  if (payer === 'advantage')
    return 'for a Medicare Advantage plan, ask the plan for a pre-service organization determination (an ABN does not apply).';
  return 'give the Medicare patient an ABN before the service when it may not be covered, and bill the line with GA.';
}

function lineFinding(
  line: ServiceLine,
  v: ArticleVerdict,
  pointed: Diagnosis[],
  payer: Payer,
  set: DataSetInfo,
  dos: string,
) {
  const article = describeArticle(v);
  const error = v.verdict === 'non-covered';
  const many = (list: Diagnosis[]) => list.length > 1;
  const message = error
    ? `${many(v.noncovered) ? 'Diagnoses' : 'Diagnosis'} ${dxList(v.noncovered)} on line ${line.line} ${many(v.noncovered) ? 'are' : 'is'} on the list of diagnoses that article ${article} says do not support ${line.code}.`
    : `${many(pointed) ? 'Diagnoses' : 'Diagnosis'} on line ${line.line} (${dxList(pointed)}) ${many(pointed) ? 'are' : 'is'} not among those article ${article} lists as supporting ${line.code}.`;
  const unknownPayer =
    payer === 'unknown'
      ? ' The payer is not shown on this page: this applies if the claim goes to Medicare.'
      : '';
  let severity: Severity = error ? (v.newer ? 'warning' : 'error') : 'warning';
  let action = error
    ? `Point line ${line.line} only at diagnoses the record supports and the article lists; a diagnosis on this list makes the line deny as not medically necessary (CO-50). If the service is still wanted, ${abnStep(payer)}`
    : `Check the documentation and the article: if the record supports a diagnosis the article lists, code it to full specificity and point line ${line.line} at it. Otherwise the line will likely deny as not medically necessary (CO-50): ${abnStep(payer)}`;
  let note = '';
  if (line.modifiers.includes('GA')) {
    severity = 'info';
    note = ' GA is on the line: an ABN is on file, so the patient can be billed if Medicare denies.';
    action = 'Keep the signed ABN with the record.';
  } else if (line.modifiers.includes('GZ')) {
    severity = 'info';
    note = ' GZ is on the line: no ABN was given, Medicare will deny it and the patient cannot be billed.';
    action = 'Nothing to add unless the record supports a listed diagnosis.';
  }
  return { severity, message: `${message}${note}${unknownPayer}`, action, source: source(v, set, dos) };
}

export const checkMedNecessity: Check = (claim, data, ctx) => {
  const payer = coveragePayer(claim.payer, ctx.snapshot.portal);
  const lines = claim.serviceLines.filter((l) => l.code);
  if (!payer || lines.length === 0) return [];
  const notChecked = (message: string, action: string, reason: string): Finding =>
    finding(RULE, ctx.claimIndex, {
      severity: 'could-not-check',
      message,
      action,
      source: 'ClaimLens',
      reason,
    });
  if (data.mcd.status === 'no-data') {
    return [
      notChecked(
        'Could not check medical necessity: no Medicare coverage articles are loaded.',
        'Import the MCD current article download (current_article.zip) on the options page, or use Download from CMS.',
        data.mcd.reason,
      ),
    ];
  }
  const coverage = data.mcd.value;
  const set = data.mcd.dataset;
  const listed = lines.filter((l) => articlesWithLists(coverage, l.code).length > 0);
  if (listed.length === 0) return [];
  const j = ctx.settings.jurisdiction;
  if (!jurisdictionSet(j)) {
    const example = listed[0]!;
    return [
      notChecked(
        `Could not check medical necessity on ${lineList(listed)}: ClaimLens does not know the practice's Medicare contractor, and coverage articles apply by contractor.`,
        'Set the practice’s state(s) or Medicare contractor on the options page, under Medicare jurisdiction.',
        `${example.code} is listed in ${articlesWithLists(coverage, example.code)
          .map((a) => a.id)
          .slice(0, 5)
          .join(', ')}; jurisdiction not set`,
      ),
    ];
  }
  const findings: Finding[] = [];
  const unread: ServiceLine[] = [];
  for (const line of listed) {
    const judged = judgeLine(claim, line, coverage, j, ctx.today);
    if (judged.verdicts.length === 0) continue;
    if (judged.diagnoses.length === 0) {
      unread.push(line);
      continue;
    }
    for (const v of judged.verdicts) {
      if (v.verdict === 'covered') continue;
      const f = lineFinding(line, v, judged.diagnoses, payer, set, judged.dos);
      findings.push(finding(RULE, ctx.claimIndex, { lines: [line.line], ...f }));
    }
  }
  if (unread.length > 0) {
    findings.push(
      notChecked(
        `Could not check medical necessity on ${lineList(unread)}: the diagnoses were not read from the page.`,
        'Check the diagnoses against the coverage article by hand.',
        `coverage articles of ${describeJurisdiction(j)} list ${unread.map((l) => l.code).join(', ')}`,
      ),
    );
  }
  return findings;
};
