import type { Accumulator, Eligibility, Network } from '../../model/eligibility';
import type { Finding } from '../../model/finding';
import { finding } from '../context';
import { ELIGIBILITY_SOURCE, type EligibilityInput } from './common';

export interface PatientShare {
  deductible: number;
  copay: number;
  coinsurance: number;
  /** Capped at the out-of-pocket remaining when the page shows it. */
  total: number;
  /** How the estimate was made, in words, for the finding. */
  basis: string[];
}

const round = (n: number) => Math.round(n * 100) / 100;

/** In-network (or "any") individual values first: the usual case for a scheduled visit. */
function pick<T extends { network: Network }>(items: readonly T[], level?: (t: T) => boolean): T | undefined {
  const usable = items.filter((i) => i.network !== 'out');
  return usable.find((i) => level?.(i) ?? true) ?? usable[0];
}

const individual = (a: Accumulator) => a.level !== 'family';

function remaining(a: Accumulator | undefined): number | null {
  if (!a) return null;
  if (a.remaining !== null) return Math.max(0, a.remaining);
  if (a.total !== null && a.met !== null) return Math.max(0, a.total - a.met);
  return null;
}

/**
 * The patient's expected share of one visit with this allowed amount. Order: the deductible
 * remaining is paid first; then the copay; coinsurance applies to what is left; the total never
 * exceeds the out-of-pocket remaining or the allowed amount. An estimate: plans differ on whether
 * a copay visit also meets the deductible.
 */
export function expectedPatientShare(eligibility: Eligibility, allowedAmount: number): PatientShare {
  const basis: string[] = [];
  const allowed = Math.max(0, allowedAmount);
  const dedLeft = remaining(pick(eligibility.deductible, individual)) ?? 0;
  const deductible = Math.min(dedLeft, allowed);
  if (deductible > 0)
    basis.push(`deductible $${deductible.toFixed(2)} (of $${dedLeft.toFixed(2)} remaining)`);
  let rest = allowed - deductible;
  const copayAmount = pick(eligibility.copays)?.amount ?? 0;
  const copay = Math.min(copayAmount, rest);
  if (copay > 0) basis.push(`copay $${copay.toFixed(2)}`);
  rest -= copay;
  const percent = pick(eligibility.coinsurance)?.percent ?? 0;
  const coinsurance = round((rest * percent) / 100);
  if (coinsurance > 0) basis.push(`coinsurance ${percent}% of $${rest.toFixed(2)}`);
  let total = round(deductible + copay + coinsurance);
  const oopLeft = remaining(pick(eligibility.outOfPocket, individual));
  if (oopLeft !== null && total > oopLeft) {
    total = round(oopLeft);
    basis.push(`capped at the out-of-pocket remaining $${oopLeft.toFixed(2)}`);
  }
  return { deductible: round(deductible), copay: round(copay), coinsurance, total, basis };
}

/**
 * The estimate as an info finding, filed under elig-inactive (coverage and benefits) because the
 * rule list has no separate id for it. Only when an allowed amount is known.
 */
export function patientShareFinding(input: EligibilityInput, allowed: number | null): Finding[] {
  const e = input.eligibility;
  if (allowed === null || e.coverage === 'inactive') return [];
  if (e.deductible.length === 0 && e.copays.length === 0 && e.coinsurance.length === 0) return [];
  const share = expectedPatientShare(e, allowed);
  return [
    finding('elig-inactive', input.claimIndex, {
      severity: 'info',
      lines: input.lines,
      message: `Expected patient share for an allowed amount of $${allowed.toFixed(2)}: $${share.total.toFixed(2)}${share.basis.length > 0 ? ` (${share.basis.join('; ')})` : ''}.`,
      action: 'Collect or quote this at the visit; it is an estimate from the eligibility response.',
      source: ELIGIBILITY_SOURCE,
    }),
  ];
}
