import type { Accumulator, Eligibility, Network } from '../model/eligibility';
import { formatMoney, scrubFreeText } from './format';

/** In-network first (what most visits are), then "any", then out-of-network. */
const NETWORK_ORDER: Network[] = ['in', 'any', 'out'];

function best<T extends { network: Network }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => NETWORK_ORDER.indexOf(a.network) - NETWORK_ORDER.indexOf(b.network));
}

/** The accumulator a biller quotes: in-network, individual before family, with a remaining amount. */
function pickAccumulator(list: readonly Accumulator[]): Accumulator | undefined {
  return [...list.filter((a) => a.remaining !== null)].sort(
    (a, b) =>
      NETWORK_ORDER.indexOf(a.network) - NETWORK_ORDER.indexOf(b.network) ||
      (a.level === 'family' ? 1 : 0) - (b.level === 'family' ? 1 : 0),
  )[0];
}

function accumulatorText(list: readonly Accumulator[]): string | null {
  const acc = pickAccumulator(list);
  if (!acc) return null;
  const total = acc.total !== null ? ` of ${formatMoney(acc.total)}` : '';
  const level = acc.level === 'family' ? ' family' : '';
  const net = acc.network === 'out' ? ' out-of-network' : '';
  return `${formatMoney(acc.remaining)}${total}${level}${net}`;
}

export function coverageText(e: Eligibility): string {
  const plan = scrubFreeText(e.planName, 60);
  return plan ? `${e.coverage} (${plan})` : e.coverage;
}

export const deductibleText = (e: Eligibility) => accumulatorText(e.deductible);
export const oopText = (e: Eligibility) => accumulatorText(e.outOfPocket);

export function copayText(e: Eligibility): string | null {
  const parts = best(e.copays)
    .slice(0, 3)
    .map((c) => `${formatMoney(c.amount)} ${scrubFreeText(c.service, 40) ?? ''}`.trim());
  return parts.length ? parts.join('; ') : null;
}

export function coinsuranceText(e: Eligibility): string | null {
  const parts = best(e.coinsurance)
    .slice(0, 3)
    .map((c) => `${c.percent}% ${scrubFreeText(c.service, 40) ?? ''}`.trim());
  return parts.length ? parts.join('; ') : null;
}

/**
 * The patient's expected share of a visit charge: the copay when the plan has one (in-network
 * first), else what is left of the deductible plus coinsurance on the rest; never more than the
 * out-of-pocket remaining or the charge. An estimate, labelled so in the note ("est."). When the
 * page does not show enough to say (no deductible figure, or no coinsurance for the part past the
 * deductible), there is no estimate rather than a guess.
 */
export function estimatePatientShare(e: Eligibility, charge: number | null): number | null {
  if (charge === null || charge <= 0) return null;
  const copay = best(e.copays)[0];
  const oop = pickAccumulator(e.outOfPocket)?.remaining ?? Number.POSITIVE_INFINITY;
  let share: number;
  if (copay) {
    share = copay.amount;
  } else {
    const deductible = pickAccumulator(e.deductible)?.remaining;
    if (deductible === undefined || deductible === null) return null;
    const toDeductible = Math.min(charge, Math.max(0, deductible));
    const rest = charge - toDeductible;
    const coins = best(e.coinsurance)[0]?.percent;
    if (rest > 0 && coins === undefined) return null;
    share = toDeductible + (rest * (coins ?? 0)) / 100;
  }
  return Math.round(Math.min(share, charge, Math.max(0, oop)) * 100) / 100;
}

export function patientShareText(e: Eligibility, charge: number | null): string | null {
  const share = estimatePatientShare(e, charge);
  return share === null ? null : `est. ${formatMoney(share)}`;
}
