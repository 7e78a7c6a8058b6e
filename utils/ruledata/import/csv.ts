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
