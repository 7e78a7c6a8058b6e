import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/fixtures/cms/load';
import { mcdTables, mcdZip, type Tables } from '../../tests/fixtures/mcd/write';
import type { ClaimLensDb } from '../db';
import { importFiles } from './import';
import { createRuleStore } from './store';

/** Bad MCD downloads get one clear message and change nothing: the previous set keeps answering. */
const QUERY = {
  codes: ['93306'],
  diagnoses: ['I509'],
  modifiers: [],
  datesOfService: ['2026-01-15'],
  setting: 'practitioner' as const,
  placesOfService: [],
};

async function withPreviousSet(): Promise<ClaimLensDb> {
  const db = freshDb();
  const [report] = await importFiles(db, [{ name: 'current_article.zip', bytes: mcdZip() }]);
  expect(report?.status).toBe('imported');
  return db;
}

async function expectPreviousSetAnswers(db: ClaimLensDb) {
  const data = await createRuleStore(db).load(QUERY);
  expect(data.mcd.status === 'ok' && data.mcd.value.diagnoses.I509?.covered).toEqual(['A59001', 'A59002']);
  const live = (await db.datasets.toArray()).map((d) => d.id).sort();
  const stored = (await db.ruleRecords.orderBy('set').uniqueKeys()).map(String).sort();
  expect(stored).toEqual(live); // nothing half-written left behind
}

const edited = (edit: (t: Tables) => void) => {
  const t = mcdTables();
  edit(t);
  return { name: 'current_article.zip', bytes: mcdZip(t) };
};

describe('MCD bad input', () => {
  it('a truncated download', async () => {
    const db = await withPreviousSet();
    const bytes = mcdZip();
    const [report] = await importFiles(db, [
      { name: 'current_article.zip', bytes: bytes.slice(0, bytes.length - 200) },
    ]);
    expect(report?.status).toBe('failed');
    expect(report?.message).toMatch(/current_article\.zip could not be unzipped .*truncated or damaged/);
    await expectPreviousSetAnswers(db);
  });

  it('a file without a needed column: refused, naming the file and the column', async () => {
    const db = await withPreviousSet();
    const [report] = await importFiles(db, [
      edited((t) => {
        t['article_x_icd10_covered.csv'] = t['article_x_icd10_covered.csv']!.replace(
          /^icd10_code_id,/,
          'icd10_code,',
        );
      }),
    ]);
    expect(report?.status).toBe('failed');
    expect(report?.message).toContain(
      'current_article.zip (article_x_icd10_covered.csv) has no "icd10_code_id" column',
    );
    expect(report?.message).toContain('Nothing was changed');
    await expectPreviousSetAnswers(db);
  });

  it('a needed table missing from the download', async () => {
    const db = await withPreviousSet();
    const [report] = await importFiles(db, [edited((t) => delete t['article_x_contractor.csv'])]);
    expect(report?.status).toBe('failed');
    expect(report?.message).toContain(
      'article_x_contractor.csv is missing from the MCD current article download',
    );
    await expectPreviousSetAnswers(db);
  });

  it('the wrong file: the NCD download, or something else named current_article.zip', async () => {
    const db = await withPreviousSet();
    const ncd = zipSync({
      'ncd_csv.zip': zipSync({ 'ncd_trkg.csv': strToU8('NCD_id,NCD_vrsn_num,title\n1,1,x\n') }),
    });
    const [wrong, pdf] = await importFiles(db, [
      { name: 'ncd.zip', bytes: ncd },
      { name: 'current_article.zip', bytes: strToU8('%PDF-1.7 not a zip') },
    ]);
    expect(wrong?.message).toContain('ncd.zip is not a CMS file ClaimLens reads');
    expect(pdf?.message).toContain('current_article.zip is not a CMS file ClaimLens reads');
    await expectPreviousSetAnswers(db);
  });

  it('the LCD download: recognised, explained, nothing imported (its code lists are in the articles)', async () => {
    const db = await withPreviousSet();
    const lcd = zipSync({
      'current_lcd_csv.zip': zipSync({
        'lcd.csv': strToU8('lcd_id,lcd_version,title\n33333,10,"Echo, TTE"\n'),
        // Seen without a header row in a real download: never read.
        'lcd_x_requestor_letters.csv': strToU8('33333,10,"letter"\n'),
        'contractor.csv': strToU8(mcdTables()['contractor.csv']!),
      }),
    });
    const [report] = await importFiles(db, [{ name: 'current_lcd.zip', bytes: lcd }]);
    expect(report?.status).toBe('skipped');
    expect(report?.message).toMatch(
      /current_lcd\.zip is the Medicare Coverage Database LCD download\. .*current_article\.zip/,
    );
    await expectPreviousSetAnswers(db);
  });

  it('a few unreadable rows are skipped and listed; more than 1% refuses the file', async () => {
    const db = await withPreviousSet();
    const many = Array.from({ length: 300 }, (_, i) => `E11.${i % 10},59002,3,x,1,1,,${i},,2026-11-20,`).join(
      '\r\n',
    );
    const [some] = await importFiles(db, [
      edited((t) => {
        t['article_x_icd10_covered.csv'] =
          `${t['article_x_icd10_covered.csv']}${many}\r\nE1X.?,59002,3,x,1,1,,1,,2026-11-20,\r\n`;
      }),
    ]);
    expect(some).toMatchObject({ status: 'imported', badRowCount: 1 });
    expect(some?.badRows[0]).toMatchObject({
      file: 'current_article.zip (article_x_icd10_covered.csv)',
      reason: '"E1X.?" is not an ICD-10-CM code',
    });
    const [refused] = await importFiles(db, [
      edited((t) => {
        t['article_x_icd10_covered.csv'] = t['article_x_icd10_covered.csv']!.replace(
          /^I48\.0,/m,
          '4I8.0,',
        ).replace(/^R55,/m, '??,');
      }),
    ]);
    expect(refused?.status).toBe('failed');
    expect(refused?.message).toMatch(
      /article_x_icd10_covered\.csv\): 2 of \d+ rows are unreadable \(more than 1%\)/,
    );
    // The set imported with one bad row is the one in use.
    expect((await db.datasets.toArray()).map((d) => d.id)).toEqual([some?.dataset?.id]);
  });

  it('a zip claiming to unpack to more than any CMS file is refused before it is unpacked', async () => {
    const db = await withPreviousSet();
    const bytes = mcdZip();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // The central directory entry of the inner zip: claim 1 GB uncompressed.
    for (let at = bytes.length - 22; at > 0; at--) {
      if (view.getUint32(at, true) === 0x02014b50) {
        view.setUint32(at + 24, 1_073_741_824, true);
        break;
      }
    }
    const [report] = await importFiles(db, [{ name: 'current_article.zip', bytes }]);
    expect(report?.status).toBe('failed');
    expect(report?.message).toMatch(/would unpack to more than any CMS file/);
    await expectPreviousSetAnswers(db);
  });

  it('a cancelled import changes nothing', async () => {
    const db = await withPreviousSet();
    const controller = new AbortController();
    controller.abort();
    const [report] = await importFiles(db, [edited(() => undefined)], { signal: controller.signal });
    expect(report?.status).toBe('cancelled');
    await expectPreviousSetAnswers(db);
  });
});
