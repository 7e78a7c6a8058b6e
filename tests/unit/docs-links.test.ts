import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

/** The repository stands alone: no doc or comment points at a document that is not in it. */
const root = join(import.meta.dirname, '..', '..');
const OUTSIDE_DOCS = /\b(RULES|PORTALS|PRODUCT|ARCHITECTURE|TESTING)\.md\b/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('.') || name === 'node_modules') return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(md|ts|tsx|json)$/.test(name) && name !== 'package-lock.json' ? [path] : [];
  });
}

test('no file names a document the repository does not have', () => {
  const found: string[] = [];
  for (const dir of [
    'README.md',
    'docs',
    'utils',
    'components',
    'entrypoints',
    'scripts',
    'bench',
    'tests',
  ]) {
    const path = join(root, dir);
    if (!existsSync(path)) continue;
    for (const file of statSync(path).isDirectory() ? files(path) : [path]) {
      if (file === import.meta.filename) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(OUTSIDE_DOCS)) {
        const line = text.slice(0, m.index).split('\n').length;
        found.push(`${relative(root, file)}:${line} ${m[0]}`);
      }
    }
  }
  expect(found).toEqual([]);
});

test('every path in the README’s folder table and build sketch exists', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const built = readme.split('## How it is built')[1]?.split('\n## ')[0] ?? '';
  expect(built.length).toBeGreaterThan(0);
  const paths = [...built.matchAll(/`((?:entrypoints|components|utils|tests|scripts|docs)\/[^`\s]*)`/g)].map(
    (m) => m[1]!,
  );
  const sketch = [...built.matchAll(/\b((?:entrypoints|components|utils)\/[\w./-]+)/g)].map((m) => m[1]!);
  expect(paths.length).toBeGreaterThan(5);
  const missing = [...new Set([...paths, ...sketch])].filter(
    (p) => !existsSync(join(root, p.replace(/\/$/, ''))),
  );
  expect(missing).toEqual([]);
});

test('every folder under utils/ is in the README’s folder table', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const folders = readdirSync(join(root, 'utils')).filter((n) =>
    statSync(join(root, 'utils', n)).isDirectory(),
  );
  const missing = folders.filter((f) => !readme.includes(`\`utils/${f}/\``));
  expect(missing).toEqual([]);
});
