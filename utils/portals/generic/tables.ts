import type { ServiceLine } from '../../model/snapshot';
import { spaced, txt, value } from '../dom';
import { cellsOf, codesInto, fieldOf, type GridHooks, lineFrom, type Rec } from '../grid';

/**
 * Tables as the generic reader reads them (the adapters read their own portals' tables without this):
 * a header found as a thead row or a first row of known column names; header cells spanning columns
 * (colspan="4" over Modifier 1–4); cells holding form controls (a claim form laid out as a grid).
 */
export function gridHooks(table: Element): GridHooks {
  // Forms laid out as grids: only then are cells searched for controls (a 2,000-row list pays nothing).
  const controls = table.querySelector('input,select,textarea') !== null;
  return {
    head: (rows) =>
      rows.findIndex((r, i) => {
        const c = cellsOf(r);
        if (c.length < 2) return false;
        if (r.parentElement?.tagName === 'THEAD') return true;
        return (
          i === 0 &&
          !r.querySelector('input,select,textarea') &&
          c.filter((x) => fieldOf(txt(x).slice(0, 60))).length > 1
        );
      }),
    // td/th know their span (a property read, no attribute parsing).
    span: (c) => Math.min(Math.max((c as HTMLTableCellElement).colSpan || 1, 1), 20),
    cell: (c) => {
      const control =
        controls && c.firstElementChild && c.querySelector('input:not([type=hidden]),select,textarea');
      return control ? value(control) : spaced(c);
    },
  };
}

/** Separate group / reason / amount columns put back together: the reason beside its group and amount. */
function withAdjustment(rec: Rec): Rec {
  if (!rec.group) return rec;
  const [reason = '', ...rest] = (rec.codes ?? '').trim().split(/\s+/);
  return { ...rec, codes: `${rec.group}-${reason} ${rec.adjAmt ?? ''} ${rest.join(' ')}` };
}

/**
 * Records → service lines. A row without a procedure code that only carries adjustments (a second
 * group / reason / amount row under a line, as remittances print them) adds them to the line above.
 */
export function linesFromRecs(recs: Rec[], first = 1): ServiceLine[] {
  const lines: ServiceLine[] = [];
  for (const raw of recs) {
    const r = withAdjustment(raw);
    const line = lineFrom(r, first + lines.length);
    if (line) lines.push(line);
    else if (lines.length && !r.code && !r.charge && r.codes) codesInto(lines[lines.length - 1]!, r.codes);
  }
  return lines;
}
