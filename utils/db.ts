import Dexie, { type EntityTable, type Table } from 'dexie';
import type { DenialRecord } from './denials/model';
import { buildQueueOnUpgrade, type QueueRow, type WorklistMeta } from './denials/queue';
import type { WorklistChunk } from './denials/summary';
import { claimKey } from './model/claim-key';
import type { NoteRecord } from './notes/history';
import type { DismissalRecord } from './panel/dismissals';
import type { ProofRecord } from './proofs/model';
import type { ProofPicture } from './proofs/picture';
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
 * - `proofs`       proofs of filing the biller kept (utils/proofs/model.ts), keyed by claim key + time,
 *                  found by claim key (the CO-29 guidance, the worklist); `keptAt` drives retention.
 * - `proofPages`   the picture of each proof (a self-contained copy of the page, up to 2 MB,
 *                  utils/proofs/picture.ts), keyed by the proof's id; apart so the proof lists stay light.
 * - `worklistChunks` what the worklist page lists of each denied claim, 64 chunks of JSON, written
 *                  with every change of `denials` (utils/denials/summary.ts).
 * - `worklistQueue` the open claims' list entries keyed for the worklist's default order, so its
 *                  first screen reads a few hundred rows (utils/denials/queue.ts); `worklistMeta`
 *                  holds the deadline settings those keys were computed with.
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
  {
    // v4: the worklist queue (utils/denials/queue.ts), built from the records already here with the
    // default deadline settings; a worklist page with other settings rebuilds it on opening.
    version: 4,
    stores: { worklistQueue: '&id, queue', worklistMeta: '&id' },
    upgrade: buildQueueOnUpgrade,
  },
  {
    // v5: notes carry a call reference, rep, next step and follow-up date (issue 20); the follow-up
    // date is indexed for the worklist. Older notes have none: nothing moves.
    version: 5,
    stores: { notes: '++id, claimKey, claimNumber, createdAt, followUp' },
  },
  {
    // v6: proofs of filing (issue 20). A new table: nothing moves.
    version: 6,
    stores: { proofs: '&id, claimKey, keptAt' },
  },
  {
    // v7: the picture of each proof of filing (issue 20), keyed by the proof's id. A new table:
    // proofs kept before have no picture and stay as they are.
    version: 7,
    stores: { proofPages: '&id' },
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
  worklistQueue!: EntityTable<QueueRow, 'id'>;
  worklistMeta!: EntityTable<WorklistMeta, 'id'>;
  proofs!: EntityTable<ProofRecord, 'id'>;
  proofPages!: EntityTable<ProofPicture, 'id'>;

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
