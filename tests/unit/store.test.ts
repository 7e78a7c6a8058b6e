import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { POLICY_FIELDS } from '../../utils/policy/fields';
import { portalMatchPatterns } from '../../utils/portals/hosts';
import { DEFAULT_RETENTION } from '../../utils/privacy/retention';
import { CMS_HOSTS } from '../../utils/ruledata/cms-download';
import config from '../../wxt.config';

// The store forms, the IT approval sheet and the privacy policy say what the built manifests ask for:
// these fail when a permission, host or default changes and the documents do not.
const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
type Manifest = { description: string; permissions: string[] };
const manifestFor = (browser: 'chrome' | 'firefox') =>
  (config.manifest as (env: Record<string, unknown>) => Manifest)({
    browser,
    manifestVersion: browser === 'chrome' ? 3 : 2,
    mode: 'production',
    command: 'build',
  });
const apiPermissions = (browser: 'chrome' | 'firefox') =>
  manifestFor(browser).permissions.filter((p) => !p.includes('://'));
const hosts = portalMatchPatterns.map((p) => new URL(p.replace('/*', '/')).hostname);

/** The text under a `## heading` of a markdown file, up to the next `## `. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const rest = markdown.slice(start + heading.length + 5);
  const end = rest.indexOf('\n## ');
  return (end < 0 ? rest : rest.slice(0, end)).replace(/<!--[\s\S]*?-->/g, '').trim();
}

test('the short description fits the Chrome Web Store (132) and is the manifest description', () => {
  const short = section(read('store/listing.md'), 'Short description');
  expect(short.length).toBeLessThanOrEqual(132);
  expect(short).toBe(manifestFor('chrome').description);
  expect(manifestFor('firefox').description).toBe(short);
});

test('the long description fits the stores (16,000 characters)', () => {
  const long = section(read('store/listing.md'), 'Long description');
  expect(long.length).toBeGreaterThan(1000);
  expect(long.length).toBeLessThanOrEqual(16_000);
});

test('every permission the Chrome manifest asks for has its justification, and none is left over', () => {
  const justifications = section(read('store/chrome-web-store.md'), 'Permission justifications');
  const headings = [...justifications.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
  expect(headings.sort()).toEqual([...apiPermissions('chrome'), 'Host permissions'].sort());
  expect(justifications).toContain(`${hosts.length} payer-portal hosts`);
  for (const host of CMS_HOSTS) expect(justifications).toContain(host);
});

test('the IT approval sheet names every permission of both manifests and every portal host', () => {
  const sheet = read('docs/IT-APPROVAL.md');
  const table = section(sheet, 'Permissions');
  for (const p of new Set([...apiPermissions('chrome'), ...apiPermissions('firefox')])) {
    expect(table).toContain(`| \`${p}\``);
  }
  expect(table).toContain(`Host access to ${hosts.length} portal sites`);
  for (const host of hosts) expect(table).toContain(`\`${host}\``);
  for (const host of CMS_HOSTS) expect(sheet).toContain(host);
});

test('the IT approval sheet names every managed-policy key an administrator can set', () => {
  const policy = section(read('docs/IT-APPROVAL.md'), 'Managed policy');
  for (const key of [...POLICY_FIELDS, 'locked']) expect(policy).toContain(`\`${key}\``);
});

test('the privacy policy states the retention default and the only hosts ClaimLens itself contacts', () => {
  const policy = read('docs/PRIVACY.md');
  expect(DEFAULT_RETENTION).toEqual({ noteDays: 365, dismissalDays: 365, denialDays: 365, proofDays: 730 });
  expect(policy).toContain(`**${DEFAULT_RETENTION.noteDays} days** by default`);
  for (const host of CMS_HOSTS) expect(policy).toContain(`\`${host}\``);
});
