import type { BadRowLog } from './bad-rows';
import { isoFromCompact, PACKED_NEVER, packDate } from './dates';
import { PTP_ENTRY_WIDTH } from './ptp-layout';

/**
 * NCCI PTP edit file reader (ccipra / ccioph …-fN.TXT), working on the bytes: the four parts of a
 * practitioner release are ~190 MB of text and 2.5M rows, so no per-row strings are made. Each row
 * becomes a 12-byte entry (see ptp-layout.ts) appended to its column-1 code's group.
 *
 * Layout as CMS ships it (Latin-1, CRLF, tab-delimited): line 1 the AMA notice, line 2 "Column1/Column2
 * Edits", lines 3–6 the column titles wrapped over four lines, then rows of
 *   column 1 ⇥ column 2 ⇥ "*" if in existence before 1996 (else empty) ⇥ effective YYYYMMDD ⇥
 *   deletion YYYYMMDD or "*" (none) ⇥ modifier indicator 0/1/9 ⇥ rationale
 */

export interface PtpAccumulator {
  /** Column-1 code → packed chunks (joined when compiled). */
  groups: Map<string, string[]>;
  rows: number;
}

export function ptpAccumulator(): PtpAccumulator {
  return { groups: new Map(), rows: 0 };
}

const TAB = 9;
const LF = 10;
const CR = 13;
const HEADER_LINES = 6;
const latin1 = new TextDecoder('latin1');

export function parsePtpPart(
  bytes: Uint8Array,
  acc: PtpAccumulator,
  bad: BadRowLog,
  onRows?: (rows: number) => void,
): void {
  const packedDates = new Map<number, number[]>();
  let group = new Uint8Array(PTP_ENTRY_WIDTH * 1024);
  let groupLength = 0;
  let groupKey = '';
  let dataRows = 0;
  let lineNo = 0;

  const flush = () => {
    if (groupLength === 0) return;
    const packed = latin1.decode(group.subarray(0, groupLength));
    const chunks = acc.groups.get(groupKey);
    if (chunks) chunks.push(packed);
    else acc.groups.set(groupKey, [packed]);
    groupLength = 0;
  };

  /** "20240401" at `at` → the packed date's 3 character codes (cached: files use few dates). */
  const dateAt = (at: number): number[] | null => {
    let value = 0;
    for (let i = 0; i < 8; i++) {
      const d = bytes[at + i]! - 48;
      if (!(d >= 0 && d <= 9)) return null;
      value = value * 10 + d;
    }
    let packed = packedDates.get(value);
    if (!packed) {
      const iso = isoFromCompact(String(value));
      const p = iso ? packDate(iso) : null;
      if (!p) return null;
      packed = [p.charCodeAt(0), p.charCodeAt(1), p.charCodeAt(2)];
      packedDates.set(value, packed);
    }
    return packed;
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
    const problem = looksLikeData ? null : 'column 1 is not a 5-character code';
    if (problem) {
      bad.add(lineNo, problem);
      continue;
    }
    // Fields: col2 at t1+1 (5), pre-1996 flag, effective (8), deletion (8 or "*"), indicator (1).
    const t2 = t1 + 6;
    if (t2 >= stop || bytes[t2] !== TAB || !isCode(bytes, t1 + 1)) {
      bad.add(lineNo, 'column 2 is not a 5-character code');
      continue;
    }
    let t3 = t2 + 1;
    while (t3 < stop && bytes[t3] !== TAB) t3++;
    const effAt = t3 + 1;
    const eff = effAt + 8 < stop && bytes[effAt + 8] === TAB ? dateAt(effAt) : null;
    if (!eff) {
      bad.add(lineNo, 'effective date is not a YYYYMMDD date');
      continue;
    }
    const delAt = effAt + 9;
    let del: number[] | null;
    let miAt: number;
    if (delAt + 1 < stop && bytes[delAt] === 42 /* * */ && bytes[delAt + 1] === TAB) {
      del = NEVER;
      miAt = delAt + 2;
    } else {
      del = delAt + 8 < stop && bytes[delAt + 8] === TAB ? dateAt(delAt) : null;
      miAt = delAt + 9;
    }
    if (!del) {
      bad.add(lineNo, 'deletion date is neither YYYYMMDD nor "*"');
      continue;
    }
    const mi = miAt < stop ? bytes[miAt] : undefined;
    if ((mi !== 48 && mi !== 49 && mi !== 57) || (miAt + 1 < stop && bytes[miAt + 1] !== TAB)) {
      bad.add(lineNo, 'modifier indicator is not 0, 1 or 9');
      continue;
    }
    if (groupLength === 0 || !sameCode(bytes, start, groupKey)) {
      flush();
      groupKey = latin1.decode(bytes.subarray(start, start + 5));
    }
    if (groupLength + PTP_ENTRY_WIDTH > group.length) {
      const bigger = new Uint8Array(group.length * 2);
      bigger.set(group.subarray(0, groupLength));
      group = bigger;
    }
    group.set(bytes.subarray(t1 + 1, t1 + 6), groupLength);
    group[groupLength + 5] = eff[0]!;
    group[groupLength + 6] = eff[1]!;
    group[groupLength + 7] = eff[2]!;
    group[groupLength + 8] = del[0]!;
    group[groupLength + 9] = del[1]!;
    group[groupLength + 10] = del[2]!;
    group[groupLength + 11] = mi;
    groupLength += PTP_ENTRY_WIDTH;
    acc.rows++;
    if (onRows && acc.rows % 100_000 === 0) onRows(acc.rows);
  }
  flush();
  bad.check(dataRows);
}

const NEVER = [...PACKED_NEVER].map((c) => c.charCodeAt(0));

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

/** The accumulated groups as ruleRecords rows. */
export function ptpRecords(acc: PtpAccumulator): { key: string; data: string }[] {
  return [...acc.groups].map(([key, chunks]) => ({
    key,
    data: chunks.length === 1 ? chunks[0]! : chunks.join(''),
  }));
}
