import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/fixtures/cms/load';
import { AOC_HEADER, xlsx } from '../../tests/fixtures/cms/xlsx';
import { importFiles } from './import';
import { createRuleStore } from './store';

/** CMS's add-on code edits come as a zip holding a fixed-width text file and a spreadsheet. */
const AOC_ROWS: (string | number)[][] = [
  [
    'CPT codes, descriptions and other data only are copyright 2025 American Medical Association. All Rights Reserved.',
  ],
  AOC_HEADER,
  [1, '0071U', '', '0070U', '', 2017001, '', ''],
  [2, '0054T', '', 'CCCCC', '', 2009001, '', 'Contractor Defined Primary Codes'],
  [3, 11045, '', 11042, '', 2011001, '', 'Includes "other" primaries & more'],
  [1, '01953', '', 1952, '', 2010001, '', ''],
];

const aocZip = (book: Uint8Array) =>
  zipSync({
    'AOC_V2026Q2_01-MCR.txt': strToU8('1007100000000070U00000002017001...fixed width, not read\r\n'),
    'AOC_V2026Q2-MCR.xlsx': book,
  });

describe("CMS's add-on code spreadsheet", () => {
  it('is read by header names from the zip as downloaded (numbers as codes, the text twin ignored)', async () => {
    const db = freshDb();
    const [report, ...rest] = await importFiles(db, [
      { name: 'medicare-ncci-2026-q2-add-code-edits.zip', bytes: aocZip(xlsx(AOC_ROWS)) },
    ]);
    expect(rest).toEqual([]);
    expect(report).toMatchObject({
      status: 'imported',
      label: 'NCCI add-on codes 2026Q2',
      rows: 4,
      badRowCount: 0,
    });
    const data = await createRuleStore(db).load({
      codes: ['0071U', '0054T', '11045', '01953'],
      modifiers: [],
      diagnoses: [],
      datesOfService: ['2026-05-01'],
      setting: 'practitioner',
      placesOfService: [],
    });
    expect(data.addon.status === 'ok' && data.addon.value).toEqual({
      '0071U': { addon: '0071U', type: 1, primaries: ['0070U'] },
      '0054T': { addon: '0054T', type: 2, primaries: [] },
      '11045': { addon: '11045', type: 3, primaries: ['11042'] },
      '01953': { addon: '01953', type: 1, primaries: ['01952'] },
    });
  });

  it('inline strings and a spreadsheet picked on its own', async () => {
    const db = freshDb();
    const [report] = await importFiles(db, [
      { name: 'AOC_V2026Q2-MCR.xlsx', bytes: xlsx(AOC_ROWS, { inline: true }) },
    ]);
    expect(report).toMatchObject({ status: 'imported', rows: 4 });
  });

  it('a spreadsheet that is not the add-on file is refused by name', async () => {
    const db = freshDb();
    const [report] = await importFiles(db, [
      {
        name: 'budget.xlsx',
        bytes: xlsx([
          ['Month', 'Amount'],
          ['Jan', 3],
        ]),
      },
    ]);
    expect(report).toMatchObject({ status: 'failed' });
    expect(report?.message).toContain('budget.xlsx is not a CMS file ClaimLens reads');
  });
});
