import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { fixture, fixtures, freshDb, PTP_HOSPITAL, PTP_PRACTITIONER } from '../../tests/fixtures/cms/load';
import type { ClaimLensDb } from '../db';
import { cleanOrphans, importFiles, QUOTA_MESSAGE } from './import';
import { createRuleStore } from './store';
import type { RuleQuery } from './types';

const CLAIM: RuleQuery = {
  codes: ['20611', '20610'],
  modifiers: [],
  diagnoses: [],
  datesOfService: ['2024-07-15'],
  setting: 'practitioner',
  placesOfService: [],
};

/** A database holding the v30.1 practitioner edits: what must keep answering whatever goes wrong. */
async function withPreviousData(): Promise<ClaimLensDb> {
  const db = freshDb();
  const [report] = await importFiles(db, fixtures(PTP_PRACTITIONER));
  expect(report?.status).toBe('imported');
  return db;
}

async function expectPreviousDataAnswers(db: ClaimLensDb): Promise<void> {
  const data = await createRuleStore(db).load(CLAIM);
  expect(data.ptp.status === 'ok' && data.ptp.dataset.label).toBe('NCCI PTP practitioner v30.1');
  expect(data.ptp.status === 'ok' && data.ptp.value.map((e) => `${e.column1}/${e.column2}`)).toContain(
    '20611/20610',
  );
  const sets = await db.datasets.toArray();
  const recordSets = new Set((await db.ruleRecords.orderBy('set').uniqueKeys()).map(String));
  expect([...recordSets].sort()).toEqual(sets.map((s) => s.id).sort()); // nothing half-written left behind
}

/** Another complete release (hospital v30.2): a valid import that something then interrupts. */
const hospitalParts = () => fixtures(PTP_HOSPITAL);

