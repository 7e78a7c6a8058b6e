import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClaimLensDb } from '../../db';
import { importFiles } from '../../ruledata/import';
import { badRowLog } from '../../ruledata/import/bad-rows';
import { parsePtpPart, ptpAccumulator, ptpRecords } from '../../ruledata/import/ptp';
import type { CompiledRecord, CompiledSet } from '../../ruledata/import/types';
import { writeCompiledSet } from '../../ruledata/import/write';
import type { DataSetKind, PtpEdit, Setting } from '../../ruledata/types';
import type { MemoryTables, Table } from './memory-store';

/**
 * Test only: the same tables the in-memory store answers from, written into IndexedDB in the real
 * stored layouts (PTP through the real PTP parser; the other kinds in the compact forms documented in
 * their importers), so one set of query tests can run against both stores (store-contract.test.ts).
 */
export async function writeTables(db: ClaimLensDb, tables: MemoryTables): Promise<void> {
  const put = (kind: DataSetKind, setting: Setting, t: Table<unknown>, records: CompiledRecord[]) =>
    writeCompiledSet(
      db,
      {
        kind,
        setting,
        version: t.info.version,
        label: t.info.label,
        effectiveFrom: t.info.effectiveFrom,
        effectiveTo: t.info.effectiveTo ?? null,
        rows: records.length,
        records,
        badRows: [],
        badRowCount: 0,
      } satisfies CompiledSet,
      [{ name: `${kind}-${setting}.test`, bytes: 0, sha256: '' }],
    );
  for (const setting of ['practitioner', 'hospital'] as const) {
    const t = tables.ptp?.[setting];
    if (t) await put('ptp', setting, t, ptpAsStored(t.rows));
  }
  for (const setting of ['practitioner', 'hospital', 'dme'] as const) {
    const t = tables.mue?.[setting];
    if (t)
      await put(
        'mue',
        setting,
        t,
        t.rows.map((e) => ({ key: e.code, data: [e.value, e.mai] })),
      );
  }
  if (tables.addon) {
    const t = tables.addon;
    await put(
      'addon',
      'all',
      t,
      t.rows.map((e) => ({ key: e.addon, data: [e.type, e.primaries.join(' ')] })),
    );
  }
  if (tables.pfs) {
    const byCode = new Map<string, string[][]>();
    for (const r of tables.pfs.rows) {
      const row = [r.modifier, r.status, r.pctc, r.globalDays, r.multProc, r.bilateral, r.assistant];
      byCode.set(r.code, [...(byCode.get(r.code) ?? []), [...row, r.coSurgery, r.teamSurgery]]);
    }
    await put(
      'pfs',
      'all',
      tables.pfs,
      [...byCode].map(([key, data]) => ({ key, data })),
    );
  }
  if (tables.hcpcs) {
    const t = tables.hcpcs;
    const records = t.rows.map((h) => ({
      key: h.code,
      data: [h.added ?? '', h.effective ?? '', h.terminated ?? '', h.modifier ? 1 : 0],
    }));
    await put('hcpcs', 'all', t, records);
  }
  for (const t of Object.values(tables.icd10cm ?? {})) {
    const byCategory = new Map<string, string[]>();
    for (const code of t.rows)
      byCategory.set(code.slice(0, 3), [...(byCategory.get(code.slice(0, 3)) ?? []), code]);
    await put(
      'icd10cm',
      'all',
      t,
      [...byCategory].map(([key, list]) => ({ key, data: list.join(' ') })),
    );
  }
  if (tables.mcd) {
    // The coverage articles are the committed MCD download fixture, which tables().mcd is generated
    // from (import-mcd.test.ts checks the two answer alike): imported as the biller would.
    const file = join(
      import.meta.dirname,
      '..',
      '..',
      '..',
      'tests',
      'fixtures',
      'mcd',
      'current_article.zip',
    );
    await importFiles(db, [{ name: 'current_article.zip', bytes: new Uint8Array(readFileSync(file)) }]);
  }
  if (tables.pos) {
    const t = tables.pos;
    await put(
      'pos',
      'all',
      t,
      t.rows.map((p) => ({ key: p.code, data: [p.facility ? 1 : 0, p.name] })),
    );
  }
}

/** PTP rows as the CMS text file has them, through the real parser into the stored layout. */
function ptpAsStored(edits: readonly PtpEdit[]): CompiledRecord[] {
  const compact = (iso: string | null) => (iso ? iso.replaceAll('-', '') : '*');
  const sorted = [...edits].sort(
    (a, b) => a.column1.localeCompare(b.column1) || a.column2.localeCompare(b.column2),
  );
  const text = [
    'CPT only copyright 2024 American Medical Association.  All rights reserved.\t\t\t\t\t\t',
    'Column1/Column2 Edits\t\t\t\t\t\t',
    ...sorted.map(
      (e) =>
        `${e.column1}\t${e.column2}\t\t${compact(e.effective)}\t${compact(e.deleted)}\t${e.modifierIndicator}\tx`,
    ),
    '',
  ].join('\r\n');
  const acc = ptpAccumulator();
  const bad = badRowLog('test');
  parsePtpPart(new TextEncoder().encode(text), acc, bad);
  if (bad.count() > 0) throw new Error(`test PTP rows not readable: ${JSON.stringify(bad.rows.slice(0, 3))}`);
  return ptpRecords(acc);
}
