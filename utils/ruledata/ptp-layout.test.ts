import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PACKED_NEVER, packDate, unpackDate } from './import/dates';
import { allPtpEdits, ptpEditsFor } from './import/ptp-layout';

const entry = (column2: string, effective: string, deleted: string | null, mi: string) =>
  `${column2}${packDate(effective)}${deleted ? packDate(deleted) : PACKED_NEVER}${mi}`;

describe('packed PTP rows', () => {
  it('round-trips dates and keeps date order as string order', () => {
    const day = fc
      .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2110, 0, 1) })
      .map((t) => new Date(t).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [pa, pb] = [packDate(a)!, packDate(b)!];
        expect(unpackDate(pa)).toBe(a);
        expect(pa < pb).toBe(a < b);
        expect(pa < PACKED_NEVER).toBe(true);
      }),
    );
  });

  it('finds a column-2 code only at entry starts, not inside dates', () => {
    // "1ov9k" spans the dates of the first entry: it must not be taken for a column-2 code.
    const packed = entry('20610', '2024-04-01', null, '1') + entry('99213', '1996-01-01', '2019-12-31', '0');
    const found = ptpEditsFor('20611', packed, new Set(['99213', packed.slice(5, 10)]));
    expect(found).toEqual([
      {
        column1: '20611',
        column2: '99213',
        effective: '1996-01-01',
        deleted: '2019-12-31',
        modifierIndicator: 0,
      },
    ]);
    expect(allPtpEdits('20611', packed).map((e) => e.deleted)).toEqual([null, '2019-12-31']);
  });
});
