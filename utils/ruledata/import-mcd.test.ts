import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/fixtures/cms/load';
import { cp1252, mcdTables } from '../../tests/fixtures/mcd/write';
import { createMemoryStore } from '../rules/testing/memory-store';
import { tables } from '../rules/testing/run';
import { importFiles } from './import';
import { readHcpcsCell, readIcdCell } from './import/mcd-codes';
import { groupedEntry } from './import/mcd-layout';
import { createRuleStore } from './store';
import type { RuleQuery } from './types';

/** The MCD current article download as CMS ships it: tests/fixtures/mcd (synthetic content, real layout). */
const FIXTURE = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'mcd', 'current_article.zip');
const download = () => ({ name: 'current_article.zip', bytes: new Uint8Array(readFileSync(FIXTURE)) });

const query = (codes: string[], diagnoses: string[]): RuleQuery => ({
  codes,
  diagnoses,
  modifiers: [],
  datesOfService: ['2026-01-15'],
  setting: 'practitioner',
  placesOfService: [],
});

const QUERIES: [string[], string[]][] = [
  [
    ['93306', '93308'],
    ['E119', 'I509', 'Z0000', 'I2510', 'I2699', 'Z952'],
  ],
  [
    ['82306', '17000', '99213'],
    ['L821', 'L570', 'E8352', 'Z1321'],
  ],
  [
    ['95910', '95913', '95914', 'E2103', '97597'],
    ['G5601', 'G5604', 'E119', 'M5416'],
  ],
  [[], ['E119']],
];

describe('importing the MCD current article download', () => {
  it('reads the nested zip by header names (extra and reordered columns) into one data set', async () => {
    const db = freshDb();
    const [report, ...rest] = await importFiles(db, [download()]);
    expect(rest).toEqual([]);
    expect(report).toMatchObject({
      status: 'imported',
      label: 'MCD coverage articles 2026-11-20',
      badRowCount: 0,
      message: expect.stringMatching(/^MCD coverage articles 2026-11-20: \d+ rows imported\.$/),
    });
    expect(report?.dataset).toMatchObject({ kind: 'mcd', setting: 'all', version: '2026-11-20' });
  });

  it('answers every claim exactly like the in-memory store the rule tests use', async () => {
    const db = freshDb();
    await importFiles(db, [download()]);
    const store = createRuleStore(db);
    const memory = createMemoryStore(tables());
    for (const [codes, dx] of QUERIES) {
      const fromDb = await store.load(query(codes, dx));
      const fromMemory = await memory.load(query(codes, dx));
      expect(fromDb.mcd.status).toBe('ok');
      expect(fromDb.mcd.status === 'ok' && fromDb.mcd.value).toEqual(
        fromMemory.mcd.status === 'ok' && fromMemory.mcd.value,
      );
    }
  });

  it('keeps titles whole: quoted fields with commas, quotes and line breaks, Windows-1252 dashes', async () => {
    const db = freshDb();
    await importFiles(db, [download()]);
    const data = await createRuleStore(db).load(query(['97597', '93306'], []));
    const value = data.mcd.status === 'ok' ? data.mcd.value : null;
    expect(value?.articlesByCode['97597']?.[0]?.title).toBe('Billing and Coding: Wound Care – Debridement');
    expect(value?.articlesByCode['93306']?.map((a) => a.id)).toEqual(['A59001', 'A59002']);
  });

  it('stores the diagnosis lists grouped by category, not one row per diagnosis', async () => {
    const db = freshDb();
    const [report] = await importFiles(db, [download()]);
    const keys = (await db.ruleRecords.where('set').equals(report!.dataset!.id).primaryKeys()).map(
      (k) => k[1],
    );
    expect(keys).toContain('articles');
    expect(keys).toContain('contractors');
    expect(keys).toContain('dx:I48'); // I48.0 and I48.91 in one row
    expect(keys).toContain('hc:933');
    expect(keys.filter((k) => k.startsWith('dx:')).every((k) => k.length === 6)).toBe(true);
    const row = (await db.ruleRecords.get([report!.dataset!.id, 'dx:I48']))?.data;
    // One string per row; a code is found whole, never as the prefix of a longer one.
    expect(typeof row).toBe('string');
    expect(groupedEntry(row, 'I480')).toBe('0|');
    expect(groupedEntry(row, 'I4891')).toBe('0|');
    expect(groupedEntry(row, 'I489')).toBeUndefined();
    expect(groupedEntry(row, 'I48')).toBeUndefined();
  });

  it('also reads the CSV files dropped one by one, a renamed one by its header', async () => {
    const db = freshDb();
    const files = Object.entries(mcdTables()).map(([name, text]) => ({
      name: name === 'article_x_icd10_covered.csv' ? 'covered diagnoses (copy).csv' : name,
      bytes: cp1252(text),
    }));
    const reports = await importFiles(db, files);
    expect(reports.map((r) => r.status)).toEqual(['imported']);
    const data = await createRuleStore(db).load(query(['93306'], ['I509']));
    expect(data.mcd.status === 'ok' && data.mcd.value.diagnoses.I509).toEqual({
      covered: ['A59001', 'A59002'],
      noncovered: [],
    });
  });

  it('a new download replaces the previous set in one step', async () => {
    const db = freshDb();
    const [first] = await importFiles(db, [download()]);
    const tables2 = mcdTables();
    tables2['article_x_icd10_covered.csv'] = tables2['article_x_icd10_covered.csv']!.replace(
      /^E11\.9,/m,
      'E11.65,',
    );
    const [second] = await importFiles(db, [
      { name: 'current_article (1).zip', bytes: strToU8(JSON.stringify(0)) },
    ]);
    expect(second?.status).toBe('failed');
    const { mcdZip } = await import('../../tests/fixtures/mcd/write');
    const [third] = await importFiles(db, [{ name: 'current_article (1).zip', bytes: mcdZip(tables2) }]);
    expect(third?.status).toBe('imported');
    const sets = await db.datasets.where('kind').equals('mcd').toArray();
    expect(sets.map((s) => s.id)).toEqual([third?.dataset?.id]);
    expect(await db.ruleRecords.where('set').equals(first!.dataset!.id).count()).toBe(0);
  });
});

describe('range rows', () => {
  it.each([
    ['I20.0 - I25.9', 'Y', { range: { from: 'I200', to: 'I259' } }],
    ['I20.0-I25.9', '', { range: { from: 'I200', to: 'I259' } }],
    ['G56.00', 'G56.03', { range: { from: 'G5600', to: 'G5603' } }],
    ['M17', 'T', { range: { from: 'M17', to: 'M17' } }],
    ['E11.9', 'N', { code: 'E119' }],
    ['E11.9', '', { code: 'E119' }],
    ['I25.9 - I20.0', 'Y', { bad: '"I25.9 - I20.0" is not a code range' }],
    ['not a code', '', { bad: '"not a code" is not an ICD-10-CM code' }],
  ])('diagnosis cell %j with range %j', (code, range, expected) => {
    expect(readIcdCell(code, range)).toEqual(expected);
  });

  it.each([
    ['95907', '95909', { codes: ['95907', '95908', '95909'] }],
    ['0001U-0003U', '', { codes: ['0001U', '0002U', '0003U'] }],
    ['J0120', 'Y', { codes: ['J0120'] }],
    ['10000', '99999', { bad: '"10000-99999" is not a range of codes' }],
    ['J0120', 'K0130', { bad: '"J0120-K0130" is not a range of codes' }],
  ])('procedure cell %j with range %j', (code, range, expected) => {
    expect(readHcpcsCell(code, range)).toEqual(expected);
  });
});
