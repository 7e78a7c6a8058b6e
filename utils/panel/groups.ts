import { type Finding, severityRank } from '../model/finding';
import type { Claim, ServiceLine } from '../model/snapshot';

export interface FindingGroup {
  /** Stable key: "claim" or the line numbers, "2" / "1,2". */
  key: string;
  /** "Line 2 · 20610 RT", "Lines 1 and 2 · 20611 RT, 20610 RT", "Whole claim". */
  title: string;
  lines: number[];
  findings: Finding[];
}

/** Worst first (error, warning, info), keeping the engine's order among equals. */
export function worstFirst(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => severityRank(a.f.severity) - severityRank(b.f.severity) || a.i - b.i)
    .map(({ f }) => f);
}

/** "20610 RT" — what a biller calls a line. */
export function lineLabel(line: ServiceLine | undefined): string {
  if (!line) return '';
  return [line.code ?? 'no code', ...line.modifiers].join(' ');
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function groupTitle(lines: readonly number[], claim: Claim | null): string {
  if (lines.length === 0) return 'Whole claim';
  const byNumber = new Map((claim?.serviceLines ?? []).map((l) => [l.line, l]));
  const codes = lines.map((n) => lineLabel(byNumber.get(n))).filter((s) => s !== '');
  const head = lines.length === 1 ? `Line ${lines[0]}` : `Lines ${joinAnd(lines.map(String))}`;
  return codes.length > 0 ? `${head} · ${codes.join(', ')}` : head;
}

/**
 * Groups a claim's findings by the service lines they concern, so a biller fixes one line at a time.
 * A finding about a pair of lines (a PTP pair) gets its own group for that pair instead of being
 * repeated under each line: repeating it would double the counts and the test hooks.
 * Order: whole-claim findings first (they affect every line), then by first line number.
 * could-not-check findings are left out: they are shown in their own group with their reasons.
 */
export function groupByLine(findings: readonly Finding[], claim: Claim | null): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    if (f.severity === 'could-not-check') continue;
    const lines = [...f.lines].sort((a, b) => a - b);
    const key = lines.length === 0 ? 'claim' : lines.join(',');
    const group = groups.get(key) ?? { key, title: groupTitle(lines, claim), lines, findings: [] };
    group.findings.push(f);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0) || a.lines.length - b.lines.length)
    .map((g) => ({ ...g, findings: worstFirst(g.findings) }));
}

export function couldNotCheck(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'could-not-check');
}
