import type { Finding, RuleId, Severity } from '../model/finding';
import type { Claim, PageSnapshot, ServiceLine, UnreadField } from '../model/snapshot';
import type { Answer, DataSetInfo, RuleData } from '../ruledata/types';
import type { ClaimMemory } from './checks/history';
import type { PayerPack } from './payer-pack';
import type { RuleSettings } from './settings';
import { namedForPayer } from './switch';

/** What every check may look at besides the claim and its rule data. */
export interface CheckContext {
  claimIndex: number;
  /** ISO date, injected so findings are reproducible. */
  today: string;
  settings: RuleSettings;
  /** Payer packs whose pattern matches this claim's payer. */
  packs: PayerPack[];
  snapshot: PageSnapshot;
  setting: 'practitioner' | 'hospital';
  /** The payer's past denials of this claim's codes (claim-entry pages only; see checks/history.ts). */
  memory?: ClaimMemory | null;
}

/** A check: pure, one file each, named by its rule id (the rules table in utils/rules/README.md). */
export type Check = (claim: Claim, data: RuleData, ctx: CheckContext) => Finding[];

/** The built-in rules' own vintage, named on findings that use no imported table. */
export const BUILT_IN_SOURCE = 'ClaimLens modifier rules 2026-11';

export interface FindingInput {
  severity: Severity;
  lines?: number[];
  message: string;
  action?: string;
  source: string;
  reason?: string | null;
}

export function finding(rule: RuleId, claimIndex: number | null, f: FindingInput): Finding {
  return {
    rule,
    severity: f.severity,
    claimIndex,
    lines: [...new Set(f.lines ?? [])].sort((a, b) => a - b),
    message: f.message,
    action: f.action ?? '',
    source: f.source,
    reason: f.reason ?? null,
  };
}

export function couldNotCheck(rule: RuleId, ctx: CheckContext, what: string, reason: string): Finding {
  return finding(rule, ctx.claimIndex, {
    severity: 'could-not-check',
    message: `Could not check ${what}.`,
    action: 'Import the rule data for this date of service on the options page, or check by hand.',
    source: 'ClaimLens',
    reason,
  });
}

/**
 * Runs one check so that a bug in it never hides the other checks' findings or breaks the page: what
 * it throws becomes a could-not-check finding of its own rule. Claim and eligibility checks both use it.
 */
export function isolated(rule: RuleId, claimIndex: number | null, run: () => Finding[]): Finding[] {
  try {
    return run();
  } catch (e) {
    return [
      finding(rule, claimIndex, {
        severity: 'could-not-check',
        message: 'This check stopped on an unexpected problem.',
        action: 'Check by hand; please report the page to ClaimLens.',
        source: 'ClaimLens',
        reason: e instanceof Error ? e.message.slice(0, 400) : 'unknown error',
      }),
    ];
  }
}

/** The page did not show this part of the claim (the reader names it in Claim.unread). */
export const unread = (claim: Claim, field: UnreadField): boolean => claim.unread?.includes(field) ?? false;

const UNREAD_WORDS: Record<UnreadField, string> = {
  diagnoses: 'the diagnoses',
  diagnosisPointers: 'the diagnosis pointers',
  modifiers: 'the modifiers',
  priorAuthorization: 'the authorization number',
};

/**
 * A check that needs a part of the claim the page did not show: "could not check", never a finding
 * about the claim (a missing field read as "none" is how false errors are made).
 */
export function couldNotRead(
  rule: RuleId,
  ctx: CheckContext,
  what: string,
  field: UnreadField,
  lines: number[] = [],
): Finding {
  return finding(rule, ctx.claimIndex, {
    severity: 'could-not-check',
    lines,
    message: `Could not check ${what}: could not read ${UNREAD_WORDS[field]} on this page.`,
    action: `Check by hand against the claim, or press Read again once the page shows ${UNREAD_WORDS[field]}.`,
    source: 'ClaimLens',
    reason: `${UNREAD_WORDS[field]} not found on this page`,
  });
}

/**
 * A check whose every finding is about a modifier missing or out of place: when the page showed no
 * modifiers, its findings become one "could not check" on the same lines.
 */
export function needsModifiers(rule: RuleId, what: string, check: Check): Check & { wraps: Check } {
  const wrapped: Check = (claim, data, ctx) => {
    const found = check(claim, data, ctx);
    if (!unread(claim, 'modifiers')) return found;
    const judged = found.filter((f) => f.severity !== 'could-not-check');
    if (judged.length === 0) return found;
    const lines = [...new Set(judged.flatMap((f) => f.lines))].sort((a, b) => a - b);
    const kept = found.filter((f) => f.severity === 'could-not-check');
    return [...kept, couldNotRead(rule, ctx, what, 'modifiers', lines)];
  };
  // The check it wraps, so the rules meta-test can find it in the check's own file.
  return Object.assign(wrapped, { wraps: check });
}

