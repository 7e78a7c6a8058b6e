import type { CodeRange, CoverageContractor } from '../coverage';
import type { BadRowLog } from './bad-rows';
import { mcdDate, readHcpcsCell, readIcdCell } from './mcd-codes';
import {
  encodeArticle,
  encodeContractor,
  MCD_ARTICLES_KEY,
  MCD_CONTRACTORS_KEY,
  mcdCodeKey,
  mcdDxKey,
  type StoredArticle,
} from './mcd-layout';
import { type McdFile, readLookup, readMcdTable } from './mcd-read';
import { MCD_TABLES, type McdTable, REQUIRED_TABLES } from './mcd-tables';
import { type CompiledRecord, ImportError } from './types';

/**
 * Compiles the MCD current article tables into the layout of mcd-layout.ts. Only the version of each
 * article that the download holds as current is kept (an "all article" download holds every version:
 * the highest wins). Rows of other versions are ignored; rows that cannot be read are bad rows.
 */
export interface CompiledMcd {
  records: CompiledRecord[];
  /** Procedure-code and diagnosis rows accepted. */
  rows: number;
  diagnosisRows: number;
  articles: number;
  /** Newest last_updated of the articles: the download's vintage (YYYY-MM-DD), or null. */
  vintage: string | null;
}

interface Building extends StoredArticle {
  key: string;
}

const key3 = (r: (c: string) => string) =>
  `${r('contractor_id').trim()}|${r('contractor_type_id').trim()}|${r('contractor_version').trim()}`;

export function compileMcd(
  files: McdFile[],
  logFor: (file: McdFile) => BadRowLog,
  onRows?: (rows: number) => void,
): CompiledMcd {
  const byTable = new Map<McdTable, McdFile>();
  for (const f of files) {
    if (byTable.has(f.table))
      throw new ImportError(
        `${MCD_TABLES[f.table].file} was given twice (${byTable.get(f.table)!.label} and ${f.label}): pick one MCD current article download.`,
      );
    byTable.set(f.table, f);
  }
  const missing = REQUIRED_TABLES.filter((t) => !byTable.has(t));
  if (missing.length > 0) {
    const where = [...new Set(files.map((f) => f.entry.container))].join(', ');
    throw new ImportError(
      `${where}: ${missing.map((t) => MCD_TABLES[t].file).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing from the MCD current article download. Pick current_article.zip as downloaded from the Medicare Coverage Database. Nothing was changed.`,
    );
  }
  const logs = new Map<McdTable, BadRowLog>();
  const logOf = (table: McdTable): BadRowLog => {
    let log = logs.get(table);
    if (!log) {
      log = logFor(byTable.get(table)!);
      logs.set(table, log);
    }
    return log;
  };
  const read: Reader = (table, onRow) => {
    const log = logOf(table);
    return { rows: readMcdTable(byTable.get(table)!, log, onRow), log };
  };

  // Articles: the current version of each, numbered in file order.
  const articles = new Map<string, Building>();
  let vintage: string | null = null;
  read('article', (r) => {
    const id = r('article_id').trim();
    if (!id) return;
    const version = r('article_version').trim();
    const known = articles.get(id);
    if (known && Number(known.version) >= Number(version)) return;
    const updated = mcdDate(r('last_updated'));
    if (updated && (!vintage || updated > vintage)) vintage = updated;
    const display = r('display_id').trim().toUpperCase();
    articles.set(id, {
      key: id,
      id: /^[A-Z]\d+$/.test(display) ? display : `A${id}`,
      version,
      title: r('title'),
      effectiveFrom: mcdDate(r('article_eff_date')),
      effectiveTo: mcdDate(r('article_end_date')),
      status: r('status').trim(),
      retired: /^R/i.test(r('status').trim()),
      contractors: [],
      hasCovered: false,
      hasNoncovered: false,
      coveredRanges: [],
      noncoveredRanges: [],
    });
  });
  const list = [...articles.values()];
  const number = new Map(list.map((a, i) => [a.key, i]));
  /** The article a row belongs to, or null when it is another version (ignored). */
  const articleOf = (r: (c: string) => string): number | null => {
    const a = articles.get(r('article_id').trim());
    const version = r('article_version').trim();
    if (!a || (version !== '' && version !== a.version)) return null;
    return number.get(a.key) ?? null;
  };

  const contractors = compileContractors(byTable, read, vintage);
  read('articleContractor', (r) => {
    const n = articleOf(r);
    const c = contractors.index(r);
    if (n === null || c === null) return;
    const a = list[n]!;
    if (!a.contractors.includes(c)) a.contractors.push(c);
  });

  let accepted = 0;
  const progress = () => {
    accepted++;
    if (accepted % 20_000 === 0) onRows?.(accepted);
  };
  const codes = new Map<string, Set<number>>();
  read('hcpc', (r, line) => {
    const n = articleOf(r);
    if (n === null) return;
    const cell = readHcpcsCell(r('hcpc_code_id'), r('range'));
    if ('bad' in cell) return logOf('hcpc').add(line, cell.bad);
    for (const code of cell.codes) {
      const set = codes.get(code) ?? new Set<number>();
      set.add(n);
      codes.set(code, set);
    }
    progress();
  });

  const dx = new Map<string, [Set<number>, Set<number>]>();
  let diagnosisRows = 0;
  for (const [table, side] of [
    ['covered', 0],
    ['noncovered', 1],
  ] as const) {
    read(table, (r, line) => {
      const n = articleOf(r);
      if (n === null) return;
      const a = list[n]!;
      const cell = readIcdCell(r('icd10_code_id'), r('range'));
      if ('bad' in cell) return logOf(table).add(line, cell.bad);
      if (side === 0) a.hasCovered = true;
      else a.hasNoncovered = true;
      if ('range' in cell) addRange(side === 0 ? a.coveredRanges : a.noncoveredRanges, cell.range);
      else {
        const entry = dx.get(cell.code) ?? [new Set<number>(), new Set<number>()];
        entry[side].add(n);
        dx.set(cell.code, entry);
      }
      diagnosisRows++;
      progress();
    });
  }
  if (list.length === 0)
    throw new ImportError(
      `${byTable.get('article')!.label} lists no article: download the MCD current article zip again.`,
    );
  onRows?.(accepted);

  const records: CompiledRecord[] = [
    { key: MCD_ARTICLES_KEY, data: list.map(encodeArticle) },
    { key: MCD_CONTRACTORS_KEY, data: contractors.list.map(encodeContractor) },
    ...grouped(codes, mcdCodeKey, (set) => [...set].map((n) => n.toString(36)).join(' ')),
    ...grouped(dx, mcdDxKey, ([cov, non]) => {
      const s = (set: Set<number>) => [...set].map((n) => n.toString(36)).join(' ');
      return `${s(cov)}|${s(non)}`;
    }),
  ];
  return { records, rows: accepted, diagnosisRows, articles: list.length, vintage };
}

