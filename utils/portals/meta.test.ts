import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES } from '../../tests/fixtures/pages';
import { ADAPTER_INFO } from './catalog';
import { ADAPTERS } from './registry';
import { expectedPath } from './testing/load';
import { supportedPagesTable } from './testing/table';

/** The registry, the catalog, the fixtures manifest and docs/supported-pages.md stay in step. */
const DOC = path.join(import.meta.dirname, '../../docs/supported-pages.md');

/** Table cells without their padding, so a markdown formatter's column alignment doesn't matter. */
const cells = (md: string) =>
  md
    .trim()
    .split('\n')
    .map((l) =>
      l.startsWith('|')
        ? l
            .split('|')
            .map((c) => c.trim().replace(/^-+$/, '---'))
            .join('|')
        : l,
    );

describe('adapter registry, fixtures and the supported-pages table agree', () => {
  it('every adapter has one id, a catalog entry with example URLs, and at least one fixture', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(ADAPTER_INFO).sort()).toEqual([...ids].sort());
    for (const a of ADAPTERS) {
      expect(ADAPTER_INFO[a.id]?.examples.length, a.id).toBeGreaterThan(0);
      expect(
        FIXTURE_PAGES.filter((f) => f.adapter === a.id).map((f) => f.id),
        a.id,
      ).not.toEqual([]);
    }
  });

  it('every fixture names a registered reader of its kind, and its expected snapshot was read by it', () => {
    for (const f of FIXTURE_PAGES) {
      const adapter = ADAPTERS.find((a) => a.id === f.adapter);
      if (f.adapter !== 'generic') expect(adapter?.kind, f.id).toBe(f.kind);
      const expected = JSON.parse(readFileSync(expectedPath(f), 'utf8')) as { read: { adapter: string } };
      expect(expected.read.adapter, f.id).toBe(f.adapter);
    }
  });

  it('docs/supported-pages.md is the table built from the registry and the fixtures', () => {
    const table = supportedPagesTable();
    if (process.env.UPDATE_EXPECTED || !existsSync(DOC)) writeFileSync(DOC, table);
    expect(cells(readFileSync(DOC, 'utf8'))).toEqual(cells(table));
  });
});
