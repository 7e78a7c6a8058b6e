import { type Finding, SEVERITIES, type Severity } from '../model/finding';
import type { Claim } from '../model/snapshot';
import type { DataSetInfo } from '../ruledata/types';
import { dateRange } from './format';
import { countOf, SEVERITY_LABEL } from './labels';

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, 'could-not-check': 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** "2 errors · 1 warning · 1 could not check · 1 dismissed"; levels with nothing are left out. */
export function countsText(counts: SeverityCounts, dismissed: number): string {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) =>
    countOf(counts[s], SEVERITY_LABEL[s].one, SEVERITY_LABEL[s].many),
  );
  if (dismissed > 0) parts.push(`${dismissed} dismissed`);
  return parts.length === 0 ? 'No findings' : parts.join(' · ');
}

/** The claim's dates of service: earliest line start to latest line end. */
export function claimDates(claim: Claim): string {
  const froms = claim.serviceLines.map((l) => l.dosFrom).filter((d): d is string => d !== null);
  const tos = claim.serviceLines.map((l) => l.dosTo ?? l.dosFrom).filter((d): d is string => d !== null);
  if (froms.length === 0)
    return claim.serviceDates ? dateRange(claim.serviceDates.from, claim.serviceDates.to) : '';
  // ISO dates sort as text; sorting (not Math.min/max) keeps them strings.
  const first = [...froms].sort()[0] ?? null;
  const last = [...tos].sort().at(-1) ?? first;
  return dateRange(first, last);
}

/** "v30.1, effective 2024-04-01", leaving out the version when the label already names it. */
function versionDetail(d: DataSetInfo): string {
  const effective = `effective ${d.effectiveFrom}`;
  if (d.version === '' || d.label.includes(d.version)) return effective;
  return `${/^\d+(\.\d+)*$/.test(d.version) ? `v${d.version}` : d.version}, ${effective}`;
}

export interface Vintage {
  label: string;
  /** "v30.1, effective 2024-04-01" */
  detail: string;
  /** A finding said this data is older than the date of service. */
  stale: boolean;
}

/**
 * The data vintages behind what the panel shows (principle 3: every finding names its data).
 * Data sets named in a finding's source come first; when no finding used imported data (nothing
 * fired), the loaded data sets are listed so the biller still sees what was checked against.
 * Sources that name no data set (built-in rules, "ClaimLens modifier rules 2026-11") are listed as is.
 */
export function dataVintages(findings: readonly Finding[], datasets: readonly DataSetInfo[]): Vintage[] {
  const sources = [...new Set(findings.map((f) => f.source).filter((s) => s !== '' && s !== 'ClaimLens'))];
  const used = datasets.filter((d) => sources.some((s) => s.startsWith(d.label)));
  const shown = used.length > 0 ? used : datasets;
  const vintages: Vintage[] = shown.map((d) => ({
    label: d.label,
    detail: versionDetail(d),
    stale: sources.some((s) => s.startsWith(d.label) && s.includes('older than')),
  }));
  for (const s of sources) {
    if (datasets.some((d) => s.startsWith(d.label))) continue;
    const [label = s, ...rest] = s.split(', ');
    vintages.push({ label, detail: rest.join(', '), stale: s.includes('older than') });
  }
  return vintages;
}
