import type { ClaimLensDb } from '../db';
import type { Claim, PageSnapshot } from '../model/snapshot';
import type { ClaimMemory, PastDenial } from '../rules/checks/history';
import type { MemorySource } from '../rules/engine';
import { type DenialRecord, payerKey } from './model';
import { payerOnPortal } from './payer';

/**
 * The practice's denial memory, read from the worklist's own records (one source of truth: what the
 * biller deletes or lets expire is forgotten here too). Counts per payer × code × modifier set × reason
 * are made by the `history` check from the PastDenial list this returns.
 *
 * A claim-entry form is checked again on every change while the biller types, so the answers are
 * cached per "payer|code" key until the records change (`forget()`, called when any context writes
 * denials): the first check of a form reads IndexedDB once, the next ones read memory.
 */
export function pastDenials(record: DenialRecord, code: string): PastDenial[] {
  const out: PastDenial[] = [];
  const date = record.decisionDate ?? record.firstSeen;
  const payer = record.payer ?? 'A payer not shown';
  for (const line of record.lines) {
    if (line.code !== code) continue;
    const fixed = record.fixes.find((f) => f.code === code) ?? null;
    const fix = fixed ? { added: fixed.added, removed: fixed.removed } : null;
    const modifiers = [...line.modifiers].sort();
    for (const reason of line.reasons.length > 0 ? line.reasons : ['']) {
      out.push({ claim: record.id, payer, code, modifiers, reason, date, fix });
    }
  }
  return out;
}

export interface CachedMemory extends MemorySource {
  /** Drop every cached answer (the records changed). */
  forget(): void;
}

export function createMemorySource(db: ClaimLensDb): CachedMemory {
  let cache = new Map<string, PastDenial[]>();
  let generation = 0;

  async function denialsFor(keys: string[]): Promise<PastDenial[]> {
    const missing = keys.filter((k) => !cache.has(k));
    if (missing.length > 0) {
      const started = generation;
      const records = await db.denials.where('memoryKeys').anyOf(missing).toArray();
      const found = new Map<string, PastDenial[]>(missing.map((k) => [k, []]));
      for (const record of records) {
        for (const key of missing) {
          if (!record.memoryKeys.includes(key)) continue;
          const code = key.slice(key.lastIndexOf('|') + 1);
          found.get(key)!.push(...pastDenials(record, code));
        }
      }
      // Records written while this read ran make it stale: use it once, do not keep it.
      if (started === generation) for (const [k, v] of found) cache.set(k, v);
      return keys.flatMap((k) => cache.get(k) ?? found.get(k) ?? []);
    }
    return keys.flatMap((k) => cache.get(k) ?? []);
  }

  return {
    async forClaim(claim: Claim, snapshot: PageSnapshot): Promise<ClaimMemory | null> {
      const codes = [...new Set(claim.serviceLines.map((l) => l.code).filter((c): c is string => !!c))];
      if (codes.length === 0) return null;
      const payer = payerOnPortal(claim.payer, snapshot.portal);
      const key = payerKey(payer);
      const denials = await denialsFor(codes.map((c) => `${key || '*'}|${c}`));
      return { payer: key ? payer : null, denials };
    },
    forget() {
      generation++;
      cache = new Map();
    },
  };
}
