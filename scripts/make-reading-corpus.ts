import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildCorpus } from './reading-corpus/generate';

/**
 * `npm run corpus [-- DIR]`: writes the reading corpus out (default reading-corpus-output/, not
 * committed) so a person can open the pages: each page's HTML, its frames, and the expected reading
 * beside it (`<page>.expected.json`). The tests and the benchmark generate the same pages in memory
 * from the committed seed (scripts/reading-corpus/seed.json).
 */
const out = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'reading-corpus-output'));
rmSync(out, { recursive: true, force: true });
const pages = buildCorpus();
const write = (file: string, body: string) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
};
const index: string[] = [];
for (const p of pages) {
  const base = join(out, p.id);
  write(`${base}.html`, p.html);
  for (const [i, f] of (p.frames ?? []).entries()) write(`${base}.frame-${i + 1}.html`, f.html);
  write(
    `${base}.expected.json`,
    `${JSON.stringify({ url: p.url, note: p.note, expected: p.expected }, null, 2)}\n`,
  );
  index.push(`<li><a href="${p.id}.html">${p.id}</a> — ${p.note}</li>`);
}
write(
  join(out, 'index.html'),
  `<!doctype html><meta charset="utf-8"><title>Reading corpus</title><ul>${index.join('\n')}</ul>\n`,
);
console.log(`${pages.length} pages written to ${out}`);
