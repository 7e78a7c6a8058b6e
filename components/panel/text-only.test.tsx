import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

// Page text is untrusted: the panel renders it as text only. Biome errors on
// dangerouslySetInnerHTML; this also catches innerHTML/outerHTML/insertAdjacentHTML in panel code.
const dirs = [
  import.meta.dirname,
  path.join(import.meta.dirname, '..'),
  path.join(import.meta.dirname, '../../utils/panel'),
];

test('no panel file writes HTML', () => {
  const files = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.') && !f.startsWith('test-'))
      .map((f) => path.join(d, f)),
  );
  expect(files.length).toBeGreaterThan(10);
  const offenders = files.filter((f) =>
    /dangerouslySetInnerHTML|\.innerHTML|outerHTML|insertAdjacentHTML/.test(readFileSync(f, 'utf8')),
  );
  expect(offenders).toEqual([]);
});
