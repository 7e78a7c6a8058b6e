/**
 * Browser side of scripts/bench-mcd.ts: the real importer, store and engine against Chromium's
 * IndexedDB. The generated MCD download comes from the bench server at /data/current_article.zip.
 */
import { emptyClaim, emptyLine, emptySnapshot } from '../../utils/portals/adapter';
import { loadBundledData } from '../../utils/ruledata/bundled';
import { ClaimLensDb } from '../../utils/ruledata/db';
import { importFiles } from '../../utils/ruledata/import';
import { deleteDataSet } from '../../utils/ruledata/manage';
import { createRuleStore } from '../../utils/ruledata/store';
import { checkSnapshot } from '../../utils/rules/engine';
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
  const time = async () => {
    await checkSnapshot(snapshot, store, settings, '2026-11-20');
    const times: number[] = [];
    for (let b = 0; b < batches; b++) {
      const t0 = performance.now();
      for (let i = 0; i < perBatch; i++) await checkSnapshot(snapshot, store, settings, '2026-11-20');
      times.push((performance.now() - t0) / perBatch);
    }
    return times;
  };
  const found = await checkSnapshot(snapshot, store, settings, '2026-11-20');
  const withMcd = await time();
  await deleteDataSet(db, report.dataset!.id);
  const withoutMcd = await time();
  db.close();
  const findings: Record<string, number> = {};
  for (const f of found.filter((x) => x.rule === 'med-necessity'))
    findings[f.severity] = (findings[f.severity] ?? 0) + 1;
  return { withMcd, withoutMcd, findings };
}

Object.assign(globalThis, { claimlensMcdBench: { timeMcdImport, timeMedNecessity } });
