import type { Adjustment, Claim, ClaimStatus, ServiceLine } from '../model/snapshot';
import { formatMoney, shortText } from './format';
import { statusPhrase } from './page-words';

/** Looks up a code's short meaning (the rule engine's denial guidance provides it). */
export type DescribeCode = (kind: 'carc' | 'rarc', code: string) => string | undefined;

/** X12 277 claim status categories, as a biller would write them (RULES.md). */
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

interface CodeHit {
  label: string;
  kind: 'carc' | 'rarc';
  code: string;
  lines: string[];
}

/**
 * Each CARC (with its group) and RARC once, with the line codes it hits, in page order:
 * "CO-97 on 20610 (bundled into another service); N362 on 20610".
 */
export function denialsText(claim: Claim, describe: DescribeCode | undefined): string | null {
  const hits = new Map<string, CodeHit>();
  const note = (kind: CodeHit['kind'], code: string, label: string, line: string | null) => {
    const hit = hits.get(label) ?? { label, kind, code, lines: [] };
    if (line && !hit.lines.includes(line)) hit.lines.push(line);
    hits.set(label, hit);
  };
  const adj = (a: Adjustment) => (a.group ? `${a.group}-${a.reason}` : a.reason);
  for (const a of claim.adjustments) note('carc', a.reason, adj(a), null);
  for (const r of claim.remarks) note('rarc', r, r, null);
  for (const line of claim.serviceLines) {
    for (const a of line.adjustments) note('carc', a.reason, adj(a), line.code);
    for (const r of line.remarks) note('rarc', r, r, line.code);
  }
  const parts = [...hits.values()].map((h) => {
    const on = h.lines.length ? ` on ${h.lines.join(', ')}` : '';
    const meaning = shortText(describe?.(h.kind, h.code), 80);
    return `${h.label}${on}${meaning ? ` (${meaning.replace(/\.$/, '')})` : ''}`;
  });
  return parts.length ? parts.join('; ') : null;
}

export function unique(values: readonly (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null && v !== ''))];
}

function sum(values: readonly number[]): number {
  // Sum in cents so $0.10 + $0.20 is $0.30 on the note.
  return values.reduce((t, v) => t + Math.round(v * 100), 0) / 100;
}
