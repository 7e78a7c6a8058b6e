import Papa from 'papaparse';

export interface CsvRecord {
  cells: string[];
  /** 1-based line where the record starts, for "file, line N" messages (records may span lines). */
  line: number;
}

/**
 * Calls `onRecord` for each non-empty record of a CSV text, with the line it starts on (CMS files hold
 * quoted fields with line breaks). Streams: a 430,000-row file is never held as an array of rows.
 * Return false from `onRecord` to stop.
 */
export function eachCsvRecord(text: string, onRecord: (record: CsvRecord) => boolean | undefined): void {
  let line = 1;
  let counted = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (result, handle) => {
      const start = line;
      // The cursor is past this record: count the line breaks it spanned to know where the next starts.
      const cursor = result.meta.cursor;
      for (let i = counted; i < cursor; i++) if (text.charCodeAt(i) === 10) line++;
      counted = cursor;
      const cells = result.data;
      if (!cells.some((c) => c.trim() !== '')) return;
      if (onRecord({ cells, line: start }) === false) handle.abort();
    },
  });
}

/**
 * The same records as eachCsvRecord, read by a scanner made for the large MCD tables (~40 MB): a line
 * without a quote is split on commas, a quoted record (fields with commas, doubled quotes or line breaks)
 * is read character by character (RFC 4180). About 4× faster than the general parser on those files.
 */
export function eachCsvRecordFast(text: string, onRecord: (record: CsvRecord) => boolean | undefined): void {
  const end = text.length;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let quote = text.indexOf('"', at);
  while (at < end) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = end;
    if (quote >= 0 && quote < at) quote = text.indexOf('"', at);
    const start = line;
    let cells: string[];
    if (quote < 0 || quote > nl) {
      const stop = nl > at && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      cells = text.slice(at, stop).split(',');
      at = nl + 1;
      line++;
    } else {
      const record = quotedRecord(text, at);
      cells = record.cells;
      at = record.next;
      line += record.lines;
    }
    if (cells[0]!.trim() === '' && !cells.some((c) => c.trim() !== '')) continue;
    if (onRecord({ cells, line: start }) === false) return;
  }
}

/** One record holding quoted fields, from `at`: its cells, where the next starts, the lines it spans. */
function quotedRecord(text: string, at: number): { cells: string[]; next: number; lines: number } {
  const cells: string[] = [];
  let lines = 1;
  let i = at;
  for (;;) {
    let value = '';
    if (text.charCodeAt(i) === 34) {
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        const chunk = q < 0 ? text.slice(from) : text.slice(from, q);
        value += chunk;
        for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) lines++;
        if (q < 0) {
          i = text.length;
          break;
        }
        if (text.charCodeAt(q + 1) === 34) {
          value += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
    }
    // Unquoted text (or text after a closing quote) up to the next comma or line end.
    let stop = i;
    while (stop < text.length) {
      const c = text.charCodeAt(stop);
      if (c === 44 || c === 10) break;
      stop++;
    }
    value += text.slice(i, stop > i && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop);
    cells.push(value);
    if (stop >= text.length) return { cells, next: text.length, lines };
    if (text.charCodeAt(stop) === 10) return { cells, next: stop + 1, lines };
    i = stop + 1;
  }
}

/** All records of a CSV text, with the line each starts on. */
export function csvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  eachCsvRecord(text, (r) => {
    records.push(r);
    return undefined;
  });
  return records;
}

/** A header cell as a column name: no BOM, quotes or surrounding space, lower-case. */
export function columnName(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .replace(/^"|"$/g, '')
    .trim()
    .toLowerCase();
}

export const CODE5 = /^[0-9A-Z]{5}$/;
export const norm = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().toUpperCase();
