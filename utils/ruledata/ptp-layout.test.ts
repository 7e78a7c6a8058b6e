import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badRowLog } from './import/bad-rows';
import { PACKED_NEVER, packDate, unpackDate } from './import/dates';
import { parsePtpPart, ptpAccumulator, ptpRecords } from './import/ptp';
import {
  allPtpEdits,
  isPtpRow,
  PTP_CODES_KEY,
  ptpBucketKey,
  ptpCodeNumbers,
  ptpEditsFor,
} from './import/ptp-layout';

const HEADER =
  'CPT only copyright 2023 American Medical Association.\t\t\t\t\t\t\r\nColumn1/Column2 Edits\t\t\t\t\t\t\r\n';

function compile(rows: string[]) {
  const acc = ptpAccumulator();
  parsePtpPart(new TextEncoder().encode(HEADER + rows.join('\r\n')), acc, badRowLog('test.TXT'));
  const records = new Map(ptpRecords(acc).map((r) => [r.key, r.data]));
  const row = (column1: string): unknown => {
    const bucket = records.get(ptpBucketKey(column1));
    return typeof bucket === 'object' ? bucket[column1] : undefined;
  };
  return { codeList: String(records.get(PTP_CODES_KEY)), row };
}

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

  it('keeps every edit of a column-1 code, duplicates included, with its own dates and indicator', () => {
    const { codeList, row: rowOf } = compile([
      '20611\t20610\t\t19960101\t*\t1\tx',
      '20611\t99213\t\t19960101\t*\t1\tx',
      '20611\t99213\t\t19960101\t20191231\t1\tx',
      '36415\t99213\t\t20200101\t*\t0\tx',
    ]);
    const row = rowOf('20611');
    expect(isPtpRow(row)).toBe(true);
    if (!isPtpRow(row)) return;
    expect(allPtpEdits('20611', row, codeList)).toEqual([
      { column1: '20611', column2: '20610', effective: '1996-01-01', deleted: null, modifierIndicator: 1 },
      { column1: '20611', column2: '99213', effective: '1996-01-01', deleted: null, modifierIndicator: 1 },
      {
        column1: '20611',
        column2: '99213',
        effective: '1996-01-01',
        deleted: '2019-12-31',
        modifierIndicator: 1,
      },
    ]);
    const wanted = ptpCodeNumbers(codeList, ['20610', '11111']);
    expect(ptpEditsFor('20611', row, wanted).map((e) => e.column2)).toEqual(['20610']);
  });

  it('handles rows with more than 256 date/indicator combinations (2-byte entries)', () => {
    const rows = Array.from({ length: 300 }, (_, i) => {
      const d = new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10).replaceAll('-', '');
      return `99213\t${String(10000 + i)}\t\t${d}\t*\t${i % 2}\tx`;
    });
    const { codeList, row: rowOf } = compile(rows);
    const row = rowOf('99213');
    if (!isPtpRow(row)) throw new Error('no row');
    expect(row[2]).toBe(4);
    const last = allPtpEdits('99213', row, codeList).at(-1);
    expect(last).toEqual({
      column1: '99213',
      column2: '10299',
      effective: '2000-10-26',
      deleted: null,
      modifierIndicator: 1,
    });
  });
});
