import type { ClaimLensDb, RuleRecord } from '../db';
import { PTP_CODES_KEY, ptpBucketKey, ptpCodeNumbers } from './import/ptp-layout';
import { readableLayout, reimportReason } from './layout';
import {
  decodeAddon,
  decodeHcpcs,
  decodeMue,
  decodePfs,
  decodePos,
  decodePtp,
  icdStatus,
} from './store-decode';
import { askCoverage } from './store-mcd';
import {
  mueTooNew,
  mueTooNewFor,
  NO_ADDON,
  NO_HCPCS,
  NO_PFS,
  NO_POS,
  noIcd,
  noMue,
  noPtp,
} from './store-reasons';
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
} from './types';

/**
 * What the rule engine queries. `load` answers a whole claim in one IndexedDB read transaction: the
 * live-set list, then one bulkGet of every key the claim needs (claim codes as PTP column-1 rows, MUE,
 * add-on, PFS, HCPCS rows, ICD-10-CM categories per fiscal year, places of service, coverage-article
 * rows by code prefix and diagnosis category) across the live sets.
 * Rows already read come from a cache (see RecordCache); when all are cached and the live set ids are
 * ones already seen, reading those ids is the only IndexedDB work (one implicit read transaction).
 * This relies on two write-once rules kept by import/write.ts: a set's rows and its DataSetInfo never
 * change after the swap (a new import gets a new set id).
 *
 * Live set per kind: PTP hospital for institutional claims, practitioner otherwise; MUE by setting
 * (practitioner / hospital / dme); other kinds have one set for all settings; ICD-10-CM one set per
 * fiscal year. Only sets with a DataSetInfo are read, so a half-finished import is invisible.
 */
export function createRuleStore(db: ClaimLensDb): RuleStore {
  const cache = recordCache();
  const infos = new Map<string, DataSetInfo>();
  return {
    datasets: () => db.datasets.toArray(),
    load: async (query) => {
      // Warm path: one read of the live set ids (a DataSetInfo never changes once written, so known ids
      // need no re-read), every row from the cache: one implicit read transaction.
      const ids = (await db.datasets.toCollection().primaryKeys()).map(String);
      const known = ids.map((id) => infos.get(id));
      if (known.every((d) => d !== undefined)) {
        const warm = await loadIn(query, known as DataSetInfo[], cache, null);
        if (warm) return warm;
      }
      // Cold path: one read transaction over both tables, so the live sets and their rows agree even if
      // an import swaps a set in meanwhile.
      return db.transaction('r', db.datasets, db.ruleRecords, async () => {
        const live = await db.datasets.toArray();
        infos.clear();
        for (const d of live) infos.set(d.id, d);
        const data = await loadIn(query, live, cache, (keys) => db.ruleRecords.bulkGet(keys));
        return data!;
      });
    },
  };
}

/**
 * Rows already read, by set id + key. A set's rows never change once its DataSetInfo is written (a new
 * import gets a new set id), so a cached row is right for as long as its set is live; the live sets are
 * read in every load's transaction, and the cache forgets sets that are gone. Why: Chromium IndexedDB
 * costs ~0.2 ms per key read and ~1 ms per transaction here, so a 12-line claim (~70 keys) takes ~15 ms
 * cold and ~1 ms when its rows are cached: the engine re-checks the same claim on every page change.
 */
export interface RecordCache {
  get(set: string, key: string): RuleRecord | undefined | null;
  put(set: string, key: string, row: RuleRecord | undefined): void;
  keep(liveSets: Set<string>): void;
}

const CACHE_ROWS = 20_000;

export function recordCache(maxRows = CACHE_ROWS): RecordCache {
  const rows = new Map<string, RuleRecord | undefined>();
  let sets = new Set<string>();
  return {
    // null = not cached; undefined = cached as "no such row"
    get: (set, key) => {
      const id = `${set}\u0000${key}`;
      return rows.has(id) ? rows.get(id) : null;
    },
    put: (set, key, row) => {
      if (rows.size >= maxRows) rows.delete(rows.keys().next().value ?? '');
      rows.set(`${set}\u0000${key}`, row);
    },
    keep: (live) => {
      if ([...sets].some((s) => !live.has(s))) rows.clear();
      sets = live;
    },
  };
}

type Slot = (record: RuleRecord | undefined) => void;

