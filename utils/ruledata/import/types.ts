import type { DataSetInfo } from '../types';

/** A file as the user picked it (or as the options page fetched it). */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** A row the importer could not read: shown to the user as "file, line N: reason". */
export interface BadRow {
  file: string;
  line: number;
  reason: string;
}

/** One row of the compiled form; `data` is the kind's compact layout (see the parser that makes it). */
export interface CompiledRecord {
  key: string;
  data: unknown;
}

/** A parsed, compiled data set, ready to be written under a fresh set id. */
export interface CompiledSet
  extends Pick<DataSetInfo, 'kind' | 'setting' | 'version' | 'label' | 'effectiveFrom' | 'effectiveTo'> {
  /** Source rows accepted (edits, codes), not IndexedDB rows. */
  rows: number;
  records: CompiledRecord[];
  badRows: BadRow[];
  badRowCount: number;
}

export type SetStatus = 'imported' | 'already-loaded' | 'failed' | 'cancelled' | 'skipped';

/** What the options page shows for each data set (or file) of an import. */
export interface SetReport {
  /** "NCCI PTP practitioner v30.1", or the file name when the kind could not be told. */
  label: string;
  files: string[];
  status: SetStatus;
  /** One sentence for the user. */
  message: string;
  rows: number;
  /** Skipped rows (at most the first 50 are listed; `badRowCount` has the total). */
  badRows: BadRow[];
  badRowCount: number;
  dataset?: DataSetInfo;
}

/** The data set an import is working on: the options page shows each file's progress by it. */
export interface ImportStep {
  /** 0-based, of `count` data sets in this import. */
  index: number;
  count: number;
  /** "NCCI PTP", "ICD-10-CM" */
  label: string;
  /** The files (as the user picked them) that make this data set. */
  files: string[];
}

export interface ImportOptions {
  onProgress?: (rows: number, total?: number) => void;
  /** Told when the import moves on to the next data set. */
  onStep?: (step: ImportStep) => void;
  signal?: AbortSignal;
  /** For tests: "now" of importedAt. */
  now?: () => Date;
}

/** A problem the user can act on; its message is shown as is. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export class ImportCancelled extends Error {
  override name = 'ImportCancelled';
  constructor() {
    super('Import cancelled: nothing was changed, the previous data is still in use.');
  }
}
