import { mueTooNew, NO_MCD } from '../../ruledata/store-reasons';
import {
  type AddonEdit,
  type Answer,
  type DataSetInfo,
  type DataSetKind,
  type HcpcsCode,
  type IcdStatus,
  icdFiscalYear,
  type MueEdit,
  type PfsIndicators,
  type PtpEdit,
  type RuleData,
  type RuleQuery,
  type RuleStore,
  type Setting,
} from '../../ruledata/types';
import { type MemoryCoverage, memoryCoverage } from './memory-mcd';

/**
 * An in-memory RuleStore for tests and the demo, answering exactly like the IndexedDB store is
 * specified to (utils/ruledata/types.ts): one `load` per claim, `no-data` with a reason for any table
 * not given, rows filtered to the claim's codes. `calls` counts loads so tests can prove one per claim.
 */

export interface Table<T> {
  info: Pick<DataSetInfo, 'label' | 'version' | 'effectiveFrom'> & Partial<DataSetInfo>;
  rows: T;
}

export interface PosRow {
  code: string;
  facility: boolean;
  name: string;
}

export interface MemoryTables {
  ptp?: Partial<Record<'practitioner' | 'hospital', Table<PtpEdit[]>>>;
  mue?: Partial<Record<'practitioner' | 'hospital' | 'dme', Table<MueEdit[]>>>;
  addon?: Table<AddonEdit[]>;
  pfs?: Table<PfsIndicators[]>;
  hcpcs?: Table<HcpcsCode[]>;
  /** Billable ICD-10-CM codes by fiscal year ("FY2024"). */
  icd10cm?: Record<string, Table<string[]>>;
  pos?: Table<PosRow[]>;
  /** Medicare coverage articles (the MCD current article download). */
  mcd?: Table<MemoryCoverage>;
}

function info(kind: DataSetKind, setting: Setting, t: Table<unknown>): DataSetInfo {
  return {
    id: `${kind}-${setting}-${t.info.version}`,
    kind,
    setting,
    effectiveTo: null,
    rows: Array.isArray(t.rows) ? t.rows.length : 0,
    storedBytes: 0,
    sources: [],
    importedAt: '2026-11-27T00:00:00Z',
    bundled: false,
    ...t.info,
  };
}

function answer<T>(
  kind: DataSetKind,
  setting: Setting,
  t: Table<unknown> | undefined,
  value: () => T,
): Answer<T> {
  if (!t)
    return { status: 'no-data', reason: `no ${kind.toUpperCase()} data imported for the ${setting} setting` };
  return { status: 'ok', dataset: info(kind, setting, t), value: value() };
}

function pick<T extends { code: string }>(rows: readonly T[], codes: ReadonlySet<string>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const r of rows) if (codes.has(r.code)) out[r.code] = r;
  return out;
}

function icdStatus(billable: ReadonlySet<string>, sorted: readonly string[], code: string): IcdStatus {
  if (billable.has(code)) return 'billable';
  // A category header is a proper prefix of a billable code (binary search for the first code ≥ it).
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? '') < code) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo]?.startsWith(code) ? 'header' : 'invalid';
}

/**
 * As the IndexedDB store: when every date of service is before the MUE table's effective date the
 * answer is no-data with the same reason (the check decides per date when only some are).
 */
function mueAnswer(
  t: Table<MueEdit[]> | undefined,
  query: RuleQuery,
  codes: ReadonlySet<string>,
): Answer<Record<string, MueEdit>> {
  const early =
    t && query.datesOfService.length > 0 && query.datesOfService.every((d) => d < t.info.effectiveFrom);
  if (t && early)
    return { status: 'no-data', reason: mueTooNew(info('mue', query.setting, t), query.datesOfService) };
  return answer('mue', query.setting, t, () => pick(t?.rows ?? [], codes));
}

export interface MemoryStore extends RuleStore {
  calls: RuleQuery[];
}

export function createMemoryStore(tables: MemoryTables): MemoryStore {
  const icd = new Map(
    Object.entries(tables.icd10cm ?? {}).map(([fy, t]) => [
      fy,
      { t, set: new Set(t.rows), sorted: [...t.rows].sort() },
    ]),
  );
  const calls: RuleQuery[] = [];
  return {
    calls,
    async load(query: RuleQuery): Promise<RuleData> {
      calls.push(query);
      const codes = new Set(query.codes);
      const setting = query.setting === 'dme' ? 'practitioner' : query.setting;
      const icd10cm: RuleData['icd10cm'] = {};
      for (const fy of new Set(query.datesOfService.map(icdFiscalYear))) {
        const entry = icd.get(fy);
        if (!entry) {
          icd10cm[fy] = { status: 'no-data', reason: `ICD-10-CM ${fy} is not imported` };
          continue;
        }
        const value: Record<string, IcdStatus> = {};
        for (const dx of query.diagnoses) value[dx] = icdStatus(entry.set, entry.sorted, dx);
        icd10cm[fy] = { status: 'ok', dataset: info('icd10cm', 'all', entry.t), value };
      }
      return {
        ptp: answer('ptp', setting, tables.ptp?.[setting], () =>
          (tables.ptp?.[setting]?.rows ?? []).filter((e) => codes.has(e.column1) && codes.has(e.column2)),
        ),
        mue: mueAnswer(tables.mue?.[query.setting], query, codes),
        addon: answer('addon', 'all', tables.addon, () => {
          const out: Record<string, AddonEdit> = {};
          for (const r of tables.addon?.rows ?? []) if (codes.has(r.addon)) out[r.addon] = r;
          return out;
        }),
        pfs: answer('pfs', 'all', tables.pfs, () => {
          const out: Record<string, PfsIndicators[]> = {};
          for (const r of tables.pfs?.rows ?? [])
            if (codes.has(r.code)) out[r.code] = [...(out[r.code] ?? []), r];
          return out;
        }),
        hcpcs: answer('hcpcs', 'all', tables.hcpcs, () =>
          pick(tables.hcpcs?.rows ?? [], new Set([...query.codes, ...query.modifiers])),
        ),
        icd10cm,
        pos: answer('pos', 'all', tables.pos, () => {
          const out: Record<string, { facility: boolean; name: string }> = {};
          for (const r of tables.pos?.rows ?? []) out[r.code] = { facility: r.facility, name: r.name };
          return out;
        }),
        mcd: tables.mcd
          ? answer('mcd', 'all', tables.mcd, () =>
              memoryCoverage(
                tables.mcd!.rows,
                query.codes,
                query.diagnoses.map((d) => d.replace('.', '')),
              ),
            )
          : { status: 'no-data', reason: NO_MCD },
      };
    },
    async datasets() {
      const out: DataSetInfo[] = [];
      for (const setting of ['practitioner', 'hospital'] as const) {
        const ptp = tables.ptp?.[setting];
        if (ptp) out.push(info('ptp', setting, ptp));
        const mue = tables.mue?.[setting];
        if (mue) out.push(info('mue', setting, mue));
      }
      if (tables.addon) out.push(info('addon', 'all', tables.addon));
      if (tables.pfs) out.push(info('pfs', 'all', tables.pfs));
      if (tables.hcpcs) out.push(info('hcpcs', 'all', tables.hcpcs));
      for (const t of Object.values(tables.icd10cm ?? {})) out.push(info('icd10cm', 'all', t));
      if (tables.pos) out.push(info('pos', 'all', tables.pos));
      if (tables.mcd) out.push(info('mcd', 'all', tables.mcd));
      return out;
    },
  };
}
