import { icdStatus } from '../../ruledata/store-decode';
import {
  mueTooNew,
  mueTooNewFor,
  NO_ADDON,
  NO_HCPCS,
  NO_MCD,
  NO_PFS,
  NO_POS,
  noIcd,
  noMue,
  noPtp,
} from '../../ruledata/store-reasons';
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
 * An in-memory RuleStore for tests and the demo, answering exactly like the IndexedDB store
 * (utils/ruledata/store.ts): one `load` per claim, the same "no data" reasons (an MUE table newer than
 * every date of service answers no-data, never the newer table's values), rows filtered to the claim's codes as typed (trimmed, upper-case).
 * store-contract.test.ts asks both the same questions. `calls` counts loads (one per claim).
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

function answer<T>(set: DataSetInfo | undefined, value: () => T, reason: string): Answer<T> {
  return set ? { status: 'ok', dataset: set, value: value() } : { status: 'no-data', reason };
}

const clean = (s: string) => s.trim().toUpperCase();
const unique = (list: string[]) => [...new Set(list.filter((s) => s !== ''))];

function pick<T extends { code: string }>(rows: readonly T[], codes: ReadonlySet<string>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const r of rows) if (codes.has(r.code)) out[r.code] = r;
  return out;
}

export interface MemoryStore extends RuleStore {
  calls: RuleQuery[];
}

export function createMemoryStore(tables: MemoryTables): MemoryStore {
  const sets = {
    ptp: (setting: 'practitioner' | 'hospital') => {
      const t = tables.ptp?.[setting];
      return t && info('ptp', setting, t);
    },
    mue: (setting: 'practitioner' | 'hospital' | 'dme') => {
      const t = tables.mue?.[setting];
      return t && info('mue', setting, t);
    },
    addon: tables.addon && info('addon', 'all', tables.addon),
    pfs: tables.pfs && info('pfs', 'all', tables.pfs),
    hcpcs: tables.hcpcs && info('hcpcs', 'all', tables.hcpcs),
    pos: tables.pos && info('pos', 'all', tables.pos),
    mcd: tables.mcd && info('mcd', 'all', tables.mcd),
  };
  const icd = new Map(
    Object.entries(tables.icd10cm ?? {}).map(([fy, t]) => {
      const byCategory = new Map<string, string>();
      for (const code of t.rows) {
        const key = code.slice(0, 3);
        byCategory.set(key, byCategory.has(key) ? `${byCategory.get(key)} ${code}` : code);
      }
      return [fy, { set: info('icd10cm', 'all', t), byCategory }] as const;
    }),
  );
  const calls: RuleQuery[] = [];
  return {
    calls,
    // Answers as utils/ruledata/store.ts does (store-contract.test.ts asks both the same questions).
    async load(query: RuleQuery): Promise<RuleData> {
      calls.push(query);
      const codes = unique(query.codes.map(clean));
      const has = new Set(codes);
      const ptpSetting = query.setting === 'hospital' ? 'hospital' : 'practitioner';
      const ptpSet = sets.ptp(ptpSetting);
      const mueSet = sets.mue(query.setting);
      const dates = query.datesOfService;

      const icd10cm: RuleData['icd10cm'] = {};
      const diagnoses = unique(query.diagnoses.map((d) => clean(d).replace('.', '')));
      for (const fy of unique(dates.map(icdFiscalYear))) {
        const entry = icd.get(fy);
        if (!entry) {
          icd10cm[fy] = { status: 'no-data', reason: noIcd(fy) };
          continue;
        }
        const value: Record<string, IcdStatus> = {};
        for (const d of diagnoses) {
          const category = entry.byCategory.get(d.slice(0, 3));
          value[d] = category === undefined ? 'invalid' : icdStatus(d, category);
        }
        icd10cm[fy] = { status: 'ok', dataset: entry.set, value };
      }
      const level2 = unique([
        ...codes.filter((c) => /^[A-V][0-9]{4}$/.test(c)),
        ...query.modifiers.map(clean),
      ]);
      const positions = new Set(unique(query.placesOfService.map(clean)));
      return {
        ptp: answer(
          ptpSet,
          () =>
            (tables.ptp?.[ptpSetting]?.rows ?? []).filter((e) => has.has(e.column1) && has.has(e.column2)),
          noPtp(ptpSetting),
        ),
        mue:
          mueSet && mueTooNewFor(mueSet, dates)
            ? { status: 'no-data', reason: mueTooNew(mueSet, query.setting, dates) }
            : answer(mueSet, () => pick(tables.mue?.[query.setting]?.rows ?? [], has), noMue(query.setting)),
        addon: answer(
          sets.addon,
          () => {
            const out: Record<string, AddonEdit> = {};
            for (const r of tables.addon?.rows ?? []) if (has.has(r.addon)) out[r.addon] = r;
            return out;
          },
          NO_ADDON,
        ),
        pfs: answer(
          sets.pfs,
          () => {
            const out: Record<string, PfsIndicators[]> = {};
            for (const r of tables.pfs?.rows ?? [])
              if (has.has(r.code)) out[r.code] = [...(out[r.code] ?? []), r];
            return out;
          },
          NO_PFS,
        ),
        hcpcs: answer(sets.hcpcs, () => pick(tables.hcpcs?.rows ?? [], new Set(level2)), NO_HCPCS),
        icd10cm,
        pos: answer(
          sets.pos,
          () => {
            const out: Record<string, { facility: boolean; name: string }> = {};
            for (const r of tables.pos?.rows ?? [])
              if (positions.has(r.code)) out[r.code] = { facility: r.facility, name: r.name };
            return out;
          },
          NO_POS,
        ),
        mcd: answer(sets.mcd, () => memoryCoverage(tables.mcd!.rows, codes, diagnoses), NO_MCD),
      };
    },
    async datasets() {
      const out: DataSetInfo[] = [];
      for (const setting of ['practitioner', 'hospital'] as const) {
        const ptp = sets.ptp(setting);
        if (ptp) out.push(ptp);
      }
      for (const setting of ['practitioner', 'hospital', 'dme'] as const) {
        const mue = sets.mue(setting);
        if (mue) out.push(mue);
      }
      for (const d of [sets.addon, sets.pfs, sets.hcpcs]) if (d) out.push(d);
      for (const { set } of icd.values()) out.push(set);
      if (sets.pos) out.push(sets.pos);
      if (sets.mcd) out.push(sets.mcd);
      return out;
    },
  };
}
