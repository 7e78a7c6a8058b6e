import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'fflate';
import { expect, test } from 'vitest';
import { packageVersion } from '../../scripts/lib/release/artifacts';
import {
  changelogSection,
  cleanTree,
  pngSize,
  storeScreenshots,
  storeVersion,
} from '../../scripts/lib/release/checks';
import { type FreshInput, releasedPackagesFresh } from '../../scripts/lib/release/fresh';
import { contentDifferences, contentHashes, deterministicZip } from '../../scripts/lib/release/zip';

const root = join(import.meta.dirname, '..', '..');

test('a tree with changes is refused, naming them and what to do', () => {
  expect(cleanTree('')).toEqual({ ok: true });
  const dirty = cleanTree(' M wxt.config.ts\n?? notes.txt\n');
  expect(dirty.ok).toBe(false);
  if (dirty.ok) return;
  expect(dirty.message).toContain('2 uncommitted changes');
  expect(dirty.message).toContain('wxt.config.ts');
  expect(dirty.message).toContain('notes.txt');
  expect(dirty.message).toMatch(/Commit or stash/);
});

test('the changelog must hold a section with text for the version', () => {
  const log = '# Changelog\n\n## 0.2.0 — 2027-01-05\n\n- Faster.\n\n## [0.1.0] - 2026-11-30\n\nFirst.\n';
  expect(changelogSection(log, '0.2.0')).toEqual({ ok: true, text: '- Faster.' });
  expect(changelogSection(log, '0.1.0')).toEqual({ ok: true, text: 'First.' });
  const missing = changelogSection(log, '0.3.0');
  expect(missing.ok).toBe(false);
  if (!missing.ok) expect(missing.message).toMatch(/no section for version 0\.3\.0.*## 0\.3\.0/);
  // 0.1.0 must not match 0.1.01 or 10.1.0.
  expect(changelogSection('## 0.1.01\n\nx\n## 10.1.0\n\ny\n', '0.1.0').ok).toBe(false);
  const empty = changelogSection('## 0.4.0\n\n## 0.3.0\n\nx\n', '0.4.0');
  expect(empty.ok).toBe(false);
  if (!empty.ok) expect(empty.message).toMatch(/is empty/);
});

test("this version's changelog section exists (a release would stop otherwise)", () => {
  const section = changelogSection(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), packageVersion(root));
  expect(section.ok).toBe(true);
  expect(storeVersion(packageVersion(root))).toEqual({ ok: true });
});

test('only versions the stores accept', () => {
  for (const v of ['0.1.0', '1', '1.2.3.4']) expect(storeVersion(v).ok).toBe(true);
  for (const v of ['0.1.0-beta', '01.0', '1.2.3.4.5', 'v1.0']) expect(storeVersion(v).ok).toBe(false);
});

/** A minimal valid PNG header of the given size (IHDR only is all pngSize reads). */
function pngOf(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

test('store screenshots must be 1280×800 PNGs', () => {
  expect(pngSize(pngOf(1280, 800))).toEqual({ width: 1280, height: 800 });
  expect(pngSize(new Uint8Array(40))).toBeNull();
  expect(storeScreenshots([{ name: 'a.png', bytes: pngOf(1280, 800) }])).toEqual({ ok: true });
  const wrong = storeScreenshots([
    { name: 'a.png', bytes: pngOf(1280, 800) },
    { name: 'b.png', bytes: pngOf(400, 800) },
  ]);
  expect(wrong.ok).toBe(false);
  if (!wrong.ok) expect(wrong.message).toContain('b.png: 400×800');
  expect(storeScreenshots([]).ok).toBe(false);
});

test('the committed store screenshots are 1280×800', () => {
  const dir = join(root, 'store', 'screenshots');
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.png'))
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
  expect(files.length).toBeGreaterThanOrEqual(3);
  expect(storeScreenshots(files)).toEqual({ ok: true });
});

test('the same files zip to the same bytes whatever order they come in', () => {
  const a = { 'manifest.json': new TextEncoder().encode('{}'), 'b/c.js': deflateSync(new Uint8Array(9)) };
  const b = { 'b/c.js': a['b/c.js'], 'manifest.json': a['manifest.json'] };
  expect(deterministicZip(a)).toEqual(deterministicZip(b));
  expect(Object.keys(contentHashes(deterministicZip(a)))).toEqual(['b/c.js', 'manifest.json']);
  const changed = deterministicZip({ ...a, 'manifest.json': new TextEncoder().encode('{"x":1}') });
  expect(contentDifferences(deterministicZip(a), changed)).toEqual(['manifest.json']);
});

test('npm run package keeps the release’s packages only when they are exactly this commit’s', () => {
  const commit = 'a'.repeat(40);
  const [c, f] = ['c'.repeat(64), 'f'.repeat(64)];
  const sums = `# ClaimLens 0.1.0, commit ${commit}, built with Node 20.0.0\n${c}  claimlens-0.1.0-chrome.zip\n${f}  claimlens-0.1.0-firefox.zip\n${'9'.repeat(64)}  claimlens-0.1.0-sources.zip\n`;
  const packages = [
    { name: 'claimlens-0.1.0-chrome.zip', zipSha: c, buildSha: c },
    { name: 'claimlens-0.1.0-firefox.zip', zipSha: f, buildSha: f },
  ];
  const fresh: FreshInput = { sums, head: `${commit}\n`, status: '', packages };
  expect(releasedPackagesFresh(fresh)).toEqual({ fresh: true, commit });
  const why = (change: Partial<FreshInput>) => {
    const r = releasedPackagesFresh({ ...fresh, ...change });
    return r.fresh ? 'fresh' : r.why;
  };
  expect(why({ sums: null })).toBe('no release was made here');
  expect(why({ head: 'b'.repeat(40) })).toBe('the release was made from another commit');
  expect(why({ head: null })).toBe('the release was made from another commit');
  expect(why({ status: ' M utils/db.ts\n' })).toBe('the tree has changes');
  // A build made since (npm run build after an edit, then the edit undone) is not what was released.
  const rebuilt = [packages[0]!, { ...packages[1]!, buildSha: 'e'.repeat(64) }];
  expect(why({ packages: rebuilt })).toBe('claimlens-0.1.0-firefox.zip is not the released package');
  const gone = [{ ...packages[0]!, zipSha: null }, packages[1]!];
  expect(why({ packages: gone })).toBe('claimlens-0.1.0-chrome.zip is not the released package');
});
