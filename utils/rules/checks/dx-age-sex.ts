import type { Finding } from '../../model/finding';
import { type Check, finding } from '../context';

/**
 * dx-age-sex: diagnoses against the patient's age and sex when the page shows them (warning only).
 * Ranges follow the CMS Medicare Code Editor's edit groups, simplified to code prefixes.
 */
interface Range {
  from: string;
  to: string;
  what: string;
  minAge?: number;
  maxAge?: number;
  sex?: 'F' | 'M';
}

export const AGE_SEX_RANGES: readonly Range[] = [
  { from: 'P00', to: 'P96ZZZZ', what: 'a newborn (perinatal) diagnosis', maxAge: 0 },
  { from: 'Z0012', to: 'Z00129', what: 'a child health exam', maxAge: 17 },
  { from: 'Z0000', to: 'Z00019', what: 'an adult health exam', minAge: 15 },
  { from: 'O00', to: 'O9AZZZZ', what: 'a maternity diagnosis', minAge: 12, maxAge: 55, sex: 'F' },
  { from: 'Z3A', to: 'Z3AZZZZ', what: 'a weeks-of-gestation code', minAge: 12, maxAge: 55, sex: 'F' },
  { from: 'N70', to: 'N98ZZZZ', what: 'a female pelvic/genital diagnosis', sex: 'F' },
  { from: 'C51', to: 'C58ZZZZ', what: 'a female genital cancer', sex: 'F' },
  { from: 'N40', to: 'N53ZZZZ', what: 'a male genital diagnosis', sex: 'M' },
  { from: 'C60', to: 'C63ZZZZ', what: 'a male genital cancer', sex: 'M' },
];

export const checkDxAgeSex: Check = (claim, _data, ctx) => {
  const patient = ctx.snapshot.patient;
  if (!patient || (patient.age === null && (patient.sex === null || patient.sex === 'U'))) return [];
  const findings: Finding[] = [];
  for (const dx of claim.diagnoses) {
    const range = AGE_SEX_RANGES.find((r) => dx.code >= r.from && dx.code <= r.to);
    if (!range) continue;
    const problems: string[] = [];
    const age = patient.age;
    if (age !== null && range.minAge !== undefined && age < range.minAge)
      problems.push(`the patient is ${age}`);
    if (age !== null && range.maxAge !== undefined && age > range.maxAge)
      problems.push(`the patient is ${age}`);
    if (range.sex && patient.sex && patient.sex !== 'U' && patient.sex !== range.sex) {
      problems.push(`the patient's sex is ${patient.sex}`);
    }
    if (problems.length === 0) continue;
    findings.push(
      finding('dx-age-sex', ctx.claimIndex, {
        severity: 'warning',
        lines: claim.serviceLines.filter((l) => l.diagnosisPointers.includes(dx.letter)).map((l) => l.line),
        message: `Diagnosis ${dx.letter} ${dx.code} is ${range.what}, but ${[...new Set(problems)].join(' and ')}.`,
        action: 'Check the diagnosis code and the patient details on the claim.',
        source: 'ClaimLens age/sex ranges 2026-11 (after the CMS Medicare Code Editor)',
      }),
    );
  }
  return findings;
};
