import { type BadRow, ImportError } from './types';

/**
 * Bad-row policy: a row with a bad code or date is skipped and reported (file and line); the import
 * stops when more than 1% of a file's data rows are bad, because then the file is probably not what
 * it claims to be (wrong layout, damaged) and importing the rest would give wrong answers.
 */
export const MAX_BAD_SHARE = 0.01;
/** Rows listed in a report; the count covers the rest. */
export const LISTED_BAD_ROWS = 50;

export interface BadRowLog {
  add(line: number, reason: string): void;
  /** Throws ImportError when the file has too many bad rows. */
  check(dataRows: number): void;
  readonly rows: BadRow[];
  readonly count: () => number;
}

export function badRowLog(file: string): BadRowLog {
  const rows: BadRow[] = [];
  let count = 0;
  return {
    rows,
    count: () => count,
    add(line, reason) {
      count++;
      if (rows.length < LISTED_BAD_ROWS) rows.push({ file, line, reason });
    },
    check(dataRows) {
      if (count > 0 && count > dataRows * MAX_BAD_SHARE) {
        const first = rows[0];
        throw new ImportError(
          `${file}: ${count} of ${dataRows} rows are unreadable (more than 1%), so nothing was imported` +
            (first ? `; first at line ${first.line}: ${first.reason}` : '') +
            '. Is it the unmodified CMS file?',
        );
      }
    },
  };
}

/** One log per set when a set spans several files (PTP parts). */
export function mergeBadRows(logs: BadRowLog[]): { rows: BadRow[]; count: number } {
  return {
    rows: logs.flatMap((l) => l.rows).slice(0, LISTED_BAD_ROWS),
    count: logs.reduce((n, l) => n + l.count(), 0),
  };
}
