import type { ClaimLensDb, RuleRecord } from '../../db';
import { loggedOnce } from '../../log';
import { DATA_LAYOUTS } from '../layout';
import type { DataSetInfo, SourceFile } from '../types';
import { type CompiledSet, ImportCancelled, ImportError } from './types';

/**
 * Writing a compiled set so that a reader never sees half of it:
 * 1. the records go in under a fresh set id, in chunks (several transactions; nothing reads them: a
 *    set is live only through its DataSetInfo);
 * 2. one read-write transaction over datasets + ruleRecords puts the new DataSetInfo, deletes the
 *    replaced set's DataSetInfo, then the replaced set's records.
 * A crash or a closed worker between 1 and 2 leaves records without a DataSetInfo: `cleanOrphans`
 * removes them on the next start.
 * Write-once: a set's rows and its DataSetInfo are never changed after the swap (the rule store caches
 * them by set id); replacing data always means a new set id.
 */
const CHUNK_ROWS = 2000;

export interface WriteOptions {
  signal?: AbortSignal;
  onProgress?: (rows: number, total?: number) => void;
  now?: () => Date;
  bundled?: boolean;
}

/** Sets this one replaces: same kind and setting (ICD-10-CM: also the same fiscal year, as years coexist). */
export function replaces(
  info: Pick<DataSetInfo, 'kind' | 'setting' | 'version'>,
  other: DataSetInfo,
): boolean {
  return (
    other.kind === info.kind &&
    other.setting === info.setting &&
    (info.kind !== 'icd10cm' || other.version === info.version)
  );
}

export async function writeCompiledSet(
  db: ClaimLensDb,
  compiled: CompiledSet,
  sources: SourceFile[],
  options: WriteOptions = {},
): Promise<DataSetInfo> {
  const id = `${compiled.kind}:${compiled.setting}:${compiled.version}:${globalThis.crypto.randomUUID()}`;
  const { records } = compiled;
  let storedBytes = 0;
  try {
    for (let i = 0; i < records.length; i += CHUNK_ROWS) {
      if (options.signal?.aborted) throw new ImportCancelled();
      const chunk: RuleRecord[] = records
        .slice(i, i + CHUNK_ROWS)
        .map((r) => ({ set: id, key: r.key, data: r.data }));
      for (const r of chunk) storedBytes += r.key.length + id.length + sizeOf(r.data);
      await db.ruleRecords.bulkPut(chunk);
      options.onProgress?.(
        Math.round((compiled.rows * Math.min(records.length, i + CHUNK_ROWS)) / records.length),
        compiled.rows,
      );
    }
    if (options.signal?.aborted) throw new ImportCancelled();
    const info: DataSetInfo = {
      id,
      kind: compiled.kind,
      setting: compiled.setting,
      version: compiled.version,
      label: compiled.label,
      effectiveFrom: compiled.effectiveFrom,
      effectiveTo: compiled.effectiveTo,
      rows: compiled.rows,
      storedBytes,
      sources,
      importedAt: (options.now?.() ?? new Date()).toISOString(),
      bundled: options.bundled ?? false,
      layout: DATA_LAYOUTS[compiled.kind],
    };
    await db.transaction('rw', db.datasets, db.ruleRecords, async () => {
      const old = (
        await db.datasets.where('[kind+setting]').equals([info.kind, info.setting]).toArray()
      ).filter((o) => replaces(info, o));
      await db.datasets.put(info);
      await db.datasets.bulkDelete(old.map((o) => o.id));
      for (const o of old) await db.ruleRecords.where('set').equals(o.id).delete();
    });
    return info;
  } catch (error) {
    // The new set never went live: drop what was written (best effort; cleanOrphans catches the rest).
    await db.ruleRecords
      .where('set')
      .equals(id)
      .delete()
      .catch(loggedOnce('import: could not remove the rows of a failed import (removed on the next start)'));
    throw mapStorageError(error);
  }
}

/** Records of sets without a DataSetInfo (an import that did not finish). Call at start, before imports. */
export async function cleanOrphans(db: ClaimLensDb): Promise<number> {
  const live = new Set((await db.datasets.toArray()).map((d) => d.id));
  const sets = (await db.ruleRecords.orderBy('set').uniqueKeys()).map(String);
  const orphans = sets.filter((s) => !live.has(s));
  for (const set of orphans) await db.ruleRecords.where('set').equals(set).delete();
  return orphans.length;
}

export const QUOTA_MESSAGE =
  'The browser has no room left for this data (storage quota exceeded). Nothing was changed, the previous data is still in use. Free disk space or remove data sets you no longer need, then import again.';

export function mapStorageError(error: unknown): unknown {
  if (error instanceof ImportError || error instanceof ImportCancelled) return error;
  if (isQuotaError(error)) return new ImportError(QUOTA_MESSAGE);
  return error;
}

function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  if (Array.isArray(e.failures) && e.failures.some((f) => isQuotaError(f, depth + 1))) return true;
  return isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1);
}

/** Approximate bytes on disk: strings at one byte a character (Latin-1 in Chromium), numbers 8. */
function sizeOf(data: unknown): number {
  if (typeof data === 'string') return data.length;
  if (typeof data === 'number') return 8;
  if (data instanceof Uint8Array) return data.byteLength;
  if (Array.isArray(data)) return data.reduce((n: number, d) => n + sizeOf(d), 2);
  if (data && typeof data === 'object') {
    return Object.entries(data).reduce((n: number, [k, v]) => n + k.length + sizeOf(v), 2);
  }
  return 8;
}
