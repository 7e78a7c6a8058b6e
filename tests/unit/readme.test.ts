import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// The README's list of supported pages is the generated table in docs/supported-pages.md, which
// utils/portals/meta.test.ts keeps in step with the adapter registry and the fixtures.
const root = join(import.meta.dirname, '..', '..');
const tableOf = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .join('\n');

test('the README lists exactly the supported pages the registry and fixtures have', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split('## Supported pages')[1]?.split('\n## ')[0] ?? '';
  const generated = tableOf(readFileSync(join(root, 'docs', 'supported-pages.md'), 'utf8'));
  expect(generated.length).toBeGreaterThan(0);
  expect(tableOf(section)).toBe(generated);
});

test('the README names every npm dependency and says why', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<
    string,
    Record<string, string>
  >;
  for (const name of [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]) {
    const short = name.startsWith('@types/') ? '@types/*' : name;
    expect(readme, `${name} is not explained in the README`).toContain(short);
  }
});
