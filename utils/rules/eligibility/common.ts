import type { CoveragePeriod, Eligibility } from '../../model/eligibility';
import type { Finding } from '../../model/finding';

/** Eligibility checks run per claim (claim DOS) or once per page (the lookup's DOS). */
export interface EligibilityInput {
  eligibility: Eligibility;
  /** The date of service checked. */
  dos: string;
  claimIndex: number | null;
  /** Payer the claim goes to, when a claim is on the page. */
  claimPayer: string | null;
  /** Lines the finding concerns (all the claim's lines, or none on an eligibility page). */
  lines: number[];
  /** mod-hospice reports this claim's hospice election line by line (GW/GV): elig-hospice says nothing of it. */
  hospiceByLine?: boolean;
}

export type EligibilityCheck = (input: EligibilityInput) => Finding[];

export const ELIGIBILITY_SOURCE = 'Eligibility response on this page (271/HETS)';

/** A period is open on the date when it started on or before it and has not ended before it. */
export function openOn(period: CoveragePeriod, dos: string): boolean {
  return (period.from === null || period.from <= dos) && (period.to === null || dos <= period.to);
}

export function describePeriod(p: CoveragePeriod): string {
  const name = p.name ?? 'coverage';
  const dates = p.from || p.to ? ` (${p.from ?? '…'} to ${p.to ?? 'open'})` : '';
  return `${name}${dates}`;
}
