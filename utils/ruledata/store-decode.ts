import { isPtpRow, ptpEditsFor } from './import/ptp-layout';
import type { AddonEdit, HcpcsCode, IcdStatus, MueEdit, PfsIndicators, PtpEdit } from './types';

/**
 * Reading the compiled layouts back (each is documented in the importer that writes it:
 * import/ptp-layout.ts, mue.ts, addon.ts, pfs.ts, hcpcs.ts, icd10cm.ts, pos.ts). Unexpected shapes
 * yield nothing rather than throwing: a damaged row must not stop the other checks.
 */

/** Edits of `column1` in its bucket row `data` (layout: import/ptp-layout.ts). */
export function decodePtp(column1: string, data: unknown, wanted: ReadonlyMap<number, string>): PtpEdit[] {
  if (!data || typeof data !== 'object' || !Object.hasOwn(data, column1)) return [];
  const row: unknown = (data as Record<string, unknown>)[column1];
  return isPtpRow(row) ? ptpEditsFor(column1, row, wanted) : [];
}

export function decodeMue(code: string, data: unknown): MueEdit | null {
  if (!Array.isArray(data)) return null;
  const [value, mai] = data as [unknown, unknown];
  if (typeof value !== 'number' || (mai !== 1 && mai !== 2 && mai !== 3)) return null;
  return { code, value, mai };
}

export function decodeAddon(addon: string, data: unknown): AddonEdit | null {
  if (!Array.isArray(data)) return null;
  const [type, primaries] = data as [unknown, unknown];
  if ((type !== 1 && type !== 2 && type !== 3) || typeof primaries !== 'string') return null;
  return { addon, type, primaries: primaries === '' ? [] : primaries.split(' ') };
}

export function decodePfs(code: string, data: unknown): PfsIndicators[] {
  if (!Array.isArray(data)) return [];
  return data.flatMap((row: unknown) => {
    if (!Array.isArray(row)) return [];
    const [modifier, status, pctc, globalDays, multProc, bilateral, assistant, coSurgery, teamSurgery] = (
      row as unknown[]
    ).map((c) => (typeof c === 'string' ? c : ''));
    return [
      {
        code,
        modifier: modifier ?? '',
        status: status ?? '',
        pctc: pctc ?? '',
        globalDays: globalDays ?? '',
        multProc: multProc ?? '',
        bilateral: bilateral ?? '',
        assistant: assistant ?? '',
        coSurgery: coSurgery ?? '',
        teamSurgery: teamSurgery ?? '',
      },
    ];
  });
}

export function decodeHcpcs(code: string, data: unknown): HcpcsCode | null {
  if (!Array.isArray(data)) return null;
  const [added, effective, terminated, modifier] = data as unknown[];
  const date = (d: unknown) => (typeof d === 'string' && d !== '' ? d : null);
  return {
    code,
    added: date(added),
    effective: date(effective),
    terminated: date(terminated),
    modifier: modifier === 1,
  };
}

/** Status of a diagnosis given its category's billable codes ("A000 A001 A009"), or null when none. */
export function icdStatus(diagnosis: string, data: unknown): IcdStatus {
  if (typeof data !== 'string') return 'invalid';
  const codes = data.split(' ');
  if (codes.includes(diagnosis)) return 'billable';
  return codes.some((c) => c.length > diagnosis.length && c.startsWith(diagnosis)) ? 'header' : 'invalid';
}

export function decodePos(data: unknown): { facility: boolean; name: string } | null {
  if (!Array.isArray(data)) return null;
  const [facility, name] = data as unknown[];
  return typeof name === 'string' ? { facility: facility === 1, name } : null;
}
