import type { PfsIndicators } from '../ruledata/types';

/** The PFS row for a code as billed: the 26/TC row when that modifier is on the line, else the global row. */
export function pfsRow(
  pfs: Record<string, PfsIndicators[]>,
  code: string | null,
  modifiers: readonly string[] = [],
): PfsIndicators | null {
  if (!code) return null;
  const rows = pfs[code];
  if (!rows || rows.length === 0) return null;
  const mod = modifiers.find((m) => m === '26' || m === 'TC' || m === '53');
  return rows.find((r) => r.modifier === mod) ?? rows.find((r) => r.modifier === '') ?? rows[0] ?? null;
}

/** Minor procedures for the 25 rule: 0 or 10 global days. */
export function isMinorProcedure(row: PfsIndicators | null): boolean {
  return row !== null && (row.globalDays === '000' || row.globalDays === '010');
}

export function isMajorProcedure(row: PfsIndicators | null): boolean {
  return row !== null && row.globalDays === '090';
}
