import type { Finding } from './finding';
import type { Claim } from './snapshot';

/**
 * The adjustment (CARC) and remark (RARC) codes a page shows on a claim, and which denial finding
 * explains each one. The side panel merges a code with its explanation, and the note leaves routine
 * adjustments (a contractual write-off, the patient's share) out of its list of denials.
 */
export interface CodeOnClaim {
  kind: 'carc' | 'rarc';
  /** "97", "N130" */
  code: string;
  /** How billers write it: "CO-97", "N130". */
  label: string;
  /** The service line it is on, null for claim-level codes. */
  line: number | null;
  /** The line's procedure code ("11102"), when shown. */
  lineCode: string | null;
}

/** Every code once per line, in page order: claim level first, then each line's adjustments and remarks. */
export function codesOn(claim: Claim): CodeOnClaim[] {
  const out: CodeOnClaim[] = [];
  const seen = new Set<string>();
  const add = (c: CodeOnClaim) => {
    const key = `${c.line ?? ''}|${c.label}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(c);
  };
  for (const a of claim.adjustments) {
    const label = a.group ? `${a.group}-${a.reason}` : a.reason;
    add({ kind: 'carc', code: a.reason, label, line: null, lineCode: null });
  }
  for (const r of claim.remarks) add({ kind: 'rarc', code: r, label: r, line: null, lineCode: null });
  for (const l of claim.serviceLines) {
    for (const a of l.adjustments) {
      const label = a.group ? `${a.group}-${a.reason}` : a.reason;
      add({ kind: 'carc', code: a.reason, label, line: l.line, lineCode: l.code });
    }
    for (const r of l.remarks) add({ kind: 'rarc', code: r, label: r, line: l.line, lineCode: l.code });
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function sameLines(f: Finding, line: number | null): boolean {
  return line === null ? f.lines.length === 0 : f.lines.length === 1 && f.lines[0] === line;
}

/**
 * Pairs each code with the denial finding that explains it (same line, the code named in its
 * message; a remark's own finding says "remark N362", which wins over a CARC that mentions it).
 * Each finding explains at most one code; a code without one maps to nothing.
 */
export function explainedCodes(
  claim: Claim,
  findings: readonly Finding[],
): { code: CodeOnClaim; finding: Finding | null }[] {
  const denials = findings.filter((f) => f.rule === 'denial' && f.severity !== 'could-not-check');
  const used = new Set<Finding>();
  const pick = (c: CodeOnClaim, test: (message: string) => boolean) =>
    denials.find((f) => !used.has(f) && sameLines(f, c.line) && test(f.message));
  return codesOn(claim).map((code) => {
    const word = new RegExp(`(^|[^A-Z0-9-])${escapeRegExp(code.label)}($|[^A-Z0-9])`);
    const finding =
      (code.kind === 'rarc' ? pick(code, (m) => m.includes(`remark ${code.code}`)) : undefined) ??
      pick(code, (m) => word.test(m)) ??
      null;
    if (finding) used.add(finding);
    return { code, finding };
  });
}

/** A routine adjustment: the engine rates its explanation "info" (CO-45 write-off, PR-2 coinsurance…). */
export function isRoutine(explained: { finding: Finding | null }): boolean {
  return explained.finding?.severity === 'info';
}
