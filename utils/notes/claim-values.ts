import { explainedCodes, isRoutine } from '../model/claim-codes';
import type { Finding } from '../model/finding';
import type { Claim, ClaimStatus, ServiceLine } from '../model/snapshot';
import { formatMoney, shortText } from './format';
import { statusPhrase } from './page-words';

/** Looks up a code's short meaning (the rule engine's denial guidance provides it). */
export type DescribeCode = (kind: 'carc' | 'rarc', code: string) => string | undefined;

/** X12 277 claim status categories, as a biller would write them (utils/rules/denial/category.ts has the list). */
const CATEGORY: Record<string, string> = {
  A0: 'forwarded',
  A1: 'received',
  A2: 'accepted into adjudication',
  A3: 'returned as unprocessable',
  A4: 'not found',
  A5: 'split',
  A6: 'rejected, missing information',
  A7: 'rejected, invalid information',
  A8: 'rejected, relational field in error',
  P0: 'pended',
  P1: 'in process',
  P2: 'in payer review',
  P3: 'waiting on information from the provider',
  P4: 'waiting on information from the patient',
  P5: 'on payer hold',
  F0: 'finalized',
  F1: 'finalized, paid',
  F2: 'finalized, denied',
  F3: 'finalized, revised',
  F3F: 'finalized, forwarded to the next payer',
  F3N: 'finalized, not forwarded to the next payer',
  F4: 'finalized, no payment forthcoming',
  D0: 'data search unsuccessful',
};

/**
 * The status in a known phrase found in the page's words ("denied", "partially paid"), else the 277
 * category meaning. The page's status text itself is never copied: it can hold a patient's name, ids
 * or date of birth (page-words.ts).
 */
export function statusText(status: ClaimStatus | null): string | null {
  if (!status) return null;
  const phrase = statusPhrase(status.text);
  if (phrase) return phrase;
  const cat = status.category;
  if (!cat) return null;
  const meaning = CATEGORY[cat] ?? (cat.startsWith('R') ? 'request for more information' : null);
  return meaning ? `${meaning} (${cat})` : cat;
}

/** "20610-XS" or "J1030 x2": how billers write a line in a note. */
export function lineLabel(line: ServiceLine): string | null {
  if (!line.code) return null;
  const mods = line.modifiers.length ? `-${line.modifiers.join('-')}` : '';
  const units = line.units !== null && line.units > 1 ? ` x${line.units}` : '';
  return `${line.code}${mods}${units}`;
}

export function codesText(claim: Claim): string | null {
  const labels = unique(claim.serviceLines.map(lineLabel));
  return labels.length ? labels.join(', ') : null;
}

/** A claim total, or the sum of the lines when the page shows no total. */
export function claimMoney(claim: Claim, field: 'billed' | 'allowed' | 'paid'): string | null {
  if (claim[field] !== null) return formatMoney(claim[field]);
  const lineField = field === 'billed' ? 'charge' : field;
  const values = claim.serviceLines.map((l) => l[lineField]).filter((v): v is number => v !== null);
  return values.length ? formatMoney(sum(values)) : null;
}

export function patientResponsibility(claim: Claim): string | null {
  if (claim.patientResponsibility !== null) return formatMoney(claim.patientResponsibility);
  const pr = [...claim.adjustments, ...claim.serviceLines.flatMap((l) => l.adjustments)]
    .filter((a) => a.group === 'PR' && a.amount !== null)
    .map((a) => a.amount as number);
  return pr.length ? formatMoney(sum(pr)) : null;
}

/**
 * The codes that reduced or denied payment, one clause per problem line, in page order:
 * "CO-97 (bundled into another service) + M15 on 20610; CO-16 (information missing)".
 * Routine adjustments — the ones the denial guidance rates as information, such as the contractual
 * write-off CO-45 or the patient's share PR-2 — are left out: they are adjustments, not denials.
 * Without findings (or without a finding for a code) the code is kept: never hide what is unknown.
 */
export function denialsText(
  claim: Claim,
  findings: readonly Finding[],
  describe: DescribeCode | undefined,
): string | null {
  const byLine = new Map<string, string[]>();
  for (const e of explainedCodes(claim, findings)) {
    if (isRoutine(e)) continue;
    const c = e.code;
    const where = c.line === null ? '' : (c.lineCode ?? `line ${c.line}`);
    const list = byLine.get(where) ?? [];
    const meaning = shortText(describe?.(c.kind, c.code), 80);
    list.push(`${c.label}${meaning ? ` (${meaning.replace(/\.$/, '')})` : ''}`);
    byLine.set(where, list);
  }
  const parts = [...byLine].map(([where, codes]) => `${codes.join(' + ')}${where ? ` on ${where}` : ''}`);
  return parts.length ? parts.join('; ') : null;
}

export function unique(values: readonly (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null && v !== ''))];
}

function sum(values: readonly number[]): number {
  // Sum in cents so $0.10 + $0.20 is $0.30 on the note.
  return values.reduce((t, v) => t + Math.round(v * 100), 0) / 100;
}
