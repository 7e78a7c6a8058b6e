import type { Finding, RuleId } from '../model/finding';
import type { ServiceLine } from '../model/snapshot';
import { mueTooNew } from '../ruledata/store-reasons';
import type { DataSetInfo } from '../ruledata/types';
import { type CheckContext, couldNotCheck, sourceOf } from './context';

/**
 * Which dates of service a release whose rows carry no dates of their own can judge (README "Dates of
 * service and releases"). PTP, HCPCS and ICD-10-CM rows are dated (or the set is a fiscal year), so
 * they decide per row; these three decide here:
 * - MUE: a quarterly table holds the values in force from its effective date. A date before it gets
 *   "could not check" (values change between quarters: a later table would give false errors).
 * - PFS: a release holds its calendar year's fee schedule (the A–D releases of a year revise the same
 *   year), so a date in that year or later is judged (later: "older than this date of service"); a date
 *   in an earlier year gets "could not check".
 * - Add-on edits: used for every date (the layout ClaimLens accepts has no dates; a later table only
 *   adds primaries and add-on codes, which cannot make an earlier claim wrong), with the "newer than
 *   this date of service" note on the source.
 */
export function releaseCovers(ds: DataSetInfo, dos: string): boolean {
  if (ds.kind === 'mue') return dos >= ds.effectiveFrom;
  if (ds.kind === 'pfs') return dos.slice(0, 4) >= ds.effectiveFrom.slice(0, 4);
  return true;
}

/** A line's date of service, or today for a line being keyed without one (the rules use today's data). */
export const lineDate = (line: ServiceLine, today: string): string => line.dosFrom ?? today;

/**
 * Lines judged against one release of undated rows: those it covers, the one "could not check" for
 * those dated before it (none when every line is covered), and the source to name on the findings
 * about the rest (with its "older than" / "newer than this date of service" note).
 */
export function judgedByRelease<T extends ServiceLine>(
  rule: RuleId,
  ctx: CheckContext,
  what: string,
  ds: DataSetInfo,
  lines: readonly T[],
): { covered: T[]; tooNew: Finding[]; source: string } {
  const covered: T[] = [];
  const early: T[] = [];
  for (const l of lines) (releaseCovers(ds, lineDate(l, ctx.today)) ? covered : early).push(l);
  return {
    covered,
    tooNew: early.length > 0 ? [tooNewFor(rule, ctx, what, ds, early)] : [],
    source: sourceOf(
      ds,
      covered.map((l) => lineDate(l, ctx.today)),
    ),
  };
}

/** The one "could not check" for the lines a release is too new to judge, naming their dates. */
export function tooNewFor(
  rule: RuleId,
  ctx: CheckContext,
  what: string,
  ds: DataSetInfo,
  early: readonly ServiceLine[],
): Finding {
  const dates = [...new Set(early.map((l) => lineDate(l, ctx.today)))].sort();
  const holds =
    ds.kind === 'pfs'
      ? `holds the ${ds.effectiveFrom.slice(0, 4)} fee schedule`
      : `applies from ${ds.effectiveFrom}`;
  // MUE: the same words as the store's answer when every date is earlier (store-reasons.ts).
  const reason =
    ds.kind === 'mue'
      ? mueTooNew(ds, ds.setting, dates)
      : `${ds.label} ${holds}; ${dates.join(', ')} ${dates.length === 1 ? 'is' : 'are'} earlier: import the release in force then.`;
  const f = couldNotCheck(
    rule,
    ctx,
    `${what} for ${dates.length === 1 ? 'the date of service' : 'the dates of service'} ${dates.join(', ')}`,
    reason,
  );
  return { ...f, lines: early.map((l) => l.line).sort((a, b) => a - b) };
}
