import Papa from 'papaparse';
import { CAUSE_LABEL, type DenialRecord, STATUS_LABEL } from './model';
import type { WorklistRow } from './worklist';

/** A row of the list with its claim's whole record (read for the export). */
export type CsvRow = Omit<WorklistRow, 'record'> & { record: DenialRecord };

/**
 * The worklist as CSV for a spreadsheet or the practice-management system: one row per claim, in the
 * order shown. Same rules as the note-history CSV (utils/notes/history.ts): RFC 4180, CRLF, a
 * byte-order mark for Excel, and every cell that could start a formula prefixed with ' (payer names
 * and codes come from portal pages and files, which ClaimLens does not trust).
 */
export const WORKLIST_CSV_COLUMNS = [
  'claim_number',
  'payer',
  'dos_from',
  'dos_to',
  'cause',
  'codes',
  'denied_lines',
  'at_risk',
  'deadline',
  'days_left',
  'days_past',
  'deadline_basis',
  'status',
  'note',
  'first_seen',
  'last_seen',
  'portal_page',
] as const;

const lineText = (l: DenialRecord['lines'][number]) =>
  `${l.code ?? '?'}${l.modifiers.length ? `-${l.modifiers.join('-')}` : ''}`;

export function worklistToCsv(rows: readonly CsvRow[]): string {
  const csv = Papa.unparse(
    {
      fields: [...WORKLIST_CSV_COLUMNS],
      data: rows.map(({ record: r, due, daysLeft }) => [
        r.claimNumber,
        r.payer ?? '',
        r.dosFrom ?? '',
        r.dosTo ?? '',
        CAUSE_LABEL[r.cause],
        r.codes.join(' '),
        r.lines.map(lineText).join(' '),
        r.atRisk.toFixed(2),
        due?.date ?? '',
        // Two columns rather than a negative number: a cell starting with "-" is escaped as text.
        daysLeft === null || daysLeft < 0 ? '' : String(daysLeft),
        daysLeft === null || daysLeft >= 0 ? '' : String(-daysLeft),
        due?.basis ?? '',
        STATUS_LABEL[r.status],
        r.note,
        r.firstSeen,
        r.lastSeen,
        r.link ?? '',
      ]),
    },
    { newline: '\r\n', escapeFormulae: true, quotes: false },
  );
  return `${csv.replace(/\r\n$/, '')}\r\n`;
}

export function worklistCsvBlob(rows: readonly CsvRow[]): Blob {
  return new Blob(['\uFEFF', worklistToCsv(rows)], { type: 'text/csv;charset=utf-8' });
}
