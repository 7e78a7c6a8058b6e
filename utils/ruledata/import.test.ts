import { describe, expect, it } from 'vitest';
import { fixture, fixtures, freshDb, PTP_HOSPITAL, PTP_PRACTITIONER } from '../../tests/fixtures/cms/load';
import { importFiles } from './import';
import { createRuleStore } from './store';
import type { RuleQuery } from './types';

const claim = (over: Partial<RuleQuery> = {}): RuleQuery => ({
  codes: [],
  modifiers: [],
  diagnoses: [],
  datesOfService: ['2024-07-15'],
  setting: 'practitioner',
  placesOfService: [],
  ...over,
});

describe('importing the CMS files as CMS ships them', () => {
  it('says which data set it is on and which files make it, so the page can show progress per file', async () => {
    const db = freshDb();
    const steps: { index: number; count: number; label: string; files: string[] }[] = [];
    await importFiles(db, [...fixtures(PTP_PRACTITIONER), fixture('ncci_aoc_2024-06.csv')], {
      onStep: (s) => steps.push(s),
    });
    expect(steps.map((s) => `${s.index + 1}/${s.count}`)).toEqual(['1/2', '2/2']);
    expect(steps.map((s) => `${s.label} (${s.files.length})`).sort()).toEqual([
      'NCCI PTP edits (4)',
      'NCCI add-on code edits (1)',
    ]);
    expect(steps.flatMap((s) => s.files)).toContain('ncci_aoc_2024-06.csv');
  });

  it('reads the four PTP parts as one release and finds edits in both directions, duplicates kept', async () => {
    const db = freshDb();
    const [report, ...rest] = await importFiles(db, fixtures(PTP_PRACTITIONER));
    expect(rest).toEqual([]);
    expect(report).toMatchObject({
      status: 'imported',
      label: 'NCCI PTP practitioner v30.1',
      badRowCount: 0,
    });
    expect(report?.dataset).toMatchObject({
      kind: 'ptp',
      setting: 'practitioner',
      version: '30.1',
      effectiveFrom: '2024-04-01',
    });
    expect(report?.dataset?.sources).toHaveLength(4);
    expect(report?.dataset?.sources[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);

    const store = createRuleStore(db);
    // The claim lists the column-2 code first: the edit is still found (column 1 = 20611).
    const data = await store.load(claim({ codes: ['20610', '20611', '99213'] }));
    expect(data.ptp.status).toBe('ok');
    const edits = data.ptp.status === 'ok' ? data.ptp.value : [];
    expect(edits).toContainEqual({
      column1: '20611',
      column2: '20610',
      effective: '1996-01-01',
      deleted: null,
      modifierIndicator: 1,
    });
    // 20611 / 99213: a historical edit (deleted 2019-12-31) and the current one, both kept.
    const em = edits.filter((e) => e.column1 === '20611' && e.column2 === '99213');
    expect(em.map((e) => e.deleted).sort()).toEqual(['2019-12-31', null].sort());
    // Only pairs where both codes are on the claim.
    expect(edits.every((e) => ['20610', '20611', '99213'].includes(e.column2))).toBe(true);
  });

  it('answers "no edit" (ok, empty) for codes without edits, distinct from "no data"', async () => {
    const db = freshDb();
    const store = createRuleStore(db);
    expect((await store.load(claim({ codes: ['20611', '20610'] }))).ptp).toMatchObject({ status: 'no-data' });
    await importFiles(db, fixtures(PTP_PRACTITIONER));
    const data = await store.load(claim({ codes: ['36415', '20610'] }));
    expect(data.ptp).toMatchObject({ status: 'ok', value: [] });
  });

  it('uses the hospital edits for institutional claims and the practitioner edits otherwise', async () => {
    const db = freshDb();
    await importFiles(db, [...fixtures(PTP_PRACTITIONER), ...fixtures(PTP_HOSPITAL)]);
    const store = createRuleStore(db);
    const hospital = await store.load(claim({ codes: ['20611', '20610'], setting: 'hospital' }));
    const practitioner = await store.load(claim({ codes: ['20611', '20610'], setting: 'dme' }));
    expect(hospital.ptp.status === 'ok' && hospital.ptp.dataset.label).toBe(
      'NCCI PTP outpatient hospital v30.2',
    );
    expect(practitioner.ptp.status === 'ok' && practitioner.ptp.dataset.label).toBe(
      'NCCI PTP practitioner v30.1',
    );
  });

  it('reads MUE tables per setting with the adjudication indicator, from the date in the file name', async () => {
    const db = freshDb();
    const reports = await importFiles(db, fixtures(/mue-table\.zip$/));
    expect(reports.map((r) => r.label).sort()).toEqual([
      'NCCI MUE DME supplier 2024Q3',
      'NCCI MUE outpatient hospital 2024Q3',
      'NCCI MUE practitioner 2024Q3',
    ]);
    const store = createRuleStore(db);
    const data = await store.load(claim({ codes: ['20611', '36415'] }));
    expect(data.mue).toMatchObject({
      status: 'ok',
      value: { '20611': { code: '20611', value: 2, mai: 3 }, '36415': { code: '36415', value: 2, mai: 3 } },
    });
    // A July 2024 table is not applied to a May 2024 claim (MUE values change between quarters): no
    // data, saying which table would do and when the one loaded starts.
    const early = await store.load(claim({ codes: ['20611'], datesOfService: ['2024-05-02'] }));
    expect(early.mue).toEqual({
      status: 'no-data',
      reason:
        'No NCCI MUE practitioner table for the date of service 2024-05-02; the newest loaded (NCCI MUE practitioner 2024Q3) starts 2024-07-01: import the MUE table in force on that date.',
    });
  });

  it('reads add-on edits, PFS indicators by header name, HCPCS codes and right-justified modifiers', async () => {
    const db = freshDb();
    const reports = await importFiles(db, [
      fixture('ncci_aoc_2024-06.csv'),
      fixture('rvu24c.zip'),
      fixture('2024-alpha-numeric-hcpcs-file.zip'),
    ]);
    expect(reports.map((r) => [r.status, r.label])).toEqual([
      ['imported', 'NCCI add-on codes 2024-06'],
      ['imported', 'PFS relative value file 2024-07'],
      ['imported', 'HCPCS Level II 2024 APR'],
    ]);
    const store = createRuleStore(db);
    const data = await store.load(
      claim({ codes: ['20611', '0054T', 'G0439', '93000'], modifiers: ['AA', '59', 'ZZ'] }),
    );
    expect(data.addon).toMatchObject({ status: 'ok', value: { '0054T': { type: 2, primaries: [] } } });
    expect(data.pfs.status === 'ok' && data.pfs.value['20611']?.[0]).toMatchObject({
      status: 'A',
      globalDays: '000',
    });
    const ecg = data.pfs.status === 'ok' ? (data.pfs.value['93000'] ?? []) : [];
    expect(ecg.length).toBeGreaterThan(0);
    expect(data.hcpcs).toMatchObject({
      status: 'ok',
      value: { AA: { code: 'AA', modifier: true, effective: '2001-01-01' }, G0439: { modifier: false } },
    });
    expect(data.hcpcs.status === 'ok' && 'ZZ' in data.hcpcs.value).toBe(false);
  });

  it('answers ICD-10-CM per fiscal year of each date of service', async () => {
    const db = freshDb();
    await importFiles(db, [fixture('icd10cm-codes-2024.txt'), fixture('icd10cm-codes-2026.txt')]);
    const store = createRuleStore(db);
    const data = await store.load(
      claim({
        diagnoses: ['M5450', 'M545', 'QA00101', 'A00', 'A000', 'Q999'],
        datesOfService: ['2024-09-30', '2025-10-01', '2022-01-03'],
      }),
    );
    expect(data.icd10cm.FY2024).toMatchObject({
      status: 'ok',
      value: {
        M5450: 'billable',
        M545: 'header',
        A00: 'header',
        A000: 'billable',
        Q999: 'invalid',
        QA00101: 'invalid',
      },
    });
    // QA00.101 (SCN2A-related neurodevelopmental disorder) is new in FY2026.
    expect(data.icd10cm.FY2026).toMatchObject({
      status: 'ok',
      value: { QA00101: 'billable', M545: 'header' },
    });
    expect(data.icd10cm.FY2022).toEqual({
      status: 'no-data',
      reason:
        'No ICD-10-CM data for FY2022 (dates of service 2021-10-01 to 2022-09-30): import icd10cm-codes-2022.txt.',
    });
  });

  it('accepts the real 2026 layouts (ICD-10-CM order file, PTP v32.2 part header)', async () => {
    const db = freshDb();
    const [icd] = await importFiles(db, [
      { ...fixture('format-samples-2026/icd10cm_order_2026.txt.sample.txt'), name: 'icd10cm_order_2026.txt' },
    ]);
    expect(icd).toMatchObject({ status: 'imported', label: 'ICD-10-CM FY2026', rows: 4 });
    const data = await createRuleStore(db).load(
      claim({ diagnoses: ['A00', 'A000', 'M5451'], datesOfService: ['2026-03-01'] }),
    );
    expect(data.icd10cm.FY2026).toMatchObject({
      value: { A00: 'header', A000: 'billable', M5451: 'billable' },
    });
  });

  it('tells the kind from the content, not the name the file was saved under', async () => {
    const db = freshDb();
    const reports = await importFiles(db, [
      { ...fixture('rvu24c.zip'), name: 'download (3).zip' },
      { ...fixture('ncci_aoc_2024-06.csv'), name: 'ncci_aoc_2024-06 copy.txt' },
    ]);
    expect(reports.map((r) => [r.status, r.label])).toEqual([
      ['imported', 'PFS relative value file 2024-07'],
      ['imported', 'NCCI add-on codes 2024-06'],
    ]);
  });
});
