import type { Finding, Severity } from '../model/finding';
import type { PageSnapshot } from '../model/snapshot';

/** One inline flag: the worst finding of a service line, as the badge beside it shows it. */
export interface LineFlag {
  line: number;
  code: string | null;
  severity: Exclude<Severity, 'could-not-check'>;
  /** "2 findings: …" — the worst message first. */
  text: string;
}

/** How a badge names its severity (its accessible name, and the popover's title). */
export const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

const RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

/**
 * The flags for a claim-entry page: one per line that has a finding (could-not-check is panel-only).
 * `panel` is what the browser calls the panel: Chrome's side panel, Firefox's sidebar.
 */
export function lineFlags(
  snapshot: PageSnapshot,
  findings: Finding[],
  panel: 'side panel' | 'sidebar' = 'side panel',
): LineFlag[] {
  if (snapshot.kind !== 'claim-entry') return [];
  const claim = snapshot.claims[0];
  if (!claim) return [];
  const flags: LineFlag[] = [];
  for (const line of claim.serviceLines) {
    const mine = findings
      .filter((f) => f.severity !== 'could-not-check' && f.claimIndex === 0 && f.lines.includes(line.line))
      .sort((a, b) => (RANK[a.severity] ?? 3) - (RANK[b.severity] ?? 3));
    const worst = mine[0];
    if (!worst) continue;
    const more = mine.length > 1 ? ` (+${mine.length - 1} more in the ${panel})` : '';
    flags.push({
      line: line.line,
      code: line.code,
      severity: worst.severity as LineFlag['severity'],
      text: `${worst.message}${more}`,
    });
  }
  return flags;
}
