import type { BadRowLog } from './bad-rows';
import { columnName, eachCsvRecord, eachCsvRecordFast } from './csv';
import { MCD_TABLES, type McdTable } from './mcd-tables';
import type { Entry } from './open';
import { ImportError } from './types';

/** One MCD table file of a set: which table it is, its bytes, and how the user will find it. */
export interface McdFile {
  table: McdTable;
  entry: Entry;
  /** "current_article.zip (article.csv)" */
  label: string;
}

const CODE_TABLES = new Set<McdTable>(['hcpc', 'covered', 'noncovered', 'articleContractor', 'jurisdiction']);

/** A column's index by name (−1 when absent: its cells read as ""). */
export type Columns = (name: string) => number;
export type OnRow = (cells: string[], line: number) => void;
/** A cell by index (−1 = column absent). */
export const cell = (cells: string[], i: number): string => (i < 0 ? '' : (cells[i] ?? ''));

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');
/** Windows-1252's 0x80–0x9F (some engines decode "windows-1252" as ISO-8859-1 and leave C1 controls). */
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** UTF-8 when the bytes are valid UTF-8 (titles with “ ” and –), else Windows-1252 / Latin-1. */
function decode(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => C1.charAt(c.charCodeAt(0) - 0x80));
  }
}

/**
 * Reads one table by header names: `setup` gets the column lookup once and returns the row handler.
 * Refuses a file without a needed column, naming it. Returns the number of data rows. The file's bytes
 * are released afterwards (the covered-diagnosis file is tens of MB).
 */
export function readMcdTable(file: McdFile, log: BadRowLog, setup: (column: Columns) => OnRow): number {
  const spec = MCD_TABLES[file.table];
  // The code tables hold codes (ASCII) and descriptions ClaimLens never shows: decoded as is. The
  // tables whose text is shown (titles, contractor names) get UTF-8 or Windows-1252 properly.
  const text = CODE_TABLES.has(file.table) ? latin1.decode(file.entry.bytes) : decode(file.entry.bytes);
  file.entry.bytes = new Uint8Array(0);
  let onRow: OnRow | null = null;
  let rows = 0;
  eachCsvRecordFast(text, ({ cells, line }) => {
    if (onRow) {
      rows++;
      onRow(cells, line);
      return undefined;
    }
    const index = new Map(cells.map((c, i) => [columnName(c), i] as const));
    const missing = spec.needs.filter((c) => !index.has(c));
    if (missing.length > 0) {
      const seen = [...index.keys()].slice(0, 12).join(', ');
      throw new ImportError(
        `${file.label} has no ${missing.map((c) => `"${c}"`).join(', ')} column (its header: ${seen || 'empty'}). ClaimLens needs ${spec.needs.join(', ')} in ${spec.file}: is it the unmodified file from the MCD current article download? Nothing was changed.`,
      );
    }
    onRow = setup((name) => index.get(name) ?? -1);
    return undefined;
  });
  if (!onRow) throw new ImportError(`${file.label} is empty: download the MCD current article zip again.`);
  log.check(rows);
  return rows;
}

/** The first column of a header whose name contains `part` ("description" in the type lookup). */
export function readLookup(file: McdFile, key: string, part: string): Map<string, string> {
  const text = decode(file.entry.bytes);
  const out = new Map<string, string>();
  let keyAt = -1;
  let valueAt = -1;
  let first = true;
  eachCsvRecord(text, ({ cells }) => {
    if (first) {
      first = false;
      const names = cells.map((c) => columnName(c));
      keyAt = names.indexOf(key);
      valueAt = names.findIndex((n, i) => i !== keyAt && n.includes(part));
      return keyAt >= 0 && valueAt >= 0 ? undefined : false;
    }
    out.set((cells[keyAt] ?? '').trim(), (cells[valueAt] ?? '').trim());
    return undefined;
  });
  return out;
}