describe('bad input gets a clear message and loses nothing', () => {
  it('a truncated zip', async () => {
    const db = await withPreviousData();
    const part = fixture('medicare-ncci-2024q2-practitioner-ptp-edits-ccipra-v301r0-f1.zip');
    const [report] = await importFiles(db, [
      { name: part.name, bytes: part.bytes.slice(0, part.bytes.length - 40) },
    ]);
    expect(report?.status).toBe('failed');
    expect(report?.message).toMatch(/-f1\.zip could not be unzipped .*truncated or damaged/);
    await expectPreviousDataAnswers(db);
  });

  it('a corrupt zip (damaged compressed data)', async () => {
    const db = await withPreviousData();
    const part = fixture('medicare-ncci-2024q2-practitioner-ptp-edits-ccipra-v301r0-f4.zip');
    const bytes = part.bytes.slice();
    for (let i = 80; i < 400; i++) bytes[i] = 0xff;
    const [report] = await importFiles(db, [{ name: part.name, bytes }]);
    expect(report?.status).toBe('failed');
    expect(report?.message).toMatch(
      /-f4\.zip could not be unzipped \(.*\): the download is probably truncated or damaged/,
    );
    await expectPreviousDataAnswers(db);
  });

  it('a file of another kind', async () => {
    const db = await withPreviousData();
    const [report] = await importFiles(db, [
      { name: 'claims-export.csv', bytes: strToU8('claim,patient,amount\n1,Doe,100\n') },
    ]);
    expect(report).toMatchObject({ status: 'failed', label: 'claims-export.csv' });
    expect(report?.message).toContain('claims-export.csv is not a CMS file ClaimLens reads');
    await expectPreviousDataAnswers(db);
  });

  it('a part missing from a four-part PTP release', async () => {
    const db = await withPreviousData();
    const [report] = await importFiles(
      db,
      hospitalParts().filter((f) => !f.name.includes('-f3')),
    );
    expect(report?.status).toBe('failed');
    expect(report?.message).toBe(
      'NCCI PTP outpatient hospital v30.2: part f3 of 4 is missing. A release comes as four files (…-f1.zip to …-f4.zip); pick all four together.',
    );
    expect(await db.datasets.where('kind').equals('ptp').count()).toBe(1);
    await expectPreviousDataAnswers(db);
  });

  it('parts of two versions mixed', async () => {
    const db = await withPreviousData();
    // f1, f2 of v30.1 with f3, f4 of v30.2 (rebuilt under the v30.2 names, inside and out).
    const mixed = fixtures(PTP_PRACTITIONER).map((f, i) => {
      if (i < 2) return f;
      const later = (name: string) => name.replace('v301r0', 'v302r0').replace('2024q2', '2024q3');
      const members = Object.entries(unzipSync(f.bytes)).map(([n, b]) => [later(n), b] as const);
      return { name: later(f.name), bytes: zipSync(Object.fromEntries(members)) };
    });
    const [report] = await importFiles(db, mixed);
    expect(report?.status).toBe('failed');
    expect(report?.message).toBe(
      'NCCI PTP practitioner: parts of two versions are mixed, v30.1 (f1, f2) and v30.2 (f3, f4). Pick the four parts of one version.',
    );
    await expectPreviousDataAnswers(db);
  });

  it('a re-import of the same files: "already loaded", nothing rewritten', async () => {
    const db = await withPreviousData();
    const before = await db.datasets.toArray();
    const [report] = await importFiles(db, fixtures(PTP_PRACTITIONER));
    expect(report?.status).toBe('already-loaded');
    expect(report?.message).toMatch(/^NCCI PTP practitioner v30\.1 is already loaded from these files/);
    expect(await db.datasets.toArray()).toEqual(before);
    await expectPreviousDataAnswers(db);
  });

  it('a few bad rows are skipped and reported by file and line', async () => {
    const db = freshDb();
    const rows = Array.from({ length: 300 }, (_, i) => `${1000 + i}F,${2000 + i}T,1`);
    rows[9] = '1009F,BAD!,1';
    const [report] = await importFiles(db, [
      { name: 'aoc.csv', bytes: strToU8(['primary_code,add_on_code,aoc_edit_type', ...rows].join('\r\n')) },
    ]);
    expect(report).toMatchObject({ status: 'imported', rows: 299, badRowCount: 1 });
    expect(report?.badRows).toEqual([
      { file: 'aoc.csv', line: 11, reason: 'add-on code "BAD!" is not a 5-character code' },
    ]);
    expect(report?.message).toContain('1 unreadable rows were skipped');
  });

  it('more than 1% bad rows stops the import of that file', async () => {
    const db = await withPreviousData();
    const text = [
      'CPT only copyright 2023 American Medical Association.  All rights reserved.\t\t\t\t\t\t',
      'Column1/Column2 Edits\t\t\t\t\t\t',
      ...Array.from({ length: 100 }, (_, i) => `20611\t${10000 + i}\t\t19960101\t*\t${i < 5 ? 7 : 1}\tx`),
    ].join('\r\n');
    const parts = [1, 2, 3, 4].map((n) => ({
      name: `medicare-ncci-2024q3-practitioner-ptp-edits-ccipra-v302r0-f${n}.zip`,
      bytes: zipSync({ [`ccipra-v302r0-f${n}.TXT`]: strToU8(text) }),
    }));
    const [report] = await importFiles(db, parts);
    expect(report?.status).toBe('failed');
    expect(report?.message).toBe(
      'medicare-ncci-2024q3-practitioner-ptp-edits-ccipra-v302r0-f1.zip (ccipra-v302r0-f1.TXT): 5 of 100 rows are unreadable (more than 1%), so nothing was imported; first at line 3: modifier indicator is not 0, 1 or 9. Is it the unmodified CMS file?',
    );
    await expectPreviousDataAnswers(db);
  });

  it('storage quota exceeded', async () => {
    const db = await withPreviousData();
    const spy = vi
      .spyOn(db.ruleRecords, 'bulkPut')
      .mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const [report] = await importFiles(db, hospitalParts());
    spy.mockRestore();
    expect(report).toMatchObject({ status: 'failed', message: QUOTA_MESSAGE });
    await expectPreviousDataAnswers(db);
  });

  it('cancelled mid-import', async () => {
    const db = await withPreviousData();
    const controller = new AbortController();
    const bulkPut = db.ruleRecords.bulkPut.bind(db.ruleRecords);
    // Cancel while the new set's records are being written (after the first chunk).
    vi.spyOn(db.ruleRecords, 'bulkPut').mockImplementation((...args: Parameters<typeof bulkPut>) =>
      bulkPut(...args).then((result) => {
        controller.abort();
        return result;
      }),
    );
    const [report] = await importFiles(db, hospitalParts(), { signal: controller.signal });
    vi.restoreAllMocks();
    expect(report).toMatchObject({
      status: 'cancelled',
      message: 'Import cancelled: nothing was changed, the previous data is still in use.',
    });
    await expectPreviousDataAnswers(db);
  });

  it('a worker closed mid-import: the half-written set is never read and is removed on the next start', async () => {
    const db = await withPreviousData();
    await db.ruleRecords.bulkPut([
      { set: 'ptp:practitioner:30.2:dead', key: '20611', data: '20610' + '1ov' + 'zzz' + '0' },
      { set: 'ptp:practitioner:30.2:dead', key: '20610', data: '20611' + '1ov' + 'zzz' + '0' },
    ]);
    const data = await createRuleStore(db).load(CLAIM);
    expect(data.ptp.status === 'ok' && data.ptp.value.every((e) => e.modifierIndicator === 1)).toBe(true);
    expect(await cleanOrphans(db)).toBe(1);
    await expectPreviousDataAnswers(db);
  });
});
