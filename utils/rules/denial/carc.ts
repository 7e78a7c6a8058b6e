import { CARC_MEANINGS } from './carc-meanings';
import { guidanceFor } from './table';
import type { AppealAdvice, Level } from './types';

export type { AppealAdvice } from './types';

/** A code's meaning with its general next step (no group, no payer known): for lists and previews. */
export interface DenialGuide {
  code: string;
  /** Short, for the side panel and notes ("bundled into another service"). */
  short: string;
  meaning: string;
  nextStep: string;
  appeal: AppealAdvice;
  level: Level;
}

export function describeCode(kind: 'carc' | 'rarc', code: string): DenialGuide | null {
  const g = guidanceFor({
    kind,
    code,
    group: 'none',
    remarks: [],
    facts: new Set(),
    family: 'unknown',
    institutional: false,
    unprocessable: false,
  });
  return g
    ? { code, short: g.short, meaning: g.meaning, nextStep: g.step, appeal: g.appeal, level: g.level }
    : null;
}

export const describeCarc = (code: string): DenialGuide | null => describeCode('carc', code);

export const KNOWN_CARCS: readonly string[] = Object.keys(CARC_MEANINGS);

/**
 * Claim adjustment group codes in the biller's words. CR was retired with the 5010 remittance; a page
 * still showing it is reporting a correction or reversal of an earlier payment.
 */
const GROUPS: Record<string, string> = {
  CO: 'contractual obligation: the practice writes this off and may not bill the patient',
  PR: 'patient responsibility: the patient (or their secondary coverage) owes this',
  OA: 'other adjustment: neither a contractual write-off nor patient share (often what a prior payer paid); the patient is not billed for it',
  PI: 'payer-initiated reduction: the payer’s own adjustment, not a contract term; the patient is not liable, and it can be disputed with the payer',
  CR: 'correction or reversal of an earlier payment (a group retired in the 5010 remittance): compare with the earlier remittance',
};

export function describeGroup(group: string): string | null {
  return GROUPS[group] ?? null;
}
