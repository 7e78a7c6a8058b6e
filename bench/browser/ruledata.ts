/**
 * Browser side of scripts/bench-ruledata.ts: the real importer and store against Chromium's IndexedDB.
 * Files come from the bench server at /data/<name>; bundled assets at /public/<path>.
 */

import { ClaimLensDb } from '../../utils/db';
import { emptyClaim, emptyLine, emptySnapshot } from '../../utils/model/empty';
import { readPage } from '../../utils/portals/read';
import { loadBundledData } from '../../utils/ruledata/bundled';
import { importFiles } from '../../utils/ruledata/import';
import { badRowLog } from '../../utils/ruledata/import/bad-rows';
import { openInput } from '../../utils/ruledata/import/open';
import { parsePtpPart, ptpAccumulator, ptpRecords } from '../../utils/ruledata/import/ptp';
import { allPtpEdits, type PtpBucket, type PtpRow } from '../../utils/ruledata/import/ptp-layout';
import type { CompiledSet } from '../../utils/ruledata/import/types';
import { writeCompiledSet } from '../../utils/ruledata/import/write';
import { createRuleStore } from '../../utils/ruledata/store';
import type { RuleQuery } from '../../utils/ruledata/types';
import { checkSnapshot } from '../../utils/rules/engine';
import { DEFAULT_RULE_SETTINGS } from '../../utils/rules/settings';

const fetchBytes = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());
const files = (names: string[]) =>
  Promise.all(names.map(async (name) => ({ name, bytes: await fetchBytes(`/data/${name}`) })));

async function freshDb(name: string): Promise<ClaimLensDb> {
  await ClaimLensDb.delete(name);
  const db = new ClaimLensDb(name);
  await db.open();
  return db;
}

/** Time of importFiles (unzip + parse + compile + write + swap) for the given files, in a new database. */
async function timeImport(names: string[]) {
  const input = await files(names);
  const db = await freshDb(`bench-import-${Date.now()}`);
  const t0 = performance.now();
  const reports = await importFiles(db, input);
  const ms = performance.now() - t0;
  const failed = reports.filter((r) => r.status !== 'imported');
  if (failed.length > 0) throw new Error(failed.map((r) => r.message).join('; '));
  const set = reports[0]?.dataset;
  db.close();
  await ClaimLensDb.delete(db.name);
  return { ms, rows: set?.rows ?? 0, storedBytes: set?.storedBytes ?? 0 };
}

/** Where an import's time goes: unzip, parse + compile, write + swap (same code as importFiles). */
async function timeImportSteps(names: string[]) {
  const input = await files(names);
  const db = await freshDb(`bench-steps-${Date.now()}`);
  let t0 = performance.now();
  const entries = (await Promise.all(input.map((f) => openInput(f)))).flat();
  const unzip = performance.now() - t0;
  t0 = performance.now();
  const acc = ptpAccumulator();
  for (const e of entries) parsePtpPart(e.bytes, acc, badRowLog(e.name));
  const records = ptpRecords(acc);
  const parse = performance.now() - t0;
  t0 = performance.now();
  await writeCompiledSet(
    db,
    {
      kind: 'ptp',
      setting: 'practitioner',
      version: 'x',
      label: 'x',
      effectiveFrom: '2024-04-01',
      effectiveTo: null,
      rows: acc.rows,
      records,
      badRows: [],
      badRowCount: 0,
    },
    [],
  );
  const write = performance.now() - t0;
  db.close();
  await ClaimLensDb.delete(db.name);
  return { unzip, parse, write };
}

/** The same `rows` PTP edits written grouped (ClaimLens' layout) and as one Dexie row per pair. */
async function timeGroupedVsPerPair(
  partName: string,
  rows: number,
  perPairRuns: number,
  groupedRuns: number,
) {
  const [part] = await files([partName]);
  const [entry] = await openInput(part!);
  const acc = ptpAccumulator();
  parsePtpPart(entry!.bytes, acc, badRowLog(partName));
  // Column-1 rows (whole, the last one trimmed) until `rows` edits, in ClaimLens' layout and per pair.
  const all = ptpRecords(acc);
  const codeList = String(all[0]!.data);
  const grouped: { key: string; data: unknown }[] = [all[0]!];
  const perPairRows: { set: string; key: string; data: unknown }[] = [];
  for (const r of all.slice(1)) {
    if (perPairRows.length >= rows || typeof r.data === 'string') break;
    const bucket: PtpBucket = {};
    for (const [column1, [dates, edits, width]] of Object.entries(r.data)) {
      const take = Math.min(edits.length / width, rows - perPairRows.length);
      if (take <= 0) break;
      const row: PtpRow = [dates, edits.slice(0, take * width), width];
      bucket[column1] = row;
      allPtpEdits(column1, row, codeList).forEach((e, i) => {
        perPairRows.push({
          set: 'per-pair',
          key: `${e.column1}|${e.column2}|${i}`,
          data: [e.effective, e.deleted, e.modifierIndicator],
        });
      });
    }
    grouped.push({ key: r.key, data: bucket });
  }
  const compiled: CompiledSet = {
    kind: 'ptp',
    setting: 'practitioner',
    version: 'bench',
    label: 'bench',
    effectiveFrom: '2024-04-01',
    effectiveTo: null,
    rows: perPairRows.length,
    records: grouped,
    badRows: [],
    badRowCount: 0,
  };
  const groupedMs: number[] = [];
  const perPairMs: number[] = [];
  for (let run = 0; run < Math.max(groupedRuns, perPairRuns); run++) {
    if (run < groupedRuns) {
      const db = await freshDb(`bench-grouped-${run}`);
      const t0 = performance.now();
      await writeCompiledSet(db, compiled, []);
      groupedMs.push(performance.now() - t0);
      db.close();
      await ClaimLensDb.delete(db.name);
    }
    if (run < perPairRuns) {
      const db = await freshDb(`bench-per-pair-${run}`);
      const t0 = performance.now();
      for (let i = 0; i < perPairRows.length; i += 10_000)
        await db.ruleRecords.bulkPut(perPairRows.slice(i, i + 10_000));
      perPairMs.push(performance.now() - t0);
      db.close();
      await ClaimLensDb.delete(db.name);
    }
  }
  return { rows: perPairRows.length, groupedMs, perPairMs };
}

