import Papa from 'papaparse';
import type { ClaimLensDb } from '../db';
import { claimKey } from '../model/claim-key';

/** A note the biller copied, as the `notes` table keeps it (the notes history). */
export interface NoteRecord {
  id?: number;
  claimNumber: string;
  /** claimKey(claimNumber): what the history is searched by (since schema v2). */
  claimKey: string;
  portal: string;
  kind: string;
  text: string;
  createdAt: string;
}

/** The fields a caller gives; the claim key is derived here so every note is searchable the same way. */
export type NewNote = Pick<NoteRecord, 'claimNumber' | 'portal' | 'kind' | 'text' | 'createdAt'>;

export const DEFAULT_SEARCH_LIMIT = 500;

/** Stores a copied note; returns its id. */
export async function addNote(db: ClaimLensDb, note: NewNote): Promise<number> {
  const id = await db.notes.add({ ...note, claimKey: claimKey(note.claimNumber) });
  // The table's key is auto-incremented, so Dexie always returns one; the type just cannot say so.
  if (id === undefined) throw new Error('The note was not stored.');
  return id;
}

const newestFirst = (a: NoteRecord, b: NoteRecord) =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : (b.id ?? 0) - (a.id ?? 0);

/**
 * Notes whose claim number starts with what was typed, ignoring spaces, dashes and case
 * ("7000-000" finds 7000000001); an empty query lists every note. Newest first.
 */
export async function searchNotes(
  db: ClaimLensDb,
  query: string,
  limit = DEFAULT_SEARCH_LIMIT,
): Promise<NoteRecord[]> {
  const key = claimKey(query);
  const found = key ? await db.notes.where('claimKey').startsWith(key).toArray() : await db.notes.toArray();
  return found.sort(newestFirst).slice(0, limit);
}

/** Every note for one claim, newest first. */
export async function notesForClaim(db: ClaimLensDb, claimNumber: string): Promise<NoteRecord[]> {
  const key = claimKey(claimNumber);
  if (!key) return [];
  const found = await db.notes.where('claimKey').equals(key).toArray();
  return found.sort(newestFirst);
}

/** Same matching as searchNotes, for lists already in memory (the side panel filters as you type). */
export function matchesClaimQuery(note: Pick<NoteRecord, 'claimNumber'>, query: string): boolean {
  return claimKey(note.claimNumber).startsWith(claimKey(query));
}

export const CSV_COLUMNS = ['created_at', 'claim_number', 'portal', 'kind', 'note'] as const;

/**
 * A cell a spreadsheet could run as a formula: it starts (after any spaces) with = + - @ or their
 * full-width forms, or with a tab, CR or LF. Only the start is tested, so a line break later in the
 * cell changes nothing (papaparse's own pattern, /^[=+\-@\t\r].*$/, misses a cell with a line break).
 */
export const FORMULA_START = /^[\t\r\n]|^[\s\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * RFC 4180 CSV (CRLF, quotes doubled, fields with commas/quotes/line breaks quoted). Every cell that
 * could start a formula (FORMULA_START) is prefixed with ' so a spreadsheet shows it as text.
 */
export function notesToCsv(notes: readonly NoteRecord[]): string {
  const csv = Papa.unparse(
    {
      fields: [...CSV_COLUMNS],
      data: notes.map((n) => [n.createdAt, n.claimNumber, n.portal, n.kind, n.text]),
    },
    { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false },
  );
  // papaparse ends a header-only file with a line break and a full one without: always end with one.
  return `${csv.replace(/\r\n$/, '')}\r\n`;
}

/**
 * The CSV as a file to download. The byte-order mark makes Excel read it as UTF-8, so "—" and "…"
 * in notes do not turn into mojibake.
 */
export function notesCsvBlob(notes: readonly NoteRecord[]): Blob {
  return new Blob(['\uFEFF', notesToCsv(notes)], { type: 'text/csv;charset=utf-8' });
}
