import type { Finding } from '../../model/finding';
import type { Claim } from '../../model/snapshot';
import { type HcpcsCode, icdFiscalYear, type RuleData } from '../../ruledata/types';
import { type Check, type CheckContext, claimDates, couldNotCheck, finding, sourceOf } from '../context';
import { isPlacePair, OTHER_MEANING } from '../data/ambulance';
import { CPT_MODIFIERS } from '../modifiers';

/**
 * code-valid: HCPCS Level II codes and modifiers valid on the date of service, CPT modifier numbers,
 * and ICD-10-CM codes in the fiscal year of the date of service (Oct 1 – Sep 30).
 * CPT codes themselves are not checked: the extension holds no CPT code list (AMA licence).
 */

/** Level II codes start with a letter; CPT category II/III codes end with F/T and start with digits. */
export function isLevelII(code: string): boolean {
  return /^[A-V]\d{4}$/.test(code);
}

export function hcpcsValidOn(entry: HcpcsCode, dos: string): boolean {
  const start = entry.effective ?? entry.added;
  if (start && dos < start) return false;
  // A termination date before the effective date belongs to an earlier version of the code.
  if (entry.terminated && dos > entry.terminated && !(start && entry.terminated < start)) return false;
  return true;
}

/**
 * Ambulance origin/destination pairs (RH, SN…) are not in the HCPCS modifier list: mod-ambulance judges
 * them, on ambulance lines and elsewhere, so a pair is reported once and never as "not valid".
 */
const ambulanceOnly = (m: string) => isPlacePair(m) && !OTHER_MEANING.has(m);

function checkProcedures(claim: Claim, data: RuleData, ctx: CheckContext, missing: string[]): Finding[] {
  if (data.hcpcs.status === 'no-data') {
    const needsFile = claim.serviceLines.some(
      (l) =>
        (l.code !== null && isLevelII(l.code)) ||
        l.modifiers.some((m) => !CPT_MODIFIERS.has(m) && !ambulanceOnly(m)),
    );
    if (needsFile) missing.push(`HCPCS: ${data.hcpcs.reason}`);
    return [];
  }
  const hcpcs = data.hcpcs.value;
  const dataset = data.hcpcs.dataset;
  // The built-in HCPCS set holds the modifiers only: a Level II code missing from it says nothing
  // about the code (could not check), while its modifiers can still be judged.
  const modifiersOnly = dataset.bundled;
  if (modifiersOnly) {
    const codes = [
      ...new Set(claim.serviceLines.map((l) => l.code).filter((c): c is string => !!c && isLevelII(c))),
    ];
    if (codes.length > 0) {
      missing.push(
        `HCPCS Level II codes (${codes.join(', ')}): only the built-in modifier list is loaded; import the HCPCS file to check codes`,
      );
    }
  }
  const source = sourceOf(dataset, claimDates(claim));
  // A code missing from a file older than the date of service may simply be newer than the file.
  const stale = source.includes('older than');
  const findings: Finding[] = [];
  const judge = (
    line: number,
    what: string,
    entry: HcpcsCode | undefined,
    dos: string,
    isModifier: boolean,
  ) => {
    if (entry && entry.modifier === isModifier && hcpcsValidOn(entry, dos)) return;
    const unknownButStale = !entry && stale;
    findings.push(
      finding('code-valid', ctx.claimIndex, {
        severity: unknownButStale ? 'warning' : 'error',
        lines: [line],
        message: unknownButStale
          ? `${what} is not in ${data.hcpcs.status === 'ok' ? data.hcpcs.dataset.label : 'the HCPCS file'}, which is older than the date of service ${dos}.`
          : `${what} is not valid on ${dos}.`,
        action: unknownButStale
          ? 'Import the current HCPCS file, or check the code by hand.'
          : isModifier
            ? 'Correct or remove the modifier.'
            : 'Use the code in effect on the date of service and rebill.',
        source,
      }),
    );
  };
  for (const line of claim.serviceLines) {
    const dos = line.dosFrom ?? ctx.today;
    if (line.code && isLevelII(line.code) && !modifiersOnly)
      judge(line.line, `HCPCS code ${line.code}`, hcpcs[line.code], dos, false);
    for (const m of line.modifiers) {
      if (CPT_MODIFIERS.has(m) || ambulanceOnly(m)) continue;
      judge(line.line, `Modifier ${m}`, hcpcs[m], dos, true);
    }
  }
  return findings;
}

function checkDiagnoses(claim: Claim, data: RuleData, ctx: CheckContext, missing: string[]): Finding[] {
  if (claim.diagnoses.length === 0) return [];
  const findings: Finding[] = [];
  const dates = claimDates(claim);
  const years = [...new Set((dates.length > 0 ? dates : [ctx.today]).map(icdFiscalYear))];
  for (const fy of years) {
    const answer = data.icd10cm[fy];
    if (!answer || answer.status === 'no-data') {
      missing.push(
        `ICD-10-CM ${fy}: ${answer?.reason ?? 'the code set for this fiscal year is not imported'}`,
      );
      continue;
    }
    const source = `${answer.dataset.label}, effective ${answer.dataset.effectiveFrom}`;
    for (const dx of claim.diagnoses) {
      const status = answer.value[dx.code] ?? 'invalid';
      if (status === 'billable') continue;
      const pointing = claim.serviceLines
        .filter((l) => l.diagnosisPointers.includes(dx.letter))
        .map((l) => l.line);
      findings.push(
        finding('code-valid', ctx.claimIndex, {
          severity: 'error',
          lines: pointing,
          message:
            status === 'header'
              ? `Diagnosis ${dx.letter} ${dx.code} is a category, not a billable code in ${fy}: it needs more characters.`
              : `Diagnosis ${dx.letter} ${dx.code} is not a valid ICD-10-CM code in ${fy}.`,
          action:
            status === 'header'
              ? 'Pick the complete code (all required characters) from the category and rebill.'
              : 'Use a code valid on the date of service and rebill.',
          source,
        }),
      );
    }
  }
  return findings;
}

export const checkCodeValid: Check = (claim, data, ctx) => {
  const missing: string[] = [];
  const findings = [
    ...checkProcedures(claim, data, ctx, missing),
    ...checkDiagnoses(claim, data, ctx, missing),
  ];
  if (missing.length > 0) {
    findings.push(couldNotCheck('code-valid', ctx, 'code validity', [...new Set(missing)].join('; ')));
  }
  return findings;
};
