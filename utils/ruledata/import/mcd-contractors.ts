import type { CoverageContractor } from '../coverage';
import { mcdDate } from './mcd-codes';
import { type Columns, cell, type McdFile, type OnRow, readLookup } from './mcd-read';
import type { McdTable } from './mcd-tables';

/** Reads one MCD table: `setup` gets the column lookup once and returns the row handler. */
export type Reader = (table: McdTable, setup: (column: Columns) => OnRow) => number;

/** (contractor_id, contractor_type_id, contractor_version) of a row. */
type ContractorKey = [id: string, type: string, version: string];

/** Contractors with the states they serve now, numbered in file order; DME MACs marked. */
export function compileContractors(byTable: Map<McdTable, McdFile>, read: Reader, vintage: string | null) {
  const states = new Map<string, string>();
  read('state', (col) => {
    const [id, abbrev] = [col('state_id'), col('state_abbrev')];
    return (c) => {
      const a = cell(c, abbrev).trim().toUpperCase();
      if (a) states.set(cell(c, id).trim(), a);
    };
  });
  const typeFile = byTable.get('contractorType');
  const dmeTypes = new Set<string>();
  if (typeFile) {
    for (const [id, description] of readLookup(typeFile, 'contractor_type_id', 'desc'))
      if (/\bDME\b/i.test(description)) dmeTypes.add(id);
  }
  const columns = (col: Columns) => {
    const [id, type, version] = [col('contractor_id'), col('contractor_type_id'), col('contractor_version')];
    return (c: string[]): ContractorKey => [
      cell(c, id).trim(),
      cell(c, type).trim(),
      cell(c, version).trim(),
    ];
  };
  const list: (CoverageContractor & { id: string; type: string; version: number })[] = [];
  const byKey = new Map<string, number>();
  read('contractor', (col) => {
    const key = columns(col);
    const [number, name] = [col('contractor_number'), col('contractor_bus_name')];
    return (c) => {
      const n = cell(c, number).trim();
      if (!n) return;
      const [id, type, version] = key(c);
      byKey.set(`${id}|${type}|${version}`, list.length);
      list.push({
        number: n,
        name: cell(c, name).trim(),
        states: [],
        dme: dmeTypes.has(type),
        id,
        type,
        version: Number(version) || 0,
      });
    };
  });
  /** The contractor row a key names; another version of the same id and type if need be. */
  const index = ([id, type, version]: ContractorKey): number | null => {
    const exact = byKey.get(`${id}|${type}|${version}`);
    if (exact !== undefined) return exact;
    let best: number | null = null;
    list.forEach((c, i) => {
      if (c.id === id && c.type === type && (best === null || c.version > list[best]!.version)) best = i;
    });
    return best;
  };
  read('jurisdiction', (col) => {
    const key = columns(col);
    const [state, term] = [col('state_id'), col('term_date')];
    return (c) => {
      const ended = mcdDate(cell(c, term));
      if (ended && vintage && ended < vintage) return;
      const k = index(key(c));
      const s = states.get(cell(c, state).trim());
      if (k === null || !s) return;
      const entry = list[k]!;
      if (!entry.states.includes(s)) entry.states.push(s);
    };
  });
  for (const c of list) c.states.sort();
  return { list, index, columns };
}
