import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchExtraction, type Figure } from './bench-extraction';
import { benchMutation } from './bench-mutation';
import { benchRuleData } from './bench-ruledata';

/**
 * `npm run bench`: every speed figure, measured in real Chromium. Prints one JSON line per figure
 * and writes them all to bench/results.json.
 */
const root = resolve(import.meta.dirname, '..');
const figures: Figure[] = [];
const report = (f: Figure) => {
  figures.push(f);
  console.log(JSON.stringify(f));
};

async function main(): Promise<void> {
  await benchExtraction(report);
  await benchMutation(report);
  await benchRuleData(report);
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(figures, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
