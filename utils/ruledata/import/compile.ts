import { parseAddon } from './addon';
import { type BadRowLog, badRowLog, mergeBadRows } from './bad-rows';
import { quarterStart } from './dates';
import { ncciVersionQuarter } from './detect';
import type { SetGroup } from './group';
import { parseHcpcs } from './hcpcs';
import { icdYear, parseIcd10cm } from './icd10cm';
import { compileMcd } from './mcd';
import { parseMue } from './mue';
import { parsePfs } from './pfs';
import { parsePos } from './pos';
import { parsePtpPart, ptpAccumulator, ptpRecords } from './ptp';
import { type CompiledSet, ImportError } from './types';

const SETTING_WORD = {
  practitioner: 'practitioner',
  hospital: 'outpatient hospital',
  dme: 'DME supplier',
  all: '',
};

const labelOf = (e: { name: string; container: string }) =>
  e.container === e.name ? e.name : `${e.container} (${e.name})`;

/** Parses and compiles one group of files into a data set (throws ImportError with the user's message). */
export function compileSet(group: SetGroup, onRows?: (rows: number) => void): CompiledSet {
  const first = group.items[0];
  if (!first) throw new ImportError('Nothing to import.');
  const names = [first.entry.name, first.entry.container];
  const fileLabel = labelOf(first.entry);
  const log = badRowLog(fileLabel);
  const done = (
    set: Omit<CompiledSet, 'badRows' | 'badRowCount'>,
    logs: BadRowLog[] = [log],
  ): CompiledSet => {
    const merged = mergeBadRows(logs);
    return { ...set, badRows: merged.rows, badRowCount: merged.count };
  };
  const d = first.detected;
  switch (d.kind) {
    case 'ptp': {
      const acc = ptpAccumulator();
      const logs: BadRowLog[] = [];
      for (const item of group.items) {
        const partLog = badRowLog(
          item.entry.container === item.entry.name
            ? item.entry.name
            : `${item.entry.container} (${item.entry.name})`,
        );
        logs.push(partLog);
        parsePtpPart(item.entry.bytes, acc, partLog, onRows);
        item.entry.bytes = new Uint8Array(0); // a part is ~48 MB of text: let it go before the next one
      }
      const setting = d.setting ?? 'practitioner';
      const version = d.version ?? '';
      const q = /(\d{4})q([1-4])/i.exec(first.entry.container);
      const vq = ncciVersionQuarter(version);
      const effectiveFrom = q
        ? quarterStart(Number(q[1]), Number(q[2]))
        : vq
          ? quarterStart(vq.year, vq.quarter)
          : '';
      return done(
        {
          kind: 'ptp',
          setting,
          version,
          label: `NCCI PTP ${SETTING_WORD[setting]} v${version}`,
          effectiveFrom,
          effectiveTo: null,
          rows: acc.rows,
          records: ptpRecords(acc),
        },
        logs,
      );
    }
    case 'mue': {
      const mue = parseMue(first.entry.bytes, names, log);
      const month = Number(mue.effectiveFrom.slice(5, 7));
      const version = `${mue.effectiveFrom.slice(0, 4)}Q${Math.floor((month - 1) / 3) + 1}`;
      return done({
        kind: 'mue',
        setting: mue.setting,
        version,
        label: `NCCI MUE ${SETTING_WORD[mue.setting]} ${version}`,
        effectiveFrom: mue.effectiveFrom,
        effectiveTo: null,
        rows: mue.records.length,
        records: mue.records,
      });
    }
    case 'addon': {
      const addon = parseAddon(first.entry.bytes, log);
      const m = /(\d{4})[-_]?(\d{2})(?!\d)/.exec(names.join(' ')) ?? null;
      const q = /V?(\d{4})Q([1-4])/i.exec(names.join(' '));
      const effectiveFrom = q
        ? quarterStart(Number(q[1]), Number(q[2]))
        : m
          ? `${m[1]}-${m[2]}-01`
          : '1996-01-01';
      const version = q ? `${q[1]}Q${q[2]}` : m ? `${m[1]}-${m[2]}` : 'undated';
      return done({
        kind: 'addon',
        setting: 'all',
        version,
        label: `NCCI add-on codes ${version}`,
        effectiveFrom,
        effectiveTo: null,
        rows: addon.rows,
        records: addon.records,
      });
    }
    case 'pfs': {
      const pfs = parsePfs(first.entry.bytes, names, log);
      const version = pfs.effectiveFrom.slice(0, 7);
      return done({
        kind: 'pfs',
        setting: 'all',
        version,
        label: `PFS relative value file ${version}`,
        effectiveFrom: pfs.effectiveFrom,
        effectiveTo: null,
        rows: pfs.rows,
        records: pfs.records,
      });
    }
    case 'hcpcs': {
      const h = parseHcpcs(first.entry.bytes, names, log);
      return done({
        kind: 'hcpcs',
        setting: 'all',
        version: h.version,
        label: `HCPCS Level II ${h.version}`,
        effectiveFrom: h.effectiveFrom,
        effectiveTo: null,
        rows: h.rows,
        records: h.records,
      });
    }
    case 'icd10cm': {
      const year = icdYear(names);
      const icd = parseIcd10cm(first.entry.bytes, d.layout, log);
      return done({
        kind: 'icd10cm',
        setting: 'all',
        version: `FY${year}`,
        label: `ICD-10-CM FY${year}`,
        effectiveFrom: `${year - 1}-10-01`,
        effectiveTo: `${year}-09-30`,
        rows: icd.rows,
        records: icd.records,
      });
    }
    case 'mcd': {
      const logs: BadRowLog[] = [];
      const mcd = compileMcd(
        group.items.flatMap((i) =>
          i.detected.kind === 'mcd'
            ? [{ table: i.detected.table, entry: i.entry, label: labelOf(i.entry) }]
            : [],
        ),
        (file) => {
          const l = badRowLog(file.label);
          logs.push(l);
          return l;
        },
        onRows,
      );
      const version = mcd.vintage ?? new Date().toISOString().slice(0, 10);
      return done(
        {
          kind: 'mcd',
          setting: 'all',
          version,
          label: `MCD coverage articles ${version}`,
          effectiveFrom: version,
          effectiveTo: null,
          rows: mcd.rows,
          records: mcd.records,
        },
        logs,
      );
    }
    case 'mcd-lcd':
    case 'mcd-other':
      throw new ImportError(`${fileLabel} is a file of the MCD download that is not imported.`);
    case 'pos': {
      const pos = parsePos(new TextDecoder().decode(first.entry.bytes), log);
      const m = /(\d{4})-(\d{2})/.exec(names.join(' '));
      const version = m ? `${m[1]}-${m[2]}` : 'current';
      return done({
        kind: 'pos',
        setting: 'all',
        version,
        label: `Place of service codes ${version}`,
        effectiveFrom: m ? `${m[1]}-${m[2]}-01` : '1990-01-01',
        effectiveTo: null,
        rows: pos.rows,
        records: pos.records,
      });
    }
  }
}
