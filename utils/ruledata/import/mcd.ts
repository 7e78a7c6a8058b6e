import type { CodeRange } from '../coverage';
import type { BadRowLog } from './bad-rows';
import { mcdDate, readHcpcsCell, readIcdCell } from './mcd-codes';
import { compileContractors, type Reader } from './mcd-contractors';
import {
  encodeArticle,
  encodeContractor,
  MCD_ARTICLES_KEY,
  MCD_CONTRACTORS_KEY,
  mcdCodeKey,
  mcdDxKey,
  type StoredArticle,
} from './mcd-layout';
import { cell, type McdFile, readMcdTable } from './mcd-read';
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
  const read: Reader = (table, setup) => readMcdTable(byTable.get(table)!, logOf(table), setup);

  // Articles: the current version of each, numbered in file order.
  const articles = new Map<string, Building>();
  let vintage: string | null = null;
  read('article', (col) => {
    const [id, ver, title, eff, end, status, display, updated] = [
      'article_id',
      'article_version',
      'title',
      'article_eff_date',
      'article_end_date',
      'status',
      'display_id',
      'last_updated',
    ].map(col) as [number, number, number, number, number, number, number, number];
    return (c) => {
      const key = cell(c, id).trim();
      if (!key) return;
      const version = cell(c, ver).trim();
      const known = articles.get(key);
      if (known && Number(known.version) >= Number(version)) return;
      const last = mcdDate(cell(c, updated));
      if (last && (!vintage || last > vintage)) vintage = last;
      const shown = cell(c, display).trim().toUpperCase();
      articles.set(key, {
        key,
        id: /^[A-Z]\d+$/.test(shown) ? shown : `A${key}`,
        version,
        title: cell(c, title),
        effectiveFrom: mcdDate(cell(c, eff)),
        effectiveTo: mcdDate(cell(c, end)),
        status: cell(c, status).trim(),
        retired: /^R/i.test(cell(c, status).trim()),
        contractors: [],
        hasCovered: false,
        hasNoncovered: false,
        coveredRanges: [],
        noncoveredRanges: [],
      });
    };
  });
  const list = [...articles.values()];
  const number = new Map(list.map((a, i) => [a.key, i]));
  /**
   * The article a row belongs to, or null when it is another version (ignored). Rows of one article
   * come together: the last answer is kept.
   */
  let lastKey = '';
  let lastVersion = '';
  let lastNumber: number | null = null;
  const articleOf = (key: string, version: string): number | null => {
    if (key === lastKey && version === lastVersion) return lastNumber;
    const a = articles.get(key.trim());
    lastKey = key;
    lastVersion = version;
    lastNumber =
      !a || (version.trim() !== '' && version.trim() !== a.version) ? null : (number.get(a.key) ?? null);
    return lastNumber;
  };
  const articleColumns = (col: (n: string) => number) => [col('article_id'), col('article_version')] as const;

  const contractors = compileContractors(byTable, read, vintage);
  read('articleContractor', (col) => {
    const [id, ver] = articleColumns(col);
    const contractor = contractors.columns(col);
    return (c) => {
      const n = articleOf(cell(c, id), cell(c, ver));
      const k = n === null ? null : contractors.index(contractor(c));
      if (n === null || k === null) return;
      const a = list[n]!;
      if (!a.contractors.includes(k)) a.contractors.push(k);
    };
  });

  let accepted = 0;
  const progress = () => {
    accepted++;
    if (accepted % 20_000 === 0) onRows?.(accepted);
  };
  const codes = new Map<string, number[]>();
  read('hcpc', (col) => {
    const [id, ver] = articleColumns(col);
    const [code, range] = [col('hcpc_code_id'), col('range')];
    return (c, line) => {
      const n = articleOf(cell(c, id), cell(c, ver));
      if (n === null) return;
      const parsed = readHcpcsCell(cell(c, code), cell(c, range));
      if ('bad' in parsed) return logOf('hcpc').add(line, parsed.bad);
      for (const k of parsed.codes) add(codes, k, n);
      progress();
    };
  });

  // Diagnoses: article numbers per code, covered and non-covered apart (same-article rows are adjacent).
  const dx = new Map<string, [number[], number[]]>();
  let diagnosisRows = 0;
  for (const table of ['covered', 'noncovered'] as const) {
    const side = table === 'covered' ? 0 : 1;
    read(table, (col) => {
      const [id, ver] = articleColumns(col);
      const [code, range] = [col('icd10_code_id'), col('range')];
      return (c, line) => {
        const n = articleOf(cell(c, id), cell(c, ver));
        if (n === null) return;
        const a = list[n]!;
        const parsed = readIcdCell(cell(c, code), cell(c, range));
        if ('bad' in parsed) return logOf(table).add(line, parsed.bad);
        if (table === 'covered') a.hasCovered = true;
        else a.hasNoncovered = true;
        if ('range' in parsed)
          addRange(table === 'covered' ? a.coveredRanges : a.noncoveredRanges, parsed.range);
        else {
          const entry = dx.get(parsed.code);
          if (!entry) dx.set(parsed.code, side === 0 ? [[n], []] : [[], [n]]);
          else addOnce(entry[side], n);
        }
        diagnosisRows++;
        progress();
      };
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
    ...grouped(codes, mcdCodeKey, numbers),
    ...grouped(dx, mcdDxKey, ([cov, non]) => `${numbers(cov)}|${numbers(non)}`),
  ];
  return { records, rows: accepted, diagnosisRows, articles: list.length, vintage };
}

const numbers = (list: number[]) => list.map((n) => n.toString(36)).join(' ');

/** Adds an article number to a code's list once (rows of one article come together). */
function add(map: Map<string, number[]>, code: string, n: number) {
  const list = map.get(code);
  if (!list) map.set(code, [n]);
  else addOnce(list, n);
}

function addOnce(list: number[], n: number) {
  if (list[list.length - 1] !== n && !list.includes(n)) list.push(n);
}

function addRange(ranges: CodeRange[], range: CodeRange) {
  if (!ranges.some((r) => r.from === range.from && r.to === range.to)) ranges.push(range);
}

/** Codes grouped into rows by key, each row one string "\nCODE\tvalue\nCODE\tvalue\n" (mcd-layout.ts). */
function grouped<T>(map: Map<string, T>, keyOf: (code: string) => string, encode: (v: T) => string) {
  const rows = new Map<string, string[]>();
  for (const [code, value] of map) {
    const key = keyOf(code);
    const row = rows.get(key);
    const entry = `${code}\t${encode(value)}`;
    if (row) row.push(entry);
    else rows.set(key, [entry]);
  }
  return [...rows].map(([key, entries]) => ({ key, data: `\n${entries.join('\n')}\n` }));
}
