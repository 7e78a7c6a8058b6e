import { emptyLine } from '../model/empty';
import type { Claim, ServiceLine } from '../model/snapshot';
import * as n from './normalise';

/** Raw text of one claim-entry form row, as the user typed it. */
export interface EntryRow {
  from?: string;
  to?: string;
  pos?: string;
  code?: string;
  mods?: string;
  units?: string;
  ptr?: string;
  charge?: string;
}

/**
 * A typed form row → a service line. Blank rows (the 12 empty rows of a CMS-1500 grid, a row just
 * added) give null; a row with a charge but no code is kept so "procedure code missing" can be said.
 */
export function entryLine(r: EntryRow, line: number): ServiceLine | null {
  const code = n.procedureCode(n.text(r.code).split(/[\s-]/)[0]);
  const charge = n.money(r.charge);
  if (!code && charge === null) return null;
  const l = emptyLine(line);
  l.code = code;
  l.dosFrom = n.firstDate(r.from);
  l.dosTo = n.firstDate(r.to) ?? l.dosFrom;
  l.pos = /^\d{2}\b/.exec(n.text(r.pos))?.[0] ?? null;
  l.modifiers = n.modifiers(r.mods);
  l.units = n.units(r.units);
  l.diagnosisPointers = n.pointers(r.ptr);
  l.charge = charge;
  return l;
}

/** Diagnosis boxes in order A, B, C…; blanks keep their letter free (a pointer to them is a finding). */
export function diagnosesInto(claim: Claim, codes: (string | null | undefined)[]) {
  codes.slice(0, 12).forEach((c, i) => {
    const code = n.diagnosisCode(n.text(c).split(/\s/)[0]);
    if (code) claim.diagnoses.push({ letter: 'ABCDEFGHIJKL'[i]!, code });
  });
}

/** Split date inputs (month / day / year boxes) → "MM/DD/YYYY" text. */
export const joinDate = (m: string, d: string, y: string): string => (m && d && y ? `${m}/${d}/${y}` : '');
