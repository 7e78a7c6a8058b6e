import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchDenials } from './bench-denials';
import { benchExtraction, type Figure } from './bench-extraction';
import { benchMcd } from './bench-mcd';
import { benchMutation } from './bench-mutation';
import { benchPanel } from './bench-panel';
import { benchProofs } from './bench-proofs';
import { benchReading } from './bench-reading';
import { benchRuleData } from './bench-ruledata';
import { benchTeach } from './bench-teach';

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

const PARTS = {
  extraction: benchExtraction,
  mutation: benchMutation,
  panel: benchPanel,
  reading: benchReading,
  ruledata: benchRuleData,
  denials: benchDenials,
  mcd: benchMcd,
  proofs: benchProofs,
  teach: benchTeach,
};
// `npm run bench -- extraction` (or panel, ruledata, denials, mcd…) runs one part; by default all of them.
const only = process.argv.slice(2).filter((a): a is keyof typeof PARTS => a in PARTS);

async function main(): Promise<void> {
  for (const [name, part] of Object.entries(PARTS)) {
    if (only.length === 0 || only.includes(name as keyof typeof PARTS)) await part(report);
  }
  mkdirSync(join(root, 'bench'), { recursive: true });
  const file = join(root, 'bench', 'results.json');
  // A partial run replaces its own figures and keeps the others from the last full run.
  const kept = only.length && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Figure[]) : [];
  const fresh = new Set(figures.map((f) => f.name));
  writeFileSync(
    file,
    `${JSON.stringify([...kept.filter((f) => !fresh.has(f.name)), ...figures], null, 2)}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
