import type { Finding } from '../../model/finding';
import type { ServiceLine } from '../../model/snapshot';
import { addDays, type Check, finding } from '../context';
import { describeCarc } from '../denial/carc';

/**
 * history: on a claim-entry form, "this payer denied this code with these modifiers before" — from the
 * practice's own denial memory on this machine (utils/denials/memory.ts loads it; this check only
 * counts). A combination warns when the payer denied it at least `settings.history.minDenials` times
 * (distinct claims, default 3: never from one or two) within the last `windowDays` days (default 90),
 * for the same reason code. When a later payment showed what fixed it ("paid once GP was added"),
 * the finding says so. A form that does not name its payer cannot be matched: if some payer denied
 * the combination often enough, the check says it could not check, and which payer it was.
 */
export interface PastDenial {
  /** The claim it was seen on (claim key): a claim counts once. */
  claim: string;
  payer: string;
  code: string;
  /** Sorted. */
  modifiers: readonly string[];
  /** "CO-4"; '' when only the claim's status said denied. */
  reason: string;
  date: string;
  /** What the payer paid it with later, when ClaimLens saw that. */
  fix: { added: readonly string[]; removed: readonly string[] } | null;
}

export interface ClaimMemory {
  /** The payer of the claim on the form, or null when the form does not name it. */
  payer: string | null;
  denials: readonly PastDenial[];
  /** Why the denial memory could not be read (the check then says it could not check). */
  unreadable?: string;
}

export const HISTORY_SOURCE = 'Your denial history, kept on this computer';

const sameModifiers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((m, i) => m === b[i]);

interface Pattern {
  payer: string;
  reason: string;
  claims: Set<string>;
  last: string;
  added: Map<string, number>;
}

function patterns(denials: readonly PastDenial[]): Pattern[] {
  const byKey = new Map<string, Pattern>();
  for (const d of denials) {
    const key = `${d.payer}|${d.reason}`;
    const p = byKey.get(key) ?? {
      payer: d.payer,
      reason: d.reason,
      claims: new Set(),
      last: '',
      added: new Map(),
    };
    p.claims.add(d.claim);
    if (d.date > p.last) p.last = d.date;
    for (const m of d.fix?.added ?? []) p.added.set(m, (p.added.get(m) ?? 0) + 1);
    byKey.set(key, p);
  }
  return [...byKey.values()].sort((a, b) => b.claims.size - a.claims.size || (b.last > a.last ? 1 : -1));
}

function combination(line: ServiceLine, added: string[]): string {
  const code = line.code ?? '';
  if (added.length > 0) return `${code} without ${added.join(' and ')}`;
  return line.modifiers.length > 0 ? `${code}-${line.modifiers.join('-')}` : `${code} with no modifier`;
}

const reasonText = (reason: string) => {
  if (!reason) return 'no reason code shown';
  const short = describeCarc(reason.replace(/^[A-Z]{2}-/, ''))?.short;
  return short ? `${reason}: ${short}` : reason;
};

export const checkHistory: Check = (claim, _data, ctx) => {
  const memory = ctx.memory;
  if (ctx.snapshot.kind !== 'claim-entry' || !memory) return [];
  if (memory.unreadable)
    return [
      finding('history', ctx.claimIndex, {
        severity: 'could-not-check',
        message: 'Could not check your denial history for this claim: ClaimLens could not read it.',
        action: 'Reload the page to try again; the denial worklist shows the past denials.',
        source: HISTORY_SOURCE,
        reason: memory.unreadable,
      }),
    ];
  if (memory.denials.length === 0) return [];
  const { minDenials, windowDays } = ctx.settings.history;
  const since = addDays(ctx.today, -windowDays);
  const recent = memory.denials.filter((d) => d.date >= since && d.date <= ctx.today);
  const findings: Finding[] = [];
  for (const line of claim.serviceLines) {
    if (!line.code) continue;
    const mods = [...line.modifiers].sort();
    const same = recent.filter((d) => d.code === line.code && sameModifiers(d.modifiers, mods));
    const often = patterns(same).filter((p) => p.claims.size >= minDenials);
    const top = often[0];
    if (!top) continue;
    const added = [...top.added]
      .filter(([m]) => !line.modifiers.includes(m))
      .sort((a, b) => b[1] - a[1])
      .map(([m]) => m)
      .slice(0, 2);
    const what = combination(line, added);
    const also = often
      .slice(1, 3)
      .filter((p) => p.payer === top.payer)
      .map((p) => ` Also ${reasonText(p.reason)}, ${p.claims.size} times.`)
      .join('');
    const counted = `${top.claims.size} times in the last ${windowDays} days (${reasonText(top.reason)}) — last on ${top.last}.`;
    if (memory.payer === null) {
      findings.push(
        finding('history', ctx.claimIndex, {
          severity: 'could-not-check',
          lines: [line.line],
          message: `Could not check this payer's denial history: the form does not show the payer. ${top.payer} denied ${what} ${counted}`,
          action: 'If this claim goes to that payer, check the line before you submit.',
          source: HISTORY_SOURCE,
          reason: 'The form does not name the payer.',
        }),
      );
      continue;
    }
    findings.push(
      finding('history', ctx.claimIndex, {
        severity: 'warning',
        lines: [line.line],
        message: `${top.payer} denied ${what} ${counted}${also}`,
        action:
          added.length > 0
            ? `When these claims were paid, ${added.join(' and ')} had been added: if the records support it, add it before you submit.`
            : 'Look at those claims in the denial worklist and fix this line the way they were fixed before you submit.',
        source: HISTORY_SOURCE,
      }),
    );
  }
  return findings;
};
