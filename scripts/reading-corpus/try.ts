import { buildCorpus } from './generate';
import { readInNode } from './read-node';
import { scorePage, summarise } from './score';

const only = process.argv[2];
const pages = buildCorpus().filter((p) => !only || p.id.includes(only));
const scores = [];
for (const p of pages) {
  const s = await scorePage(p, await readInNode(p));
  scores.push(s);
  if (process.argv.includes('-v') && (s.misses.length || !s.kindOk || s.findingsFromMisreading.length)) {
    console.log(`\n== ${s.id} kindOk=${s.kindOk} ${s.correct}/${s.total}`);
    for (const m of s.misses.slice(0, 40)) console.log('  ', m);
    for (const f of s.findingsFromMisreading) console.log('  F', f);
  }
}
const { rows, summary } = summarise(scores);
for (const r of rows) console.log(JSON.stringify(r));
console.log(JSON.stringify(summary));