function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const yy = y + Math.floor(m / 12);
  const mm = (m % 12) + 1;
  return `${yy}-${String(mm).padStart(2, '0')}${iso.slice(7)}`;
}

/** NCCI, MUE, PFS and HCPCS are quarterly: a release covers three months from its effective date. */
const QUARTERLY = new Set(['ptp', 'mue', 'addon', 'pfs', 'hcpcs']);

const UNDATED_ROWS = new Set(['mue', 'pfs', 'addon']);

/** The data set's end: its own effectiveTo, else one quarter after effectiveFrom for quarterly sets. */
function coverageEnd(ds: DataSetInfo): string | null {
  if (ds.effectiveTo) return ds.effectiveTo;
  return QUARTERLY.has(ds.kind) ? addMonths(ds.effectiveFrom, 3) : null;
}

/** "NCCI PTP practitioner v30.1, effective 2024-04-01", flagged when older than the latest DOS. */
export function sourceOf(ds: DataSetInfo, datesOfService: readonly string[]): string {
  const base = `${ds.label}, effective ${ds.effectiveFrom}`;
  const end = coverageEnd(ds);
  const latest = [...datesOfService].sort().at(-1) ?? '';
  if (end && latest && latest >= end && !(ds.effectiveTo && latest <= ds.effectiveTo)) {
    return `${base} — older than this date of service (${latest})`;
  }
  // MUE, PFS and add-on rows carry no dates of their own: a release newer than the date of service
  // may hold values that were not yet in force then. PTP rows have their own dates, so no note there.
  const earliest = [...datesOfService].sort()[0] ?? '';
  if (UNDATED_ROWS.has(ds.kind) && earliest && earliest < ds.effectiveFrom) {
    return `${base} — newer than this date of service (${earliest})`;
  }
  return base;
}

/** The value of an ok answer, or null; callers emit could-not-check from `answer.reason`. */
export function okValue<T>(answer: Answer<T>): T | null {
  return answer.status === 'ok' ? answer.value : null;
}

/** Dates of service of a claim: each line's from date (lines without one are skipped). */
export function claimDates(claim: Claim): string[] {
  const dates = new Set<string>();
  for (const l of claim.serviceLines) if (l.dosFrom) dates.add(l.dosFrom);
  // A claims-list row has no lines, only the claim's dates.
  if (dates.size === 0 && claim.serviceDates) dates.add(claim.serviceDates.from);
  return [...dates].sort();
}

/** Lines with a code, grouped by date of service (lines without a date share the "" group). */
export function linesByDate(claim: Claim): Map<string, ServiceLine[]> {
  const groups = new Map<string, ServiceLine[]>();
  for (const l of claim.serviceLines) {
    if (!l.code) continue;
    const key = l.dosFrom ?? '';
    const group = groups.get(key);
    if (group) group.push(l);
    else groups.set(key, [l]);
  }
  return groups;
}

export function lineUnits(line: ServiceLine): number {
  return line.units ?? 1;
}

export function hasAny(line: ServiceLine, mods: ReadonlySet<string>): boolean {
  return line.modifiers.some((m) => mods.has(m));
}

/** E/M codes as NCCI treats them: 99202–99499. */
export function isEm(code: string | null): boolean {
  return code !== null && /^\d{5}$/.test(code) && code >= '99202' && code <= '99499';
}

/**
 * E/M services for modifiers 24, 25 and 57, which CPT defines for evaluation and management only: the
 * E/M codes and the general ophthalmological visits 92002–92014, which CMS and NCCI treat the same way
 * (a 92012 with 25 on the day of a minor eye procedure).
 */
export function isEmService(code: string | null): boolean {
  return isEm(code) || (code !== null && /^\d{5}$/.test(code) && code >= '92002' && code <= '92014');
}

/** Original (fee-for-service) Medicare, billed to a MAC. Medicare Advantage plans follow their own contracts. */
export function isMedicare(payer: string | null): boolean {
  return (
    payer !== null &&
    /medicare|\bcms\b|noridian|novitas|palmetto|\bwps\b|\bcgs\b|first coast|\bngs\b/i.test(payer) &&
    !isMedicareAdvantage(payer)
  );
}

export function isMedicareAdvantage(payer: string | null): boolean {
  return payer !== null && /advantage|\bma\b|medicare\s*(replacement|complete)/i.test(payer);
}

/**
 * Who a Medicare modifier rule speaks to on this claim: original Medicare, a payer whose settings or
 * pack name the rule (switch.ts namedForPayer), or nobody (null: the check stays quiet).
 */
export function medicareRuleFor(rule: RuleId, claim: Claim, ctx: CheckContext): 'medicare' | 'named' | null {
  if (isMedicare(claim.payer)) return 'medicare';
  return namedForPayer(rule, ctx.settings, claim.payer, ctx.packs) ? 'named' : null;
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function lineList(lines: readonly ServiceLine[]): string {
  const nums = lines.map((l) => l.line);
  return nums.length === 1 ? `line ${nums[0]}` : `lines ${nums.join(', ')}`;
}
