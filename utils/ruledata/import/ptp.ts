import type { BadRowLog } from './bad-rows';
import { isoFromCompact, NEVER_DAYS, packDays, packedDays } from './dates';
import { PTP_CODES_KEY, type PtpBucket, type PtpRow, ptpBucketKey } from './ptp-layout';

/**
 * NCCI PTP edit file reader (ccipra / ccioph …-fN.TXT), working on the bytes: the four parts of a
 * practitioner release are ~190 MB of text and 2.5M rows, so no per-row strings or objects are made.
 * Rows are added to their column-1 code's group in the compiled layout of ptp-layout.ts.
 *
 * Layout as CMS ships it (Latin-1, CRLF, tab-delimited): line 1 the AMA notice, line 2 "Column1/Column2
 * Edits", lines 3–6 the column titles wrapped over four lines, then rows of
 *   column 1 ⇥ column 2 ⇥ "*" if in existence before 1996 (else empty) ⇥ effective YYYYMMDD ⇥
 *   deletion YYYYMMDD or "*" (none) ⇥ modifier indicator 0/1/9 ⇥ rationale
 */

interface Group {
  /** Per edit: column-2 code number and dates-entry number. */
  codes: Uint16Array;
  triples: Uint16Array;
  count: number;
  /** Dates-entry key (see tripleKey) → entry number. */
  tripleIds: Map<number, number>;
  tripleKeys: number[];
  lastKey: number;
  lastTriple: number;
}

export interface PtpAccumulator {
  groups: Map<string, Group>;
  /** Column-2 code (as a base-36 number) → code number; `codes` lists them in that order. */
  codeIds: Map<number, number>;
  codes: string[];
  rows: number;
}

export function ptpAccumulator(): PtpAccumulator {
  return { groups: new Map(), codeIds: new Map(), codes: [], rows: 0 };
}

const TAB = 9;
const LF = 10;
const CR = 13;
const HEADER_LINES = 6;
const MAX_CODES = 65_536;
const latin1 = new TextDecoder('latin1');

/** One number per (effective, deletion, indicator): days < 36³ each, indicator digit last. */
const tripleKey = (eff: number, del: number, mi: number) => (eff * 46_656 + del) * 10 + mi;

export function parsePtpPart(
  bytes: Uint8Array,
  acc: PtpAccumulator,
  bad: BadRowLog,
  onRows?: (rows: number) => void,
): void {
  const dayCache = new Map<number, number>();
  let lastDate = -1;
  let lastDays = -1;
  let group: Group | undefined;
  let groupKey = '';
  let dataRows = 0;
  let lineNo = 0;

  /** "20240401" at `at` → days since 1990 (cached: files use few dates); -1 when not a date. */
  const daysAt = (at: number): number => {
    let value = 0;
    for (let i = 0; i < 8; i++) {
      const d = bytes[at + i]! - 48;
      if (!(d >= 0 && d <= 9)) return -1;
      value = value * 10 + d;
    }
    if (value === lastDate) return lastDays;
    let days = dayCache.get(value);
    if (days === undefined) {
      const iso = isoFromCompact(String(value));
      days = (iso ? packedDays(iso) : null) ?? -1;
      dayCache.set(value, days);
    }
    lastDate = value;
    lastDays = days;
    return days;
  };

  const n = bytes.length;
  let pos = 0;
  while (pos < n) {
    let end = bytes.indexOf(LF, pos);
    if (end < 0) end = n;
    lineNo++;
    let stop = end;
    if (stop > pos && bytes[stop - 1] === CR) stop--;
    const start = pos;
    pos = end + 1;
    if (stop === start || bytes[start] === TAB) continue; // blank line or a wrapped title line
    const t1 = start + 5;
    const looksLikeData = stop > t1 && bytes[t1] === TAB && isCode(bytes, start);
    if (!looksLikeData && lineNo <= HEADER_LINES) continue;
    dataRows++;
    if (!looksLikeData) {
      bad.add(lineNo, 'column 1 is not a 5-character code');
      continue;
    }
    const t2 = t1 + 6;
    if (t2 >= stop || bytes[t2] !== TAB || !isCode(bytes, t1 + 1)) {
      bad.add(lineNo, 'column 2 is not a 5-character code');
      continue;
    }
    let t3 = t2 + 1;
    while (t3 < stop && bytes[t3] !== TAB) t3++;
    const effAt = t3 + 1;
    const eff = effAt + 8 < stop && bytes[effAt + 8] === TAB ? daysAt(effAt) : -1;
    if (eff < 0) {
      bad.add(lineNo, 'effective date is not a YYYYMMDD date');
      continue;
    }
    const delAt = effAt + 9;
    let del: number;
    let miAt: number;
    if (delAt + 1 < stop && bytes[delAt] === 42 /* * */ && bytes[delAt + 1] === TAB) {
      del = NEVER_DAYS;
      miAt = delAt + 2;
    } else {
      del = delAt + 8 < stop && bytes[delAt + 8] === TAB ? daysAt(delAt) : -1;
      miAt = delAt + 9;
    }
    if (del < 0) {
      bad.add(lineNo, 'deletion date is neither YYYYMMDD nor "*"');
      continue;
    }
    const mi = miAt < stop ? bytes[miAt]! : 0;
    if ((mi !== 48 && mi !== 49 && mi !== 57) || (miAt + 1 < stop && bytes[miAt + 1] !== TAB)) {
      bad.add(lineNo, 'modifier indicator is not 0, 1 or 9');
      continue;
    }
    const codeNumber = column2Number(acc, bytes, t1 + 1);
    if (!group || !sameCode(bytes, start, groupKey)) {
      groupKey = latin1.decode(bytes.subarray(start, start + 5));
      group = acc.groups.get(groupKey);
      if (!group) {
        group = {
          codes: new Uint16Array(64),
          triples: new Uint16Array(64),
          count: 0,
          tripleIds: new Map(),
          tripleKeys: [],
          lastKey: -1,
          lastTriple: 0,
        };
        acc.groups.set(groupKey, group);
      }
    }
    const key = tripleKey(eff, del, mi - 48);
    // Consecutive rows mostly share dates and indicator: skip the map then.
    let triple = key === group.lastKey ? group.lastTriple : group.tripleIds.get(key);
    if (triple === undefined) {
      triple = group.tripleKeys.length;
      group.tripleIds.set(key, triple);
      group.tripleKeys.push(key);
    }
    if (group.count === group.codes.length) {
      group.codes = grow(group.codes);
      group.triples = grow(group.triples);
    }
    group.lastKey = key;
    group.lastTriple = triple;
    group.codes[group.count] = codeNumber;
    group.triples[group.count] = triple;
    group.count++;
    acc.rows++;
    if (onRows && acc.rows % 100_000 === 0) onRows(acc.rows);
  }
  bad.check(dataRows);
}

