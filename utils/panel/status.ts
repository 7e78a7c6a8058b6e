import type { Finding } from '../model/finding';
import type { Claim } from '../model/snapshot';
import { category277Label } from './labels';

export interface StatusLine {
  /** "F2 · Finalized: denial" or null when the page shows no category. */
  category: string | null;
  code: string | null;
  /** The page's own words ("Denied"). */
  text: string | null;
}

export function statusLine(claim: Claim): StatusLine | null {
  const s = claim.status;
  if (!s || (!s.category && !s.code && !s.text)) return null;
  const label = s.category ? category277Label(s.category) : null;
  return {
    category: s.category ? (label ? `${s.category} · ${label}` : s.category) : null,
    code: s.code,
    text: s.text,
  };
}

/** The adjustment and remark codes the page shows, claim level and per line: "CO-97", "N362". */
export function codesOnClaim(claim: Claim): string[] {
  const codes = new Set<string>();
  const adj = [...claim.adjustments, ...claim.serviceLines.flatMap((l) => l.adjustments)];
  for (const a of adj) codes.add(a.group ? `${a.group}-${a.reason}` : a.reason);
  for (const r of [...claim.remarks, ...claim.serviceLines.flatMap((l) => l.remarks)]) codes.add(r);
  return [...codes];
}

/**
 * "45 days left" from the timely-filing finding's message, so the clock can be shown large.
 * The message is the engine's; when it says no number the panel shows the message alone.
 */
export function daysLeft(message: string): number | null {
  const left = /(-?\d+)\s+days?\s+(left|remain)/i.exec(message);
  if (left?.[1]) return Number(left[1]);
  // Past the deadline the engine says "ended on 2026-01-02, 12 days ago".
  const ago = /(\d+)\s+days?\s+ago/i.exec(message);
  return ago?.[1] ? -Number(ago[1]) : null;
}

/** The most urgent clock when a claim has several (filing limit and appeal deadline). */
export function soonestDaysLeft(messages: readonly string[]): number | null {
  const days = messages.map(daysLeft).filter((d): d is number => d !== null);
  return days.length === 0 ? null : Math.min(...days);
}

/** Findings the status section explains instead of the line groups: denial codes and filing clocks. */
export function isStatusFinding(f: Finding): boolean {
  return f.rule === 'denial' || f.rule === 'timely-filing';
}
