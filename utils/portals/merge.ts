import type { Claim, PageSnapshot } from '../model/snapshot';

/**
 * Field by field, not all or nothing: when an adapter read a page but could not find some parts of
 * it (a redesigned header, a moved panel), the generic reader's reading of the same page fills the
 * parts the adapter left empty. What the adapter read is kept. Returns the parts filled, in the
 * biller's words, for read.fallbacks.
 */
const FIELDS: [keyof Claim, string][] = [
  ['claimNumber', 'claim number'],
  ['status', 'status'],
  ['payer', 'payer'],
  ['receivedDate', 'received date'],
  ['finalizedDate', 'finalized date'],
  ['checkNumber', 'check number'],
  ['checkDate', 'check date'],
  ['billed', 'billed amount'],
  ['allowed', 'allowed amount'],
  ['paid', 'paid amount'],
  ['patientResponsibility', 'patient responsibility'],
  ['priorAuthorization', 'authorization number'],
];

const empty = (v: unknown) =>
  v === null || (typeof v === 'object' && v !== null && Object.values(v).every((x) => x === null));

/**
 * The adapter's reading with the parts it could not find filled from the generic reading; its
 * problems become the fallback used (they no longer stop the reading). Never throws.
 */
export function withGenericParts(adapter: PageSnapshot, read: () => PageSnapshot): PageSnapshot {
  let filled: string[] = [];
  try {
    filled = fillFromGeneric(adapter, read());
  } catch {
    return adapter;
  }
  if (filled.length) {
    const r = adapter.read;
    r.fallbacks.push(
      `${filled.join(', ')} read by the generic reader (${r.adapter}: ${r.problems.join('; ')})`,
    );
    r.unsure.push(...filled.map((f) => `${f}: read by the generic reader`));
    r.problems = [];
  }
  return adapter;
}

export function fillFromGeneric(adapter: PageSnapshot, generic: PageSnapshot): string[] {
  const a = adapter.claims[0];
  const g = generic.claims[0];
  // One claim on each side (a detail page): the same claim. Lists are left to their adapter.
  if (adapter.claims.length !== 1 || generic.claims.length !== 1 || !a || !g) return [];
  const filled: string[] = [];
  for (const [key, words] of FIELDS) {
    if (empty(a[key]) && !empty(g[key])) {
      (a as Record<string, unknown>)[key] = g[key];
      filled.push(words);
    }
  }
  if (!a.serviceLines.length && g.serviceLines.length) {
    a.serviceLines = g.serviceLines;
    filled.push('service lines');
  }
  if (!a.diagnoses.length && g.diagnoses.length) {
    a.diagnoses = g.diagnoses;
    a.unread = a.unread.filter((u) => u !== 'diagnoses');
    filled.push('diagnoses');
  }
  if (!adapter.patient && generic.patient) adapter.patient = generic.patient;
  return filled;
}
