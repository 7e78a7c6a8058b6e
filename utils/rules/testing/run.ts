import type { Finding } from '../../model/finding';
import type { PageSnapshot } from '../../model/snapshot';
import type { RuleStore } from '../../ruledata/types';
import { checkSnapshot } from '../engine';
import { RuleSettings, type RuleSettingsInput } from '../settings';
import { brief, type ClaimSpec, claim, snapshot } from './builder';
import { fixtureTables } from './fixture-tables';
import { createMemoryStore, type MemoryTables } from './memory-store';

/** Test helpers: run the whole engine against the real-table slices. */
export const TEST_TODAY = '2024-09-16';

let cached: MemoryTables | null = null;
export function tables(): MemoryTables {
  cached ??= fixtureTables();
  return cached;
}

export interface RunOptions {
  settings?: RuleSettingsInput;
  today?: string;
  store?: RuleStore;
}

export function runSnapshot(snap: PageSnapshot, opts: RunOptions = {}): Promise<Finding[]> {
  return checkSnapshot(
    snap,
    opts.store ?? createMemoryStore(tables()),
    RuleSettings.parse(opts.settings ?? {}),
    opts.today ?? TEST_TODAY,
  );
}

/** One claim-entry claim through the engine, findings as "rule severity [lines]". */
export async function checkClaimSpec(spec: ClaimSpec, opts: RunOptions = {}): Promise<string[]> {
  return brief(await runSnapshot(snapshot([claim(spec)]), opts));
}
