import type { ClaimLensDb } from '../../db';
import type { SourceFile } from '../types';
import { compileSet } from './compile';
import { detect } from './detect';
import { groupSets, type Recognised, type SetGroup } from './group';
import { openInput } from './open';
import { ImportCancelled, ImportError, type ImportOptions, type InputFile, type SetReport } from './types';
import { writeCompiledSet } from './write';

const KIND_NAMES: Record<string, string> = {
  ptp: 'NCCI PTP edits',
  mue: 'NCCI MUE',
  addon: 'NCCI add-on code edits',
  pfs: 'PFS relative values',
  hcpcs: 'HCPCS Level II',
  icd10cm: 'ICD-10-CM',
  pos: 'Place of service codes',
};

/**
 * Imports CMS files as the user downloaded them: detects each file's kind from its content, groups
 * the four PTP parts of a release, parses, compiles, writes each set under a fresh id and swaps it in.
 * One report per data set (or per file that could not be used). Never throws for bad input: a set
 * that fails leaves the previous data of its kind in use.
 *
 * Worker-safe: no DOM, only fflate, papaparse, TextDecoder, WebCrypto and Dexie (IndexedDB).
 */
export async function importFiles(
  db: ClaimLensDb,
  files: InputFile[],
  options: ImportOptions = {},
): Promise<SetReport[]> {
  const reports: SetReport[] = [];
  const recognised: Recognised[] = [];
  const byName = new Map(files.map((f) => [f.name, f]));
  for (const file of files) {
    try {
      const entries = await openInput(file);
      const known = entries.flatMap((entry) => {
        const detected = detect(entry);
        return detected.kind === 'unknown' ? [] : [{ entry, detected }];
      });
      if (known.length === 0) {
        throw new ImportError(
          `${file.name} is not a CMS file ClaimLens reads (NCCI PTP, MUE or add-on edits, PFS relative values, HCPCS Level II ANWEB, ICD-10-CM code list, place-of-service codes or the MCD current article download).`,
        );
      }
      recognised.push(...known);
    } catch (error) {
      reports.push(failure([file.name], error));
    }
  }
  const { groups, problems, skipped } = groupSets(recognised);
  for (const p of problems)
    reports.push({ ...empty(p.files), status: 'failed', label: p.files.join(', '), message: p.message });
  for (const p of skipped)
    reports.push({ ...empty(p.files), status: 'skipped', label: p.files.join(', '), message: p.message });

  for (const [index, group] of groups.entries()) {
    const kind = group.items[0]?.detected.kind;
    options.onStep?.({
      index,
      count: groups.length,
      label: (kind && KIND_NAMES[kind]) || group.containers.join(', '),
      files: group.containers,
    });
    if (options.signal?.aborted) {
      reports.push({
        ...empty(group.containers),
        label: group.containers.join(', '),
        status: 'cancelled',
        message: new ImportCancelled().message,
      });
      continue;
    }
    reports.push(await importGroup(db, group, byName, options));
  }
  return reports;
}

async function importGroup(
  db: ClaimLensDb,
  group: SetGroup,
  byName: Map<string, InputFile>,
  options: ImportOptions,
): Promise<SetReport> {
  try {
    const sources = await Promise.all(
      group.containers.map(async (name): Promise<SourceFile> => {
        const bytes = byName.get(name)?.bytes ?? new Uint8Array(0);
        return { name, bytes: bytes.length, sha256: await sha256(bytes) };
      }),
    );
    const loaded = await alreadyLoaded(db, sources);
    if (loaded) {
      return {
        ...empty(group.containers),
        label: loaded.label,
        status: 'already-loaded',
        message: `${loaded.label} is already loaded from these files (imported ${loaded.importedAt.slice(0, 10)}); nothing was changed.`,
        rows: loaded.rows,
        dataset: loaded,
      };
    }
    const compiled = compileSet(group, (rows) => options.onProgress?.(rows));
    if (options.signal?.aborted) throw new ImportCancelled();
    const info = await writeCompiledSet(db, compiled, sources, options);
    const skipped =
      compiled.badRowCount > 0 ? ` ${compiled.badRowCount} unreadable rows were skipped (see the list).` : '';
    return {
      label: info.label,
      files: group.containers,
      status: 'imported',
      message: `${info.label}: ${info.rows.toLocaleString('en-US')} rows imported.${skipped}`,
      rows: info.rows,
      badRows: compiled.badRows,
      badRowCount: compiled.badRowCount,
      dataset: info,
    };
  } catch (error) {
    return failure(group.containers, error);
  }
}

async function alreadyLoaded(db: ClaimLensDb, sources: SourceFile[]) {
  const key = sources
    .map((s) => s.sha256)
    .sort()
    .join(',');
  const live = await db.datasets.toArray();
  return live.find(
    (d) =>
      d.sources
        .map((s) => s.sha256)
        .sort()
        .join(',') === key,
  );
}

export async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function empty(files: string[]): Omit<SetReport, 'status' | 'message' | 'label'> {
  return { files, rows: 0, badRows: [], badRowCount: 0 };
}

function failure(files: string[], error: unknown): SetReport {
  const base = { ...empty(files), label: files.join(', ') };
  if (error instanceof ImportCancelled) return { ...base, status: 'cancelled', message: error.message };
  if (error instanceof ImportError) return { ...base, status: 'failed', message: error.message };
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    ...base,
    status: 'failed',
    message: `${files.join(', ')} could not be imported (${detail}). Nothing was changed.`,
  };
}
