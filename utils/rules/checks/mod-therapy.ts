import type { Finding, Severity } from '../../model/finding';
import type { Claim, ServiceLine } from '../../model/snapshot';
import { type Check, type CheckContext, finding, isMedicare } from '../context';
import { isAmbulanceCode } from '../data/ambulance';
import {
  ASSISTANT_DISCIPLINE,
  DISCIPLINE_NAME,
  DISCIPLINES,
  type Discipline,
  EVALUATION_DISCIPLINE,
  THERAPY_LIST_VINTAGE,
  therapyFamily,
} from '../data/therapy-codes';
import { codeInList } from '../payer-pack';
import { ruleSwitch } from '../switch';

/**
 * mod-therapy: outpatient therapy discipline modifiers (Pub. 100-04 ch. 5 §20.1). Every "always therapy"
 * line carries exactly one of GP (physical), GO (occupational), GN (speech-language); an evaluation
 * carries its own discipline; CQ (PT assistant) goes with GP and CO (OT assistant) with GO. Original
 * Medicare: errors. Medicare Advantage and other payers: warnings (per-payer switches and payer packs
 * raise, lower or silence them). A discipline modifier on a code that is not on the therapy list is
 * reported here, once. Code list: data/therapy-codes.ts.
 */
const SOURCE = `${THERAPY_LIST_VINTAGE}; Pub. 100-04 ch. 5 §20.1`;

export const checkModTherapy: Check = (claim, _data, ctx) => {
  const level: Severity = isMedicare(claim.payer) ? 'error' : 'warning';
  const findings: Finding[] = [];
  for (const l of claim.serviceLines) {
    // On an ambulance line GN or GP are origin/destination pairs (mod-ambulance reads them).
    if (!l.code || isAmbulanceCode(l.code)) continue;
    const f = lineProblem(claim, l, ctx);
    if (f) findings.push(finding('mod-therapy', ctx.claimIndex, { ...f, severity: f.severity ?? level }));
  }
  return findings;
};

interface Problem {
  severity?: Severity;
  lines: number[];
  message: string;
  action: string;
  source: string;
}

function lineProblem(claim: Claim, l: ServiceLine, ctx: CheckContext): Problem | null {
  const code = l.code ?? '';
  const disciplines = l.modifiers.filter((m): m is Discipline => (DISCIPLINES as string[]).includes(m));
  const assistants = l.modifiers.filter((m) => m in ASSISTANT_DISCIPLINE);
  const family = therapyFamily(code);
  const at = `${code} on line ${l.line}`;
  const problem = (message: string, action: string, severity?: Severity): Problem => ({
    severity,
    lines: [l.line],
    message,
    action,
    source: SOURCE,
  });
  if (family === null) {
    const used = [...disciplines, ...assistants];
    if (used.length === 0) return null;
    return problem(
      `${at} has ${used.join(' and ')}, which ${used.length > 1 ? 'say' : 'says'} the service was furnished under a therapy plan of care, but ${code} is not on the CMS therapy code list.`,
      `Remove ${used.join(' and ')} from line ${l.line}, unless the payer asks for ${used.length > 1 ? 'them' : 'it'} on this code.`,
      'warning',
    );
  }
  if (disciplines.length > 1) {
    return problem(
      `${at} has ${disciplines.join(' and ')}: a therapy line carries one discipline modifier.`,
      `Keep the one whose plan of care the service was furnished under (${disciplines.map((d) => `${d} ${DISCIPLINE_NAME[d]}`).join(', ')}); bill another discipline's service on its own line.`,
    );
  }
  const own = EVALUATION_DISCIPLINE[code];
  const has = disciplines[0];
  if (own && has && has !== own) {
    return problem(
      `${at} is a ${DISCIPLINE_NAME[own]} evaluation billed with ${has} (${DISCIPLINE_NAME[has]}).`,
      `Use ${own} on line ${l.line}; if the evaluation was ${DISCIPLINE_NAME[has]}, use that discipline's evaluation code.`,
    );
  }
  if (assistants.length > 1) {
    return problem(
      `${at} has both CQ and CO: a line is furnished by a PT assistant (CQ) or an OT assistant (CO), not both.`,
      `Keep the assistant modifier of the discipline on line ${l.line}.`,
    );
  }
  const assistant = assistants[0];
  const needs = assistant ? ASSISTANT_DISCIPLINE[assistant] : undefined;
  if (assistant && needs && has !== needs) {
    const who = assistant === 'CQ' ? 'a physical therapist assistant' : 'an occupational therapy assistant';
    return problem(
      has
        ? `${at} has ${assistant} (${who}) with ${has}: ${assistant} goes with ${needs} (${DISCIPLINE_NAME[needs]}).`
        : `${at} has ${assistant} (${who}) but no ${needs}.`,
      has
        ? `Use ${needs} with ${assistant}, or the other discipline's assistant modifier (${assistant === 'CQ' ? 'CO with GO' : 'CQ with GP'}).`
        : `Add ${needs} to line ${l.line}.`,
    );
  }
  if (has || family !== 'always') return null;
  // A payer pack that requires a discipline modifier on this code already says so (payer-rule): once.
  if (packAsksForDiscipline(claim, code, ctx)) return null;
  return problem(
    `${at} is an always-therapy code without a discipline modifier (GP, GO or GN)${isMedicare(claim.payer) ? ': Medicare returns it unprocessable' : ''}.`,
    own
      ? `Add ${own} to line ${l.line} (${DISCIPLINE_NAME[own]} evaluation).`
      : `Add the modifier of the plan of care the service was furnished under to line ${l.line}: GP physical therapy, GO occupational therapy, GN speech-language pathology.`,
  );
}

function packAsksForDiscipline(claim: Claim, code: string, ctx: CheckContext): boolean {
  if (!ruleSwitch('payer-rule', ctx.settings, claim.payer, ctx.packs).enabled) return false;
  return ctx.packs.some((p) =>
    p.requiredModifiers.some(
      (r) => codeInList(code, r.codes) && r.anyOf.some((m) => (DISCIPLINES as string[]).includes(m)),
    ),
  );
}
