import Dexie, { type EntityTable, type Table } from 'dexie';
import type { DenialRecord } from './denials/model';
import type { WorklistChunk } from './denials/summary';
import { claimKey } from './model/claim-key';
import type { NoteRecord } from './notes/history';
import type { DismissalRecord } from './panel/dismissals';
import type { DataSetInfo } from './ruledata/types';

/**
 * ClaimLens' IndexedDB database (Dexie).
 *
 * Layout
 * - `datasets`     one record per live rule data set (see DataSetInfo). Written last, in the same
 *                  transaction that swaps the set in; a set without its record is never read.
 * - `ruleRecords`  compiled rule data, keyed by [set + key]. `set` is the data set id; `key` is what
 *                  the rules look up (a column-1 code for PTP, a code for MUE/PFS/HCPCS, a 3-character
 *                  ICD-10-CM category…); `data` is that kind's compact form, documented in the
 *                  importer that writes it (utils/ruledata/import/).
 * - `notes`        notes the biller copied, per claim (history, searchable by claim number).
 * - `dismissals`   findings dismissed with a reason, per claim + rule + lines.
 * - `denials`      the denial worklist: one record per denied claim (utils/denials/model.ts), keyed by
 *                  claim key; `memoryKeys` ("payer|code", multi-entry) finds a payer's past denials of
 *                  a code for the `history` check; `lastSeen` drives retention.
 * - `worklistChunks` what the worklist page lists of each denied claim, 64 chunks of JSON, written
 *                  with every change of `denials` (utils/denials/summary.ts).
 *
 * Versions: each entry of SCHEMA_VERSIONS is one Dexie version. Never edit a released entry: add a
 * new one (with an `upgrade` when data must change shape) and a migration test in db.test.ts.
 */

export interface RuleRecord {
  set: string;
  key: string;
  data: unknown;
}

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: import('dexie').Transaction) => Promise<unknown> | undefined;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      datasets: '&id, [kind+setting]',
      ruleRecords: '&[set+key], set',
      notes: '++id, claimNumber, createdAt',
      dismissals: '&id, claimNumber',
    },
  },
  {
    // v2: notes are searched by a normalised claim key ("7000-000 001" and "7000000001" are one claim).
    version: 2,
    stores: { notes: '++id, claimKey, claimNumber, createdAt' },
    upgrade: (tx) =>
      tx
        .table('notes')
        .toCollection()
        .modify((note: NoteRecord) => {
          note.claimKey = claimKey(note.claimNumber);
        }),
  },
  {
    // v3: the denial worklist and the practice's denial memory (issue 16), and the worklist's list
    // entries in chunks (utils/denials/summary.ts). New tables: nothing moves.
    version: 3,
    stores: { denials: '&id, *memoryKeys, lastSeen', worklistChunks: '&id' },
  },
];

export const DB_NAME = 'claimlens';

export class ClaimLensDb extends Dexie {
  datasets!: EntityTable<DataSetInfo, 'id'>;
  ruleRecords!: Table<RuleRecord, [string, string]>;
  notes!: EntityTable<NoteRecord, 'id'>;
  dismissals!: EntityTable<DismissalRecord, 'id'>;
  denials!: EntityTable<DenialRecord, 'id'>;
  worklistChunks!: EntityTable<WorklistChunk, 'id'>;

  /** `upTo` opens the schema as it was at that version (for migration tests). */
  constructor(name = DB_NAME, upTo = Number.POSITIVE_INFINITY) {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      if (v.version > upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/**
 * The update test builds a "previous release" of the extension whose schema stops at an earlier
 * version (WXT_SCHEMA_UPTO=1 at build time), then loads the current build over its data.
 */
const BUILD_SCHEMA_UPTO = Number(
  (import.meta as { env?: Record<string, string | undefined> }).env?.WXT_SCHEMA_UPTO ??
    Number.POSITIVE_INFINITY,
);

let shared: ClaimLensDb | undefined;
/** The extension's one database connection (per context). */
export function getDb(): ClaimLensDb {
  shared ??= new ClaimLensDb(DB_NAME, BUILD_SCHEMA_UPTO);
  return shared;
}
