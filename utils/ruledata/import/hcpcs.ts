import type { BadRowLog } from './bad-rows';
import { csvRecords, norm } from './csv';
import { isoFromCompact, monthNumber } from './dates';
import { decodeLatin1 } from './text';
import { type CompiledRecord, ImportError } from './types';

/**
 * HCPCS Level II alpha-numeric file (HCPCyyyy_MMM_ANWEB.csv, 48 columns, header first). Level II
 * modifiers are right-justified in the 5-wide HCPC field ("   AA"); ADD DT, ACT EFF DT and TERM DT are
 * YYYYMMDD or empty. Long descriptions may continue on rows with the same HCPC: the first row counts.
 *
 * Compiled: key = code or modifier, data = [added, effective, terminated, 1 if modifier else 0]
 * with dates as YYYY-MM-DD or "".
 */
const CODE = /^([A-Z][0-9]{4}|[0-9A-Z]{2})$/;

export function parseHcpcs(
  bytes: Uint8Array,
  names: string[],
  bad: BadRowLog,
): { records: CompiledRecord[]; rows: number; version: string; effectiveFrom: string } {
  const [header, ...rows] = csvRecords(decodeLatin1(bytes));
  const cols = (header?.cells ?? []).map((c) => norm(c));
  const at = (name: string) => cols.indexOf(name);
  const [hcpc, added, effective, terminated] = [at('HCPC'), at('ADD DT'), at('ACT EFF DT'), at('TERM DT')];
  if (hcpc < 0 || added < 0 || effective < 0 || terminated < 0) {
    throw new ImportError(
      `${names[0]}: not the ANWEB layout (needs HCPC, ADD DT, ACT EFF DT, TERM DT columns).`,
    );
  }
  const seen = new Map<string, CompiledRecord>();
  let latest = '';
  for (const { cells, line } of rows) {
    const raw = cells[hcpc] ?? '';
    const code = raw.trim().toUpperCase();
    if (!CODE.test(code)) {
      bad.add(line, `"${code}" is not a HCPCS Level II code or modifier`);
      continue;
    }
    if (seen.has(code)) continue;
    const dates = [added, effective, terminated].map((i) => (cells[i] ?? '').trim());
    const iso = dates.map((d) => (d === '' ? '' : isoFromCompact(d)));
    const badDate = iso.indexOf(null);
    if (badDate >= 0) {
      bad.add(
        line,
        `${['ADD DT', 'ACT EFF DT', 'TERM DT'][badDate]} "${dates[badDate]}" is not a YYYYMMDD date`,
      );
      continue;
    }
    if ((iso[1] ?? '') > latest) latest = iso[1] ?? '';
    seen.set(code, { key: code, data: [iso[0], iso[1], iso[2], code.length === 2 ? 1 : 0] });
  }
  bad.check(rows.length);
  const fromName = names
    .map((n) => /HCPC(\d{4})_([A-Z]{3})/i.exec(n))
    .find((m) => m && monthNumber(m[2]!) > 0);
  const version = fromName ? `${fromName[1]} ${fromName[2]!.toUpperCase()}` : `to ${latest}`;
  const effectiveFrom = fromName
    ? `${fromName[1]}-${String(monthNumber(fromName[2]!)).padStart(2, '0')}-01`
    : latest || '1984-01-01';
  return { records: [...seen.values()], rows: seen.size, version, effectiveFrom };
}
