import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { unzipSync, type Zippable, zipSync } from 'fflate';

/**
 * Zips that come out byte for byte the same from the same files: entries sorted by path, one fixed
 * timestamp, no extra fields, one compression level. (`wxt zip` stamps every entry with the time it
 * ran, so two runs never give the same archive; the stores and the Firefox reviewers get these.)
 */

/** 1980-01-01 00:00 in local time: DOS timestamps are local, so the bytes are the same in every time zone. */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

export type ZipEntries = Record<string, Uint8Array>;

/** Every file under `dir`, keyed by its path with forward slashes. */
export function filesUnder(dir: string): ZipEntries {
  const files: ZipEntries = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files[relative(dir, full).split(sep).join('/')] = readFileSync(full);
  }
  return files;
}

export function deterministicZip(files: ZipEntries): Uint8Array {
  const sorted: Zippable = {};
  for (const path of Object.keys(files).sort()) sorted[path] = files[path]!;
  return zipSync(sorted, { level: 9, mtime: FIXED_TIME });
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** path → sha256 of each file in a zip: what "the same package" means when two zips are compared. */
export function contentHashes(zip: Uint8Array): Record<string, string> {
  const files = unzipSync(zip);
  const hashes: Record<string, string> = {};
  for (const path of Object.keys(files).sort()) {
    if (!path.endsWith('/')) hashes[path] = sha256(files[path]!);
  }
  return hashes;
}

/** The files that differ between two zips (added, removed or changed), by path; empty when the same. */
export function contentDifferences(a: Uint8Array, b: Uint8Array): string[] {
  const ha = contentHashes(a);
  const hb = contentHashes(b);
  return [...new Set([...Object.keys(ha), ...Object.keys(hb)])].sort().filter((p) => ha[p] !== hb[p]);
}

/** Writes every file of a zip under `dir` (paths are checked to stay inside it). */
export function unzipTo(zip: Uint8Array, dir: string): void {
  const root = resolve(dir);
  for (const [path, bytes] of Object.entries(unzipSync(zip))) {
    if (path.endsWith('/')) continue;
    const full = resolve(root, path);
    if (!full.startsWith(`${root}${sep}`)) throw new Error(`zip entry outside the folder: ${path}`);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, bytes);
  }
}
