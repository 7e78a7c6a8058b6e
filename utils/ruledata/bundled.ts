import type { ClaimLensDb } from '../db';
import { BUNDLED_ASSETS, frontDecode, gunzipText } from './bundled-format';
import { sha256 } from './import/run';
import type { CompiledRecord, CompiledSet } from './import/types';
import { replaces, writeCompiledSet } from './import/write';
import { readableLayout } from './layout';

/** Reads a file shipped with the extension (background: fetch(browser.runtime.getURL(path))). */
export type FetchAsset = (path: string) => Promise<Uint8Array>;

export interface BundledResult {
  label: string;
  status: 'loaded' | 'already-loaded' | 'kept-imported';
}

/**
 * Loads the public-domain data that ships with ClaimLens (ICD-10-CM FY2026, HCPCS Level II modifiers,
 * place-of-service codes) into IndexedDB. Call on install and update. Cheap when nothing changed (the
 * asset's sha256 matches the live set, stored in this release's layout); never replaces a set the user imported themselves (a full HCPCS
 * file includes the modifiers).
 */
export async function loadBundledData(db: ClaimLensDb, fetchAsset: FetchAsset): Promise<BundledResult[]> {
  const results: BundledResult[] = [];
  for (const [path, build] of BUILDERS) {
    const bytes = await fetchAsset(path);
    const source = { name: path.split('/').pop() ?? path, bytes: bytes.length, sha256: await sha256(bytes) };
    const compiled = build(bytes);
    const live = (await db.datasets.toArray()).filter((d) => replaces(compiled, d));
    if (live.some((d) => !d.bundled)) results.push({ label: compiled.label, status: 'kept-imported' });
    else if (live.some((d) => readableLayout(d) && d.sources.some((s) => s.sha256 === source.sha256))) {
      results.push({ label: compiled.label, status: 'already-loaded' });
    } else {
      await writeCompiledSet(db, compiled, [source], { bundled: true });
      results.push({ label: compiled.label, status: 'loaded' });
    }
  }
  return results;
}

type Builder = (bytes: Uint8Array) => CompiledSet;

const base: Pick<CompiledSet, 'badRows' | 'badRowCount' | 'effectiveTo' | 'setting'> = {
  badRows: [],
  badRowCount: 0,
  effectiveTo: null,
  setting: 'all',
};

const BUILDERS: [string, Builder][] = [
  [
    BUNDLED_ASSETS.icd10cm,
    (bytes) => {
      const byCategory = new Map<string, string[]>();
      const codes = frontDecode(gunzipText(bytes));
      for (const code of codes) {
        const list = byCategory.get(code.slice(0, 3)) ?? [];
        list.push(code);
        byCategory.set(code.slice(0, 3), list);
      }
      return {
        ...base,
        kind: 'icd10cm',
        version: 'FY2026',
        label: 'ICD-10-CM FY2026',
        effectiveFrom: '2025-10-01',
        effectiveTo: '2026-09-30',
        rows: codes.length,
        records: [...byCategory].map(([key, list]) => ({ key, data: list.join(' ') })),
      };
    },
  ],
  [
    BUNDLED_ASSETS.hcpcsModifiers,
    (bytes) => {
      const { version, rows } = readJson(bytes);
      const records: CompiledRecord[] = rows.map(([code, ...dates]) => ({
        key: String(code),
        data: [...dates, 1],
      }));
      return {
        ...base,
        kind: 'hcpcs',
        version: `${version} modifiers`,
        label: `HCPCS Level II modifiers ${version}`,
        effectiveFrom: '1984-01-01',
        rows: records.length,
        records,
      };
    },
  ],
  [
    BUNDLED_ASSETS.pos,
    (bytes) => {
      const { version, rows } = readJson(bytes);
      const records: CompiledRecord[] = rows.map(([code, facility, name]) => ({
        key: String(code),
        data: [facility, name],
      }));
      return {
        ...base,
        kind: 'pos',
        version,
        label: `Place of service codes ${version}`,
        effectiveFrom: `${version}-01`,
        rows: records.length,
        records,
      };
    },
  ],
];

function readJson(bytes: Uint8Array): { version: string; rows: (string | number)[][] } {
  const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (
    !parsed ||
    typeof parsed !== 'object' ||
    !('version' in parsed) ||
    typeof parsed.version !== 'string' ||
    !('rows' in parsed) ||
    !Array.isArray(parsed.rows)
  ) {
    throw new Error('bundled rule data is damaged: reinstall ClaimLens');
  }
  return parsed as { version: string; rows: (string | number)[][] };
}