function addRange(ranges: CodeRange[], range: CodeRange) {
  if (!ranges.some((r) => r.from === range.from && r.to === range.to)) ranges.push(range);
}

function grouped<T>(map: Map<string, T>, keyOf: (code: string) => string, encode: (v: T) => string) {
  const rows = new Map<string, Record<string, string>>();
  for (const [code, value] of map) {
    const key = keyOf(code);
    const row = rows.get(key) ?? {};
    row[code] = encode(value);
    rows.set(key, row);
  }
  return [...rows].map(([key, data]) => ({ key, data }));
}

type Reader = (
  table: McdTable,
  onRow: (r: (c: string) => string, line: number) => void,
) => { rows: number; log: BadRowLog };

/** Contractors with the states they serve now, numbered in file order; DME MACs marked. */
function compileContractors(byTable: Map<McdTable, McdFile>, read: Reader, vintage: string | null) {
  const states = new Map<string, string>();
  read('state', (r) => {
    const abbrev = r('state_abbrev').trim().toUpperCase();
    if (abbrev) states.set(r('state_id').trim(), abbrev);
  });
  const typeFile = byTable.get('contractorType');
  const dmeTypes = new Set<string>();
  if (typeFile) {
    for (const [id, description] of readLookup(typeFile, 'contractor_type_id', 'desc'))
      if (/\bDME\b/i.test(description)) dmeTypes.add(id);
  }
  const list: (CoverageContractor & { id: string; type: string; version: number })[] = [];
  const byKey = new Map<string, number>();
  read('contractor', (r) => {
    const number = r('contractor_number').trim();
    if (!number) return;
    byKey.set(key3(r), list.length);
    list.push({
      number,
      name: r('contractor_bus_name').trim(),
      states: [],
      dme: dmeTypes.has(r('contractor_type_id').trim()),
      id: r('contractor_id').trim(),
      type: r('contractor_type_id').trim(),
      version: Number(r('contractor_version').trim()) || 0,
    });
  });
  /** The contractor row a (id, type, version) names; another version of the same id and type if need be. */
  const index = (r: (c: string) => string): number | null => {
    const exact = byKey.get(key3(r));
    if (exact !== undefined) return exact;
    const id = r('contractor_id').trim();
    const type = r('contractor_type_id').trim();
    let best: number | null = null;
    list.forEach((c, i) => {
      if (c.id === id && c.type === type && (best === null || c.version > list[best]!.version)) best = i;
    });
    return best;
  };
  read('jurisdiction', (r) => {
    const ended = mcdDate(r('term_date'));
    if (ended && vintage && ended < vintage) return;
    const c = index(r);
    const state = states.get(r('state_id').trim());
    if (c === null || !state) return;
    const entry = list[c]!;
    if (!entry.states.includes(state)) entry.states.push(state);
  });
  for (const c of list) c.states.sort();
  return { list, index };
}
