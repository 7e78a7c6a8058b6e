import fc from 'fast-check';
import { expect, test } from 'vitest';
import { type CsvRecord, eachCsvRecord, eachCsvRecordFast } from './csv';

const all = (read: typeof eachCsvRecord, text: string) => {
  const out: CsvRecord[] = [];
  read(text, (r) => {
    out.push(r);
    return undefined;
  });
  return out;
};

test('the fast reader reads quoted fields with commas, doubled quotes and line breaks, and their lines', () => {
  const text = 'a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"multi\nline\r\nfield",z\r\n\r\n3,,\r\n"q"tail,4,5';
  expect(all(eachCsvRecordFast, text)).toEqual([
    { cells: ['a', 'b', 'c'], line: 1 },
    { cells: ['1', 'x, y', 'say "hi"'], line: 2 },
    { cells: ['2', 'multi\nline\r\nfield', 'z'], line: 3 },
    { cells: ['3', '', ''], line: 7 },
    { cells: ['qtail', '4', '5'], line: 8 },
  ]);
});

test('the fast reader agrees with the general parser on CSV written the way CMS writes it', () => {
  const cell = fc.stringMatching(/^[a-z ,"\n\r]{0,12}$/);
  const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  fc.assert(
    fc.property(
      fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 20 }),
      (rows) => {
        const text = rows.map((r) => r.map(quote).join(',')).join('\r\n');
        const fast = all(eachCsvRecordFast, text);
        const general = all(eachCsvRecord, text);
        expect(fast).toEqual(general);
      },
    ),
    { seed: 17, numRuns: 500 },
  );
});
