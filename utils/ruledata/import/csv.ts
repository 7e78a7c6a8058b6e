import Papa from 'papaparse';

export interface CsvRecord {
  cells: string[];
  /** 1-based line where the record starts, for "file, line N" messages (records may span lines). */
  line: number;
}

/** All records of a CSV text, with the line each starts on (CMS headers hold quoted line breaks). */
export function csvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let line = 1;
  let counted = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (result) => {
      records.push({ cells: result.data, line });
      // The cursor is past this record: count the line breaks it spanned to know where the next starts.
      const cursor = result.meta.cursor;
      for (let i = counted; i < cursor; i++) if (text.charCodeAt(i) === 10) line++;
      counted = cursor;
    },
  });
  return records.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

export const CODE5 = /^[0-9A-Z]{5}$/;
export const norm = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().toUpperCase();
