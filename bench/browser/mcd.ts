/**
 * Browser side of scripts/bench-mcd.ts: the real importer, store and engine against Chromium's
 * IndexedDB. The generated MCD download comes from the bench server at /data/current_article.zip.
 */

import { ClaimLensDb } from '../../utils/db';
import { emptyClaim, emptyLine, emptySnapshot } from '../../utils/model/empty';
import { loadBundledData } from '../../utils/ruledata/bundled';
import { importFiles } from '../../utils/ruledata/import';
import { createRuleStore } from '../../utils/ruledata/store';
import { checkMedNecessity } from '../../utils/rules/checks/med-necessity';
import { checkSnapshot } from '../../utils/rules/engine';
import { buildRuleQuery } from '../../utils/rules/query';
import { RuleSettings } from '../../utils/rules/settings';

const fetchBytes = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

async function freshDb(name: string): Promise<ClaimLensDb> {
  await ClaimLensDb.delete(name);
  const db = new ClaimLensDb(name);
  await db.open();
  return db;
}

/** importFiles on the generated download (unzip twice + parse + compile + write + swap), fresh database. */
async function timeMcdImport() {
  const bytes = await fetchBytes('/data/current_article.zip');
  const db = await freshDb(`bench-mcd-${Date.now()}`);
  const t0 = performance.now();
  const [report] = await importFiles(db, [{ name: 'current_article.zip', bytes }]);
  const ms = performance.now() - t0;
  if (report?.status !== 'imported') throw new Error(report?.message ?? 'no report');
  db.close();
  await ClaimLensDb.delete(db.name);
  return { ms, rows: report.rows, storedBytes: report.dataset?.storedBytes ?? 0 };
}

/**
 * The whole engine on a 12-line Medicare claim whose codes the articles list, jurisdiction set, warm:
 * with the MCD set loaded, then with it deleted. The difference is what med-necessity adds
 * (its store rows and the check).
 */
async function timeMedNecessity(
  codes: string[],
  diagnoses: string[],
  states: string[],
  allStates: string[],
  batches: number,
  perBatch: number,
) {
  const db = await freshDb('bench-med-necessity');
  await loadBundledData(db, (path) => fetchBytes(`/public/${path}`));
  const [report] = await importFiles(db, [
    { name: 'current_article.zip', bytes: await fetchBytes('/data/current_article.zip') },
  ]);
  if (report?.status !== 'imported') throw new Error(report?.message ?? 'no report');
  const store = createRuleStore(db);
  const settings = RuleSettings.parse({ jurisdiction: { states } });
  const snapshot = emptySnapshot('https://www.officeally.com/bench', 'office-ally', 'claim-entry', 'bench');
  const claim = emptyClaim();
  claim.claimType = 'professional';
  claim.payer = 'Medicare';
  claim.diagnoses = diagnoses.slice(0, 12).map((code, i) => ({ letter: 'ABCDEFGHIJKL'[i]!, code }));
  claim.serviceLines = codes.slice(0, 12).map((code, i) => ({
    ...emptyLine(i + 1),
    code,
    dosFrom: '2026-11-18',
    dosTo: '2026-11-18',
    pos: '11',
    units: 1,
    diagnosisPointers: ['ABCDEFGHIJKL'[i % diagnoses.length]!, 'ABCDEFGHIJKL'[(i + 1) % diagnoses.length]!],
    charge: 100,
  }));
  snapshot.claims = [claim];
  // The same claim against a database without the MCD set (the same bundled data), batches
  // interleaved so both see the same machine load: the paired differences are what med-necessity adds.
  const bare = await freshDb('bench-med-necessity-bare');
  await loadBundledData(bare, (path) => fetchBytes(`/public/${path}`));
  const bareStore = createRuleStore(bare);
  const batch = async (s: typeof store) => {
    const t0 = performance.now();
    for (let i = 0; i < perBatch; i++) await checkSnapshot(snapshot, s, settings, '2026-11-20');
    return (performance.now() - t0) / perBatch;
  };
  const interleaved = async () => {
    await batch(store);
    await batch(bareStore);
    const withMcd: number[] = [];
    const withoutMcd: number[] = [];
    for (let b = 0; b < batches; b++) {
      withMcd.push(await batch(store));
      withoutMcd.push(await batch(bareStore));
    }
    return { withMcd, withoutMcd, added: withMcd.map((w, i) => w - withoutMcd[i]!) };
  };
  const found = await checkSnapshot(snapshot, store, settings, '2026-11-20');
  // The check alone on data already loaded (no store work).
  const data = await store.load(buildRuleQuery(claim, '2026-11-20'));
  const checkAlone = (s: RuleSettings) => {
    const ctx = {
      claimIndex: 0,
      today: '2026-11-20',
      settings: s,
      packs: [],
      snapshot,
      setting: 'practitioner' as const,
    };
    const count = checkMedNecessity(claim, data, ctx).length;
    const times: number[] = [];
    for (let b = 0; b < batches; b++) {
      const t0 = performance.now();
      for (let i = 0; i < perBatch; i++) checkMedNecessity(claim, data, ctx);
      times.push((performance.now() - t0) / perBatch);
    }
    return { times, count };
  };
  const checkOnly = checkAlone(settings).times;
  // Worst case: a practice in every state (every jurisdiction's article applies).
  const everywhere = checkAlone(RuleSettings.parse({ jurisdiction: { states: allStates } }));
  const engine = await interleaved();
  db.close();
  bare.close();
  const findings: Record<string, number> = {};
  for (const f of found.filter((x) => x.rule === 'med-necessity'))
    findings[f.severity] = (findings[f.severity] ?? 0) + 1;
  return { ...engine, checkOnly, everywhere, findings };
}

Object.assign(globalThis, { claimlensMcdBench: { timeMcdImport, timeMedNecessity } });

/** Where the import's time goes (printed by `BENCH_ONLY=steps npm run bench -- mcd`). */
async function timeMcdSteps() {
  const { openInput } = await import('../../utils/ruledata/import/open');
  const { detect } = await import('../../utils/ruledata/import/detect');
  const { compileMcd } = await import('../../utils/ruledata/import/mcd');
  const { badRowLog } = await import('../../utils/ruledata/import/bad-rows');
  const { writeCompiledSet } = await import('../../utils/ruledata/import/write');
  const bytes = await fetchBytes('/data/current_article.zip');
  let t0 = performance.now();
  const entries = await openInput({ name: 'current_article.zip', bytes });
  const unzip = performance.now() - t0;
  t0 = performance.now();
  const files = entries.flatMap((e) => {
    const d = detect(e);
    return d.kind === 'mcd' ? [{ table: d.table, entry: e, label: e.name }] : [];
  });
  const mcd = compileMcd(files, (f) => badRowLog(f.label));
  const compile = performance.now() - t0;
  const db = await freshDb(`bench-mcd-steps-${Date.now()}`);
  t0 = performance.now();
  await writeCompiledSet(
    db,
    {
      kind: 'mcd',
      setting: 'all',
      version: 'x',
      label: 'x',
      effectiveFrom: '2026-11-20',
      effectiveTo: null,
      rows: mcd.rows,
      records: mcd.records,
      badRows: [],
      badRowCount: 0,
    },
    [],
  );
  const write = performance.now() - t0;
  db.close();
  await ClaimLensDb.delete(db.name);
  return { unzip, compile, write };
}
Object.assign((globalThis as unknown as { claimlensMcdBench: object }).claimlensMcdBench, { timeMcdSteps });
