import type { ClaimReading } from './classify';
import { type DenialRecord, type LearnedFix, OPEN_STATUSES, payerKey, type RecordedLine } from './model';

/**
 * How a new reading of a claim changes its worklist record (pure):
 * - a denial or rejection not seen before joins the queue as "new";
 * - seen again denied, the record takes the newer facts (lines only from a page that shows lines) and
 *   keeps the biller's status and note; a claim marked paid stays paid unless an 835 reversal came first;
 * - seen paid, an open or written-off record becomes "paid" (by ClaimLens) and leaves the queue. A claim
 *   that was already partly paid counts as paid only when more money came in or its denied lines now
 *   show a payment — a claims list repeating the same partial payment changes nothing;
 * - anything else changes nothing.
 * Returns null when nothing needs writing.
 */
export interface SeenAt {
  today: string;
  nowIso: string;
  portal: DenialRecord['portal'];
  kind: DenialRecord['kind'];
  link: string | null;
}

/**
 * The denial memory's index entries: "payer|code" for each denied line's code, and "*|code" so a form
 * that does not name its payer can still be told which payers denied the code.
 */
/** The later of two ISO dates. */
const laterDate = (a: string, b: string) => [a, b].sort()[1] ?? a;

export function memoryKeys(payer: string, lines: readonly RecordedLine[]): string[] {
  const keys = new Set<string>();
  for (const l of lines) {
    if (!l.code) continue;
    keys.add(`*|${l.code}`);
    if (payer) keys.add(`${payer}|${l.code}`);
  }
  return [...keys];
}

function fresh(r: ClaimReading, at: SeenAt): DenialRecord {
  const key = payerKey(r.payer);
  return {
    id: r.id,
    claimNumber: r.claimNumber,
    payer: r.payer,
    payerKey: key,
    portal: at.portal,
    kind: at.kind,
    link: at.link,
    claimType: r.claimType,
    dosFrom: r.dosFrom,
    dosTo: r.dosTo,
    receivedDate: r.receivedDate,
    decisionDate: r.decisionDate,
    primaryEobDate: r.primaryEobDate,
    statusCategory: r.statusCategory,
    rejected: r.outcome === 'rejected',
    billed: r.billed,
    paid: r.paid,
    atRisk: r.atRisk,
    lines: r.lines,
    claimAdjustments: r.claimAdjustments,
    claimRemarks: r.claimRemarks,
    cause: r.cause,
    route: r.route,
    appeal: r.appeal,
    codes: r.codes,
    status: 'new',
    statusAt: at.nowIso,
    statusBy: 'claimlens',
    note: '',
    firstSeen: at.today,
    lastSeen: at.today,
    paidSeen: null,
    fixes: [],
    memoryKeys: memoryKeys(key, r.lines),
  };
}

/** Denied again: newer facts win where the reading has them; the biller's status and note stay. */
function updated(old: DenialRecord, r: ClaimReading, at: SeenAt): DenialRecord {
  const payer = r.payer ?? old.payer;
  const key = payerKey(payer);
  const detailed = r.hasLines && (r.lines.length > 0 || r.claimAdjustments.length > 0);
  const lines = detailed ? r.lines : old.lines;
  const reopen = old.status === 'paid' && r.reopens;
  return {
    ...old,
    payer,
    payerKey: key,
    portal: at.portal,
    kind: at.kind,
    link: at.link ?? old.link,
    claimType: r.claimType ?? old.claimType,
    dosFrom: r.dosFrom ?? old.dosFrom,
    dosTo: r.dosTo ?? old.dosTo,
    receivedDate: r.receivedDate ?? old.receivedDate,
    decisionDate: r.decisionDate ?? old.decisionDate,
    primaryEobDate: r.primaryEobDate ?? old.primaryEobDate,
    statusCategory: r.statusCategory ?? old.statusCategory,
    rejected: r.outcome === 'rejected' || (old.rejected && !detailed),
    billed: r.billed ?? old.billed,
    paid: r.paid ?? old.paid,
    atRisk: detailed || old.atRisk === 0 ? r.atRisk : old.atRisk,
    lines,
    claimAdjustments: detailed ? r.claimAdjustments : old.claimAdjustments,
    claimRemarks: detailed ? r.claimRemarks : old.claimRemarks,
    cause: r.codes.length > 0 || old.codes.length === 0 ? r.cause : old.cause,
    route: r.codes.length > 0 ? r.route : old.route,
    appeal: r.codes.length > 0 ? r.appeal : old.appeal,
    codes: r.codes.length > 0 ? r.codes : old.codes,
    lastSeen: laterDate(at.today, old.lastSeen),
    ...(reopen
      ? { status: 'new' as const, statusAt: at.nowIso, statusBy: 'claimlens' as const, paidSeen: null }
      : {}),
    memoryKeys: memoryKeys(key, lines),
  };
}

/** What changed between the denied lines and the same codes paid: "97110 paid once GP was added". */
export function learnFixes(denied: readonly RecordedLine[], paid: ClaimReading['paidLines']): LearnedFix[] {
  const fixes: LearnedFix[] = [];
  for (const line of denied) {
    if (!line.code) continue;
    const match = paid.find((p) => p.code === line.code);
    if (!match) continue;
    const added = match.modifiers.filter((m) => !line.modifiers.includes(m));
    const removed = line.modifiers.filter((m) => !match.modifiers.includes(m));
    if (added.length || removed.length) fixes.push({ code: line.code, added, removed });
  }
  return fixes.slice(0, 50);
}

function paidNow(old: DenialRecord, r: ClaimReading): boolean {
  if (old.status === 'paid') return false;
  if (!OPEN_STATUSES.has(old.status) && old.status !== 'written-off') return false;
  const before = old.paid ?? 0;
  if (before <= 0) return true;
  if ((r.paid ?? 0) > before + 0.005) return true;
  return (
    r.paidLines.length > 0 && old.lines.every((l) => !l.code || r.paidLines.some((p) => p.code === l.code))
  );
}

export function mergeReading(
  old: DenialRecord | undefined,
  r: ClaimReading,
  at: SeenAt,
): DenialRecord | null {
  if (r.outcome === 'denied' || r.outcome === 'rejected') {
    const next = old ? updated(old, r, at) : fresh(r, at);
    return old && sameExceptSeen(old, next) ? null : next;
  }
  if (!old) return null;
  if (r.outcome === 'reversed') {
    if (old.status !== 'paid') return null;
    return {
      ...old,
      status: 'new',
      statusAt: at.nowIso,
      statusBy: 'claimlens',
      paidSeen: null,
      lastSeen: at.today,
    };
  }
  if (r.outcome === 'paid' && paidNow(old, r)) {
    return {
      ...old,
      status: 'paid',
      statusAt: at.nowIso,
      statusBy: 'claimlens',
      paid: r.paid ?? old.paid,
      paidSeen: at.today,
      lastSeen: laterDate(at.today, old.lastSeen),
      fixes: [...old.fixes, ...learnFixes(old.lines, r.paidLines)].slice(0, 50),
    };
  }
  return null;
}

/** A re-read on the same day that changed nothing is not written again. */
function sameExceptSeen(a: DenialRecord, b: DenialRecord): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
