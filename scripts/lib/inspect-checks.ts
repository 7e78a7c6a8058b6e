import 'fake-indexeddb/auto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ClaimLensDb } from '../../utils/db';
import type { Finding } from '../../utils/model/finding';
import type { PageSnapshot } from '../../utils/model/snapshot';
import { localIsoDate } from '../../utils/notes/format';
import { loadBundledData } from '../../utils/ruledata/bundled';
import { importFiles } from '../../utils/ruledata/import';
import { createRuleStore } from '../../utils/ruledata/store';
import { checkSnapshot } from '../../utils/rules/engine';
import { DEFAULT_RULE_SETTINGS } from '../../utils/rules/settings';

/**
 * The extension's checks for `inspect`: the same importers, store and engine, on an in-memory
 * IndexedDB holding the bundled code lists plus every CMS file found under --data.
 */
const PUBLIC = resolve(import.meta.dirname, '..', '..', 'public');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export async function checkWithData(
  snapshot: PageSnapshot,
  dataDir: string | undefined,
  log: (line: string) => void = () => undefined,
): Promise<Finding[]> {
  const db = new ClaimLensDb(`inspect-${process.pid}-${Date.now()}`);
  try {
    await loadBundledData(db, async (path) => new Uint8Array(readFileSync(join(PUBLIC, path))));
    if (dataDir) {
      const files = filesUnder(dataDir)
        .filter((f) => /\.(zip|csv|txt|gz)$/i.test(f))
        .map((f) => ({ name: f.split('/').pop() ?? f, bytes: new Uint8Array(readFileSync(f)) }));
      for (const report of await importFiles(db, files)) log(`rule data: ${report.label}: ${report.message}`);
    }
    return await checkSnapshot(snapshot, createRuleStore(db), DEFAULT_RULE_SETTINGS, localIsoDate());
  } finally {
    await db.delete();
  }
}