function column2Number(acc: PtpAccumulator, bytes: Uint8Array, at: number): number {
  let value = 0;
  for (let i = at; i < at + 5; i++) value = value * 36 + (bytes[i]! <= 57 ? bytes[i]! - 48 : bytes[i]! - 55);
  let id = acc.codeIds.get(value);
  if (id === undefined) {
    id = acc.codes.length;
    if (id >= MAX_CODES) throw new Error('more than 65,536 column-2 codes: not an NCCI PTP file');
    acc.codeIds.set(value, id);
    acc.codes.push(latin1.decode(bytes.subarray(at, at + 5)));
  }
  return id;
}

function grow(a: Uint16Array): Uint16Array {
  const bigger = new Uint16Array(a.length * 2);
  bigger.set(a);
  return bigger;
}

function isCode(bytes: Uint8Array, at: number): boolean {
  for (let i = at; i < at + 5; i++) {
    const b = bytes[i]!;
    if (!((b >= 48 && b <= 57) || (b >= 65 && b <= 90))) return false;
  }
  return true;
}

function sameCode(bytes: Uint8Array, at: number, code: string): boolean {
  for (let i = 0; i < 5; i++) if (bytes[at + i] !== code.charCodeAt(i)) return false;
  return true;
}

/** The accumulated groups as ruleRecords rows (layout: ptp-layout.ts), "#codes" first. */
export function ptpRecords(acc: PtpAccumulator): { key: string; data: string | PtpBucket }[] {
  const buckets = new Map<string, PtpBucket>();
  for (const [key, g] of acc.groups) {
    const dates = g.tripleKeys
      .map((k) => {
        const mi = k % 10;
        const days = (k - mi) / 10;
        return `${packDays(Math.floor(days / 46_656))}${packDays(days % 46_656)}${mi}`;
      })
      .join('');
    const width = g.tripleKeys.length > 256 ? 4 : 3;
    const edits = new Uint8Array(g.count * width);
    for (let i = 0, at = 0; i < g.count; i++, at += width) {
      const code = g.codes[i]!;
      const triple = g.triples[i]!;
      edits[at] = code & 0xff;
      edits[at + 1] = code >> 8;
      edits[at + 2] = triple & 0xff;
      if (width === 4) edits[at + 3] = triple >> 8;
    }
    const row: PtpRow = [dates, edits, width];
    const bucket = buckets.get(ptpBucketKey(key));
    if (bucket) bucket[key] = row;
    else buckets.set(ptpBucketKey(key), { [key]: row });
  }
  return [
    { key: PTP_CODES_KEY, data: acc.codes.join('') },
    ...[...buckets].map(([key, data]) => ({ key, data })),
  ];
}