/** The claim's answers from `live` sets; null when rows are missing from the cache and `read` is null. */
async function loadIn(
  query: RuleQuery,
  live: DataSetInfo[],
  cache: RecordCache,
  read: ((keys: [string, string][]) => Promise<(RuleRecord | undefined)[]>) | null,
): Promise<RuleData | null> {
  cache.keep(new Set(live.map((d) => d.id)));
  // A set stored in another layout (layout.ts) is never decoded: its kind answers "re-import this file".
  const oldLayout = new Map<DataSetKind, DataSetInfo>();
  const pick = (kind: DataSetKind, setting: Setting) => {
    const set = newest(live.filter((d) => d.kind === kind && (d.setting === setting || d.setting === 'all')));
    if (set && !readableLayout(set)) {
      oldLayout.set(kind, set);
      return undefined;
    }
    return set;
  };
  const noData = (kind: DataSetKind, reason: string) => {
    const old = oldLayout.get(kind);
    return old ? reimportReason(old) : reason;
  };
  const codes = unique(query.codes.map(clean));
  const keys: [string, string][] = [];
  const slots: Slot[] = [];
  const ask = (set: DataSetInfo | undefined, key: string, slot: Slot) => {
    if (!set) return;
    keys.push([set.id, key]);
    slots.push(slot);
  };

  const ptpSet = pick('ptp', query.setting === 'hospital' ? 'hospital' : 'practitioner');
  const ptp: PtpEdit[] = [];
  // The set's column-2 code list first: the column-1 rows name column-2 codes by number.
  let wanted = new Map<number, string>();
  ask(ptpSet, PTP_CODES_KEY, (r) => {
    if (typeof r?.data === 'string') wanted = ptpCodeNumbers(r.data, codes);
  });
  for (const bucket of unique(codes.map(ptpBucketKey))) {
    ask(ptpSet, bucket, (r) => {
      if (!r) return;
      for (const c of codes) if (ptpBucketKey(c) === bucket) ptp.push(...decodePtp(c, r.data, wanted));
    });
  }

  const mueSet = pick('mue', query.setting);
  // A table newer than every date of service is not applied: no-data, saying which table would do.
  const mueEarly = mueSet !== undefined && mueTooNewFor(mueSet, query.datesOfService);
  const mue: Record<string, MueEdit> = {};
  for (const c of codes) {
    ask(mueEarly ? undefined : mueSet, c, (r) => {
      const e = r && decodeMue(c, r.data);
      if (e) mue[c] = e;
    });
  }

  const addonSet = pick('addon', query.setting);
  const addon: Record<string, AddonEdit> = {};
  for (const c of codes) {
    ask(addonSet, c, (r) => {
      const e = r && decodeAddon(c, r.data);
      if (e) addon[c] = e;
    });
  }

  const pfsSet = pick('pfs', query.setting);
  const pfs: Record<string, PfsIndicators[]> = {};
  for (const c of codes) {
    ask(pfsSet, c, (r) => {
      if (r) pfs[c] = decodePfs(c, r.data);
    });
  }

  const hcpcsSet = pick('hcpcs', query.setting);
  const hcpcs: Record<string, HcpcsCode> = {};
  const level2 = [...codes.filter((c) => /^[A-V][0-9]{4}$/.test(c)), ...unique(query.modifiers.map(clean))];
  for (const c of unique(level2)) {
    ask(hcpcsSet, c, (r) => {
      const e = r && decodeHcpcs(c, r.data);
      if (e) hcpcs[c] = e;
    });
  }

  const posSet = pick('pos', query.setting);
  const pos: Record<string, { facility: boolean; name: string }> = {};
  for (const p of unique(query.placesOfService.map(clean))) {
    ask(posSet, p, (r) => {
      const e = r && decodePos(r.data);
      if (e) pos[p] = e;
    });
  }

  const icd10cm: RuleData['icd10cm'] = {};
  const diagnoses = unique(query.diagnoses.map((d) => clean(d).replace('.', '')));
  const categories = unique(diagnoses.map((d) => d.slice(0, 3)));
  for (const fy of unique(query.datesOfService.map(icdFiscalYear))) {
    const set = newest(live.filter((d) => d.kind === 'icd10cm' && d.version === fy));
    if (!set || !readableLayout(set)) {
      icd10cm[fy] = { status: 'no-data', reason: set ? reimportReason(set) : noIcd(fy) };
      continue;
    }
    const statuses: Record<string, IcdStatus> = {};
    for (const d of diagnoses) statuses[d] = 'invalid';
    icd10cm[fy] = { status: 'ok', dataset: set, value: statuses };
    for (const category of categories) {
      ask(set, category, (r) => {
        if (!r) return;
        for (const d of diagnoses) if (d.startsWith(category)) statuses[d] = icdStatus(d, r.data);
      });
    }
  }

  const coverage = askCoverage(pick('mcd', query.setting), codes, diagnoses, ask);

  const missing = keys.flatMap((k, i) => (cache.get(k[0], k[1]) === null ? [i] : []));
  if (missing.length > 0) {
    if (!read) return null;
    const rows = await read(missing.map((i) => keys[i]!));
    missing.forEach((at, n) => {
      const [set, key] = keys[at]!;
      cache.put(set, key, rows[n]);
    });
  }
  for (let i = 0; i < keys.length; i++) {
    const [set, key] = keys[i]!;
    const row = cache.get(set, key);
    slots[i]?.(row ?? undefined);
  }

  return {
    ptp: answer(
      ptpSet,
      ptp,
      noData('ptp', noPtp(query.setting === 'hospital' ? 'hospital' : 'practitioner')),
    ),
    mue:
      mueSet && mueEarly
        ? { status: 'no-data', reason: mueTooNew(mueSet, query.setting, query.datesOfService) }
        : answer(mueSet, mue, noData('mue', noMue(query.setting))),
    addon: answer(addonSet, addon, noData('addon', NO_ADDON)),
    pfs: answer(pfsSet, pfs, noData('pfs', NO_PFS)),
    hcpcs: answer(hcpcsSet, hcpcs, noData('hcpcs', NO_HCPCS)),
    icd10cm,
    pos: answer(posSet, pos, noData('pos', NO_POS)),
    mcd: coverage(),
  };
}

function answer<T>(set: DataSetInfo | undefined, value: T, reason: string): Answer<T> {
  return set ? { status: 'ok', dataset: set, value } : { status: 'no-data', reason };
}

/** Should two live sets of a kind exist (an interrupted swap cannot do it, but be safe): the newest release. */
function newest(sets: DataSetInfo[]): DataSetInfo | undefined {
  return sets.reduce<DataSetInfo | undefined>(
    (best, d) =>
      !best || d.effectiveFrom > best.effectiveFrom || (d.effectiveFrom === best.effectiveFrom && !d.bundled)
        ? d
        : best,
    undefined,
  );
}

const clean = (s: string) => s.trim().toUpperCase();
const unique = (list: string[]) => [...new Set(list.filter((s) => s !== ''))];
