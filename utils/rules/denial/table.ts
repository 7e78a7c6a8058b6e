import { CARC_MEANINGS } from './carc-meanings';
import { RARC_MEANINGS } from './rarc-meanings';
import { expandStep, type RouteContext, resolveRoute } from './routes';
import { BUNDLING_ROWS } from './rows-bundling';
import { CODING_ROWS } from './rows-coding';
import { COVERAGE_ROWS } from './rows-coverage';
import { ELIGIBILITY_ROWS } from './rows-eligibility';
import { PAYMENT_ROWS } from './rows-payment';
import type {
  AppealAdvice,
  CodeMeaning,
  DenialCause,
  Fact,
  GroupKey,
  GuidanceRow,
  Level,
  Route,
} from './types';

/**
 * The denial guidance table: every row of rows-*.ts, in the order they are tried. Within a code the
 * specific rows (a remark, a payer family, line facts) come first and the general ones last; the
 * tests check that every row can be reached and that every code answers for every group.
 */
export const GUIDANCE_TABLE: readonly GuidanceRow[] = [
  ...PAYMENT_ROWS,
  ...CODING_ROWS,
  ...BUNDLING_ROWS,
  ...COVERAGE_ROWS,
  ...ELIGIBILITY_ROWS,
];

/** A CARC as pages write it ("045") is the code without leading zeros. */
export const carcKey = (code: string): string => code.replace(/^0+(?=.)/, '');

export function codeMeaning(kind: 'carc' | 'rarc', code: string): CodeMeaning | null {
  return (kind === 'carc' ? CARC_MEANINGS[carcKey(code)] : RARC_MEANINGS[code]) ?? null;
}

/** The situation of one adjustment or remark on one line (or the claim). */
export interface Situation extends RouteContext {
  kind: 'carc' | 'rarc';
  code: string;
  group: GroupKey;
  /** Remarks on the same line plus the claim's. */
  remarks: readonly string[];
  facts: ReadonlySet<Fact>;
  /** The line that takes a bundling modifier, when the PTP pair is known. */
  modLine?: number | null;
}

/** One row applied to one claim: everything the finding, the notes and the worklist need. */
export interface Guidance {
  row: GuidanceRow;
  short: string;
  meaning: string;
  step: string;
  route: Route;
  appeal: AppealAdvice;
  level: Level;
  cause: DenialCause;
  /** The row's source, then the sources of the routes its step names. */
  sources: string[];
}

function fits(row: GuidanceRow, s: Situation): boolean {
  if (row.code !== s.code) return false;
  if (row.groups !== '*' && !row.groups.includes(s.group)) return false;
  if (row.remarks && !row.remarks.some((r) => s.remarks.includes(r))) return false;
  if (row.family && !row.family.includes(s.family)) return false;
  if (row.when && !row.when.every((f) => s.facts.has(f))) return false;
  return true;
}

const BY_CODE = new Map<string, GuidanceRow[]>();
for (const row of GUIDANCE_TABLE) {
  const rows = BY_CODE.get(row.code) ?? [];
  rows.push(row);
  BY_CODE.set(row.code, rows);
}

/** The first row that fits, or null for a code ClaimLens has no guidance for. */
export function findRow(s: Situation): GuidanceRow | null {
  return BY_CODE.get(s.code)?.find((row) => fits(row, s)) ?? null;
}

export function guidanceFor(input: Situation): Guidance | null {
  const s = { ...input, code: input.kind === 'carc' ? carcKey(input.code) : input.code };
  const row = findRow(s);
  const meaning = codeMeaning(s.kind, s.code);
  if (!row || !meaning) return null;
  const { text, sources } = expandStep(row.step, s, s.modLine ?? null);
  return {
    row,
    short: meaning.short,
    meaning: row.meaning ?? meaning.meaning,
    step: text,
    route: resolveRoute(row.route, s),
    appeal: row.appeal,
    level: row.level,
    cause: row.cause ?? meaning.cause,
    sources: [row.source, ...sources.filter((x) => x !== row.source)],
  };
}

export const KNOWN_CODES: ReadonlySet<string> = new Set(BY_CODE.keys());
