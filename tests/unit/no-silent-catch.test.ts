import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

/**
 * No failure is swallowed without a word (issue 13): where the biller loses something the page says
 * so (utils/problems.ts, the panel's status line); everything else is logged once with its context
 * through utils/log.ts. A `.catch(() => undefined)` (or `{}`, `null`, `[]`) hides both.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const SILENT = [
  /\.catch\(\s*\(\s*\)\s*=>\s*(undefined|null|\{\s*\}|\[\]|void 0)\s*,?\s*\)/g,
  /\.then\([^()]*,\s*\(\s*\)\s*=>\s*(undefined|null|\{\s*\})\s*\)/g,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

test('no silent catch in the extension’s code', () => {
  const found: string[] = [];
  for (const dir of ['entrypoints', 'utils', 'components']) {
    for (const file of sources(join(ROOT, dir))) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of SILENT) {
        for (const m of text.matchAll(pattern)) {
          const line = text.slice(0, m.index).split('\n').length;
          found.push(`${relative(ROOT, file)}:${line} ${m[0]}`);
        }
      }
    }
  }
  expect(found).toEqual([]);
});
