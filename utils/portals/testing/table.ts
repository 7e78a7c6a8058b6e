import { FIXTURE_PAGES } from '../../../tests/fixtures/pages';
import { ADAPTER_INFO } from '../catalog';
import { PORTAL_HOSTS } from '../hosts';
import { ADAPTERS } from '../registry';

const label = (p: string) => PORTAL_HOSTS.find((h) => h.portal === p)?.label ?? p;

/** The supported-pages table (docs/supported-pages.md), built from the registry, catalog and fixtures. */
export function supportedPagesTable(): string {
  const rows = ADAPTERS.map((a) => {
    const portals = [...new Set([a.portal, ...(a.alsoFor ?? [])])].map(label).join(', ');
    const fixtures = FIXTURE_PAGES.filter((f) => f.adapter === a.id)
      .map((f) => `\`${f.id}\``)
      .join(', ');
    return `| \`${a.id}\` | ${portals} | ${a.kind} | ${ADAPTER_INFO[a.id]?.title ?? ''} | ${fixtures} |`;
  });
  const generic = FIXTURE_PAGES.filter((f) => f.adapter === 'generic')
    .map((f) => `\`${f.id}\``)
    .join(', ');
  rows.push(
    `| \`generic\` | any other page (and any page an adapter cannot read) | from evidence, with its confidence | label/value pairs in every common form, tables and ARIA grids, repeated cards, lists and chips, labelled forms; eligibility periods; fills what an adapter missed; says field by field what it is unsure of and what the page did not show (vocabulary in utils/portals/generic/README.md) | ${generic} |`,
  );
  return [
    '# Supported pages',
    '',
    '<!-- Generated from utils/portals/registry.ts, utils/portals/catalog.ts and tests/fixtures/pages.ts;',
    '     utils/portals/meta.test.ts fails when they drift (UPDATE_EXPECTED=1 rewrites this file). -->',
    '',
    ...aligned([
      '| adapter | portal | page kind | what it reads | fixtures |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
    ]),
    '',
  ].join('\n');
}

/** Pad the columns the way the repository's markdown formatter does, so a rewrite is lint-clean. */
function aligned(lines: string[]): string[] {
  const table = lines.map((l) =>
    l
      .slice(1, -1)
      .split(' | ')
      .map((c) => c.trim()),
  );
  const widths = table[0]!.map((_, i) =>
    Math.max(3, ...table.map((r) => (r[i] === '---' ? 3 : (r[i]?.length ?? 0)))),
  );
  return table.map(
    (r) =>
      `| ${r.map((c, i) => (c === '---' ? '-'.repeat(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`,
  );
}