/** store.load for a 12-line claim against everything loaded; warm; batches timed and divided. */
async function timeClaim(names: string[], batches: number, perBatch: number) {
  const db = await freshDb('bench-claim');
  await loadBundledData(db, (path) => fetchBytes(`/public/${path}`));
  const reports = await importFiles(db, await files(names));
  const failed = reports.filter((r) => r.status !== 'imported');
  if (failed.length > 0) throw new Error(failed.map((r) => r.message).join('; '));
  const store = createRuleStore(db);
  const query: RuleQuery = {
    codes: [
      '99213',
      '20610',
      '20611',
      '36415',
      '93000',
      '97140',
      '97110',
      '11042',
      '96372',
      'J1100',
      'G0439',
      '81002',
    ],
    modifiers: ['25', '59', 'XS', 'RT'],
    diagnoses: ['M1711', 'M545', 'M5450', 'E119', 'I10', 'Z0000', 'R0789', 'J449'],
    datesOfService: ['2024-07-15', '2024-07-16'],
    setting: 'practitioner',
    placesOfService: ['11'],
  };
  const first = await store.load(query);
  const summary = {
    ptpEdits: first.ptp.status === 'ok' ? first.ptp.value.length : -1,
    statuses: Object.entries(first).map(
      ([k, v]) => `${k}:${'status' in v ? v.status : Object.keys(v).join('/')}`,
    ),
  };
  const times: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < perBatch; i++) await store.load(query);
    times.push((performance.now() - t0) / perBatch);
  }
  // The whole engine (store.load + every check) on the same 12 codes as a 12-line claim.
  const snapshot = emptySnapshot(
    'https://essentials.availity.com/bench',
    'availity',
    'claim-detail',
    'bench',
  );
  const claim = emptyClaim();
  claim.claimType = 'professional';
  claim.diagnoses = query.diagnoses.slice(0, 8).map((code, i) => ({ letter: 'ABCDEFGH'[i]!, code }));
  claim.serviceLines = query.codes.map((code, i) => ({
    ...emptyLine(i + 1),
    code,
    dosFrom: query.datesOfService[i % 2]!,
    dosTo: query.datesOfService[i % 2]!,
    pos: '11',
    units: 1,
    modifiers: i === 0 ? ['25'] : i === 2 ? ['59', 'RT'] : [],
    diagnosisPointers: ['A', 'B'],
    charge: 100,
  }));
  snapshot.claims = [claim];
  await checkSnapshot(snapshot, store, DEFAULT_RULE_SETTINGS, '2024-08-01');
  const engineTimes: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < perBatch; i++)
      await checkSnapshot(snapshot, store, DEFAULT_RULE_SETTINGS, '2024-08-01');
    engineTimes.push((performance.now() - t0) / perBatch);
  }
  // Load: the same claim with 50 lines (the codes repeated on other days).
  const big = structuredClone(snapshot);
  big.claims[0]!.serviceLines = Array.from({ length: 50 }, (_, i) => ({
    ...claim.serviceLines[i % claim.serviceLines.length]!,
    line: i + 1,
    dosFrom: `2024-07-${String(1 + Math.floor(i / 12)).padStart(2, '0')}`,
    dosTo: `2024-07-${String(1 + Math.floor(i / 12)).padStart(2, '0')}`,
  }));
  await checkSnapshot(big, store, DEFAULT_RULE_SETTINGS, '2024-08-01');
  const engine50Times: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) await checkSnapshot(big, store, DEFAULT_RULE_SETTINGS, '2024-08-01');
    engine50Times.push((performance.now() - t0) / 5);
  }
  const datasets = await store.datasets();
  db.close();
  return { times, engineTimes, engine50Times, summary, rows: datasets.reduce((n, d) => n + d.rows, 0) };
}

/**
 * The whole engine on a claim status results page (read by the real reader from `html`), against the
 * data timeClaim loaded: what the biller waits for after the list paints.
 */
async function timeClaimList(html: string, url: string, runs: number) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const snapshot = readPage(doc, url);
  const db = new ClaimLensDb('bench-claim');
  await db.open();
  const store = createRuleStore(db);
  const findings = await checkSnapshot(snapshot, store, DEFAULT_RULE_SETTINGS, '2026-11-27');
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    await checkSnapshot(snapshot, store, DEFAULT_RULE_SETTINGS, '2026-11-27');
    times.push(performance.now() - t0);
  }
  db.close();
  const byRule: Record<string, number> = {};
  for (const f of findings) byRule[`${f.rule}:${f.severity}`] = (byRule[`${f.rule}:${f.severity}`] ?? 0) + 1;
  return { claims: snapshot.claims.length, findings: byRule, times };
}

Object.assign(globalThis, {
  claimlensBench: { timeImport, timeImportSteps, timeGroupedVsPerPair, timeClaim, timeClaimList },
});
