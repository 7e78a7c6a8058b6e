import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

/**
 * Every message goes through utils/send.ts (sendToBackground / sendToTab), typed by the protocol in
 * utils/messages.ts: a raw `sendMessage` elsewhere could send what no handler reads, unchecked.
 */
const ROOT = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

test('no message is sent except through utils/send.ts', () => {
  const raw: string[] = [];
  for (const dir of ['entrypoints', 'utils', 'components']) {
    for (const file of sources(join(ROOT, dir))) {
      if (file.endsWith(join('utils', 'send.ts'))) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^(?!\s*(\*|\/\/)).*\.sendMessage\s*\(/gm)) {
        raw.push(`${relative(ROOT, file)}:${text.slice(0, m.index).split('\n').length}`);
      }
    }
  }
  expect(raw).toEqual([]);
});
