/**
 * Browser side of scripts/bench-denials.ts: the denial memory and the `history` check against
 * Chromium's IndexedDB holding 50,000 recorded denials (imported from the bench's 835 files with the
 * extension's own importer).
 */

import { ClaimLensDb } from '../../utils/db';
import { importEraFiles } from '../../utils/denials/era/import';
import { createMemorySource } from '../../utils/denials/memory';
import { emptyClaim, emptyLine, emptySnapshot } from '../../utils/model/empty';
import type { PageSnapshot } from '../../utils/model/snapshot';
import { createRuleStore } from '../../utils/ruledata/store';
import { checkSnapshot } from '../../utils/rules/engine';
import { DEFAULT_RULE_SETTINGS } from '../../utils/rules/settings';

async function seed(names: string[], today: string) {
  await ClaimLensDb.delete('bench-denials');
  const db = new ClaimLensDb('bench-denials');
  await db.open();
  const files = await Promise.all(
    names.map(async (name) => ({ name, text: await (await fetch(`/data/${name}`)).text() })),
  );
  const t0 = performance.now();
  const result = await importEraFiles(db, files, today, new Date().toISOString());
  if (!result.ok) throw new Error(result.message);
  return { db, importMs: performance.now() - t0, denials: await db.denials.count() };
}

function claimEntry(payer: string, codes: string[], today: string): PageSnapshot {
  const snap = emptySnapshot('https://bench.example/entry', 'generic', 'claim-entry', 'bench');
  snap.claims = [
    {
      ...emptyClaim(),
      payer,
      serviceLines: codes.map((code, i) => ({
        ...emptyLine(i + 1),
        code,
        dosFrom: today,
        units: 1,
        charge: 100,
      })),
    },
  ];
  return snap;
}

async function timeHistory(names: string[], payer: string, codes: string[], today: string, runs: number) {
  const { db, importMs, denials } = await seed(names, today);
  const store = createRuleStore(db);
  const snap = claimEntry(payer, codes, today);
  const memory = createMemorySource(db);
  // The heaviest case: a year's look-back and one denial enough, so every past denial of these codes
  // by this payer is counted and the patterns found are written out as findings.
  const settings = { ...DEFAULT_RULE_SETTINGS, history: { minDenials: 1, windowDays: 365 } };
  // Warm the rule store and the memory once, as a form being typed into is.
  const first = await checkSnapshot(snap, store, settings, today, memory);
  const findings = first.filter((f) => f.rule === 'history').length;
  const without: number[] = [];
  const withMemory: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await checkSnapshot(snap, store, settings, today);
    without.push(performance.now() - t);
    t = performance.now();
    await checkSnapshot(snap, store, settings, today, memory);
    withMemory.push(performance.now() - t);
    if (i % 10 === 0) {
      memory.forget();
      t = performance.now();
      await checkSnapshot(snap, store, settings, today, memory);
      cold.push(performance.now() - t);
    }
  }
  db.close();
  return { importMs, denials, findings, without, withMemory, cold };
}

(globalThis as unknown as { claimlensBench: unknown }).claimlensBench = { timeHistory };
