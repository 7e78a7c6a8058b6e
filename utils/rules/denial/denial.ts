import type { Finding } from '../../model/finding';
import type { Adjustment, Claim, ServiceLine } from '../../model/snapshot';
import type { RuleData } from '../../ruledata/types';
import { type Check, type CheckContext, finding, isMedicare } from '../context';
import { describeCarc, describeGroup } from './carc';
import { describeCategory } from './category';
import { bundlingCause, type Cause, timelyCause, unitsCause } from './cause';
import { describeRarc } from './rarc';

/**
 * denial: on claim status, claim detail and remittance pages, every CARC, RARC and 277 category
 * is explained in plain words with the next step, tied to its cause where the rules can see it.
 */
export const DENIAL_SOURCE = 'ClaimLens denial guidance 2026-11';
const PAGES = new Set(['claim-status', 'claim-detail', 'remittance']);

const APPEAL_WORDS = {
  yes: 'An appeal can succeed with the right records.',
  no: 'An appeal is not the right tool.',
  maybe: 'Appeal only if the facts support it (see the next step).',
  'not-needed': '',
} as const;

/**
 * Next steps that only hold for original Medicare (an ABN and modifier GA are Medicare's liability
 * notice): other payers get their own route. Claims with no payer named are treated as not Medicare.
 */
const NOT_MEDICARE_STEP: Record<string, string> = {
  '50': "Appeal with records that meet the payer's medical policy. Next time, check the policy and get prior authorization where the plan requires it; bill the patient only with the plan's written waiver signed before the service.",
  '96': "Check the plan's benefits: bill the patient only if the plan allows it and the patient agreed in writing before the service.",
};

function nextStepFor(reason: string, step: string, payer: string | null): string {
  const plain = reason.replace(/^0+/, '');
  return !isMedicare(payer) && NOT_MEDICARE_STEP[plain] ? NOT_MEDICARE_STEP[plain] : step;
}

function causeFor(
  reason: string,
  claim: Claim,
  line: ServiceLine | null,
  data: RuleData,
  ctx: CheckContext,
): Cause | null {
  if (reason === '29') return timelyCause(claim);
  if (!line) return null;
  if (reason === '97' || reason === '236' || reason === 'N20' || reason === 'M15') {
    return bundlingCause(claim, line, data, ctx);
  }
  if (reason === '151' || reason === 'N362') return unitsCause(line, data);
  return null;
}

function adjustmentFinding(
  adj: Adjustment,
  claim: Claim,
  line: ServiceLine | null,
  data: RuleData,
  ctx: CheckContext,
): Finding {
  const label = `${adj.group ? `${adj.group}-` : ''}${adj.reason}`;
  const where = line ? `Line ${line.line}${line.code ? ` (${line.code})` : ''}` : 'Claim';
  const guide = describeCarc(adj.reason);
  const cause = causeFor(adj.reason, claim, line, data, ctx);
  const group = adj.group ? describeGroup(adj.group) : null;
  // Patient share under PR is information; the same code under CO is money the practice loses.
  const level = guide ? (adj.group === 'PR' && guide.level === 'info' ? 'info' : guide.level) : 'warning';
  const message = guide
    ? `${where}: ${label} — ${guide.short}. ${guide.meaning}${group ? ` (${adj.group}: ${group}.)` : ''}${cause ? ` ${cause.text}` : ''}`
    : `${where}: ${label} — a reason code ClaimLens has no guidance for yet.`;
  const action = cause
    ? cause.nextStep
    : guide
      ? `${nextStepFor(adj.reason, guide.nextStep, claim.payer)} ${APPEAL_WORDS[guide.appeal]}`.trim()
      : 'Look the code up in the payer’s remittance guide.';
  return finding('denial', ctx.claimIndex, {
    severity: level,
    lines: line ? [line.line] : [],
    message,
    action,
    source: DENIAL_SOURCE,
  });
}

function remarkFinding(
  code: string,
  claim: Claim,
  line: ServiceLine | null,
  data: RuleData,
  ctx: CheckContext,
): Finding {
  const guide = describeRarc(code);
  const where = line ? `Line ${line.line}${line.code ? ` (${line.code})` : ''}` : 'Claim';
  const cause = causeFor(code, claim, line, data, ctx);
  return finding('denial', ctx.claimIndex, {
    severity: guide?.level ?? 'info',
    lines: line ? [line.line] : [],
    message: guide
      ? `${where}: remark ${code} — ${guide.short}. ${guide.meaning}${cause ? ` ${cause.text}` : ''}`
      : `${where}: remark ${code} — ClaimLens has no guidance for this remark code yet.`,
    action: cause ? cause.nextStep : guide ? `${guide.nextStep} ${APPEAL_WORDS[guide.appeal]}`.trim() : '',
    source: DENIAL_SOURCE,
  });
}

export const checkDenial: Check = (claim, data, ctx) => {
  if (!PAGES.has(ctx.snapshot.kind)) return [];
  const findings: Finding[] = [];
  const category = claim.status?.category;
  if (category) {
    const guide = describeCategory(category);
    findings.push(
      finding('denial', ctx.claimIndex, {
        severity: guide?.level ?? 'info',
        message: guide
          ? `Claim status ${category}: ${guide.short}.`
          : `Claim status ${category}: a category ClaimLens does not know.`,
        action: guide?.nextStep ?? '',
        source: DENIAL_SOURCE,
      }),
    );
  }
  for (const adj of claim.adjustments) findings.push(adjustmentFinding(adj, claim, null, data, ctx));
  for (const code of claim.remarks) findings.push(remarkFinding(code, claim, null, data, ctx));
  for (const line of claim.serviceLines) {
    for (const adj of line.adjustments) findings.push(adjustmentFinding(adj, claim, line, data, ctx));
    for (const code of line.remarks) findings.push(remarkFinding(code, claim, line, data, ctx));
  }
  return findings;
};
