import type { Finding } from '../../model/finding';
import type { Adjustment, Claim, PageSnapshot, ServiceLine } from '../../model/snapshot';
import type { RuleData } from '../../ruledata/types';
import { type Check, type CheckContext, finding, isEmService } from '../context';
import { payerFamily } from '../payer-family';
import { describeGroup } from './carc';
import { describeCategory } from './category';
import { bundlingCause, type Cause, timelyCause, unitsCause } from './cause';
import { MED_NECESSITY_REASONS, medNecessityCause } from './med-necessity-cause';
import { type Guidance, guidanceFor, type Situation } from './table';
import type { Fact, GroupKey } from './types';

/**
 * denial: on claim status, claim detail and remittance pages, every CARC, RARC and 277 category
 * is explained in plain words with the next step from the guidance table (table.ts): chosen by the
 * group, the code, the remarks beside it, the payer family and what the line and the rules show.
 */
export const DENIAL_SOURCE = 'ClaimLens denial guidance 2026-11';
const PAGES = new Set(['claim-status', 'claim-detail', 'remittance']);
const QMB_REMARKS = ['N781', 'N782', 'N783'];
const BUNDLING = new Set(['97', '236', 'N20', 'M15', 'M80']);
const UNITS = new Set(['151', 'N362']);
const MAX_SOURCE = 300;

function causeFor(code: string, claim: Claim, line: ServiceLine | null, data: RuleData, ctx: CheckContext) {
  if (code === '29') return timelyCause(payerFamily(claim.payer, ctx.snapshot.portal) === 'medicare');
  if (!line) return null;
  if (BUNDLING.has(code)) return bundlingCause(claim, line, data, ctx);
  if (UNITS.has(code)) return unitsCause(line, data);
  if (MED_NECESSITY_REASONS.has(code)) return medNecessityCause(claim, line, data, ctx);
  return null;
}

/** Facts about the line and the patient that change the step (types.ts). */
function lineFacts(line: ServiceLine | null, remarks: readonly string[], page: PageSnapshot): Set<Fact> {
  const facts = new Set<Fact>();
  if (remarks.some((r) => QMB_REMARKS.includes(r)) || page.eligibility?.qmb === true) facts.add('qmb');
  if (!line) return facts;
  if (isEmService(line.code)) facts.add('em');
  const mods = new Set(line.modifiers);
  if (mods.has('GA')) facts.add('ga');
  if (mods.has('GZ')) facts.add('gz');
  if (mods.has('76') || mods.has('77') || mods.has('91')) facts.add('repeat');
  return facts;
}

function situation(
  kind: Situation['kind'],
  code: string,
  group: GroupKey,
  claim: Claim,
  line: ServiceLine | null,
  cause: Cause | null,
  page: PageSnapshot,
): Situation {
  const remarks = [...(line?.remarks ?? []), ...claim.remarks];
  const facts = lineFacts(line, remarks, page);
  for (const f of cause?.facts ?? []) facts.add(f);
  return {
    kind,
    code,
    group,
    remarks,
    facts,
    modLine: cause?.modLine ?? null,
    family: payerFamily(claim.payer, page.portal),
    institutional: claim.claimType === 'institutional',
    unprocessable: remarks.includes('MA130'),
  };
}

/**
 * The guidance row for one adjustment (kind 'carc', with its group) or remark (kind 'rarc') on a claim
 * a page shows, without rule data: for the denial worklist, which groups denials by `cause`.
 */
export function guidanceOnClaim(
  page: PageSnapshot,
  claim: Claim,
  line: ServiceLine | null,
  kind: Situation['kind'],
  code: string,
  group: Adjustment['group'] = null,
): Guidance | null {
  return guidanceFor(situation(kind, code, group ?? 'none', claim, line, null, page));
}

/** "ClaimLens denial guidance 2026-11 · Medicare Claims Processing Manual ch. 34, reopenings; …" */
export function denialSource(guide: Pick<Guidance, 'sources'>): string {
  const full = [DENIAL_SOURCE, guide.sources.join('; ')].filter(Boolean).join(' · ');
  return full.length <= MAX_SOURCE ? full : `${full.slice(0, MAX_SOURCE - 1)}…`;
}

function codeFinding(
  kind: Situation['kind'],
  code: string,
  group: Adjustment['group'],
  claim: Claim,
  line: ServiceLine | null,
  data: RuleData,
  ctx: CheckContext,
): Finding {
  const label = kind === 'rarc' ? `remark ${code}` : `${group ? `${group}-` : ''}${code}`;
  const where = line ? `Line ${line.line}${line.code ? ` (${line.code})` : ''}` : 'Claim';
  const cause = causeFor(code.replace(/^0+(?=.)/, ''), claim, line, data, ctx);
  const guide = guidanceFor(situation(kind, code, group ?? 'none', claim, line, cause, ctx.snapshot));
  const lines = line ? [line.line] : [];
  if (!guide) {
    return finding('denial', ctx.claimIndex, {
      severity: kind === 'carc' ? 'warning' : 'info',
      lines,
      message: `${where}: ${label} — a ${kind === 'carc' ? 'reason' : 'remark'} code ClaimLens has no guidance for yet.`,
      action: 'Look the code up in the payer’s remittance guide.',
      source: DENIAL_SOURCE,
    });
  }
  // PR says the patient owes it; for a QMB that is exactly what the law forbids, so the row speaks alone.
  const qmbShare = group === 'PR' && guide.row.when?.includes('qmb');
  const groupWords = kind === 'carc' && group && !qmbShare ? describeGroup(group) : null;
  const message = `${where}: ${label} — ${guide.short}. ${guide.meaning}${groupWords ? ` (${group}: ${groupWords}.)` : ''}${cause ? ` ${cause.text}` : ''}`;
  return finding('denial', ctx.claimIndex, {
    severity: guide.level,
    lines,
    message: message.slice(0, 1000),
    action: guide.step.slice(0, 1000),
    source: denialSource(guide),
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
        source: `${DENIAL_SOURCE} · X12 277 claim status categories`,
      }),
    );
  }
  const at = (line: ServiceLine | null, adjustments: readonly Adjustment[], remarks: readonly string[]) => {
    for (const a of adjustments)
      findings.push(codeFinding('carc', a.reason, a.group, claim, line, data, ctx));
    for (const r of remarks) findings.push(codeFinding('rarc', r, null, claim, line, data, ctx));
  };
  at(null, claim.adjustments, claim.remarks);
  for (const line of claim.serviceLines) at(line, line.adjustments, line.remarks);
  return findings;
};
