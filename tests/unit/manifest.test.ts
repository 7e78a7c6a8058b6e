import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { portalMatchPatterns } from '../../utils/portals/hosts';
import { CMS_HOSTS } from '../../utils/ruledata/cms-download';
import config from '../../wxt.config';

// Least privilege, checked on the manifest WXT generates for each browser.
type Manifest = Record<string, unknown> & { permissions?: string[]; content_security_policy?: unknown };
const manifestFor = (browser: 'chrome' | 'firefox') =>
  (
    config.manifest as (env: {
      browser: string;
      manifestVersion: number;
      mode: string;
      command: string;
    }) => Manifest
  )({
    browser,
    manifestVersion: browser === 'chrome' ? 3 : 2,
    mode: 'production',
    command: 'build',
  });

test.each(['chrome', 'firefox'] as const)(
  '%s: portal hosts only, nothing broad, no remote code',
  (browser) => {
    const m = manifestFor(browser);
    const required = m.permissions ?? [];
    for (const forbidden of [
      '<all_urls>',
      'tabs',
      'history',
      'cookies',
      'webRequest',
      'webRequestBlocking',
      'debugger',
    ]) {
      expect(required).not.toContain(forbidden);
    }
    expect(m).not.toHaveProperty('externally_connectable');
    // The toolbar button's menu opens the denial worklist: contextMenus carries no install warning.
    expect(required).toContain('contextMenus');
    const hosts =
      (m.host_permissions as string[] | undefined) ?? required.filter((p) => p.startsWith('https://'));
    expect(hosts.every((h) => portalMatchPatterns.includes(h))).toBe(true);
    const csp = JSON.stringify(m.content_security_policy);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:\/\/[^ ]*\s*;?\s*script/);
    // The extension's pages may connect to the CMS download hosts and nowhere else.
    const connect = /connect-src ([^;"]*)/.exec(csp)?.[1]?.trim().split(/\s+/);
    expect(connect).toEqual(["'self'", ...CMS_HOSTS.map((h) => `https://${h}`)]);
    expect(CMS_HOSTS).toEqual(['www.cms.gov', 'downloads.cms.gov']);
    // Anything wider is optional, asked for at run time (user-added portals, the CMS download).
    const optional = (m.optional_host_permissions ?? m.optional_permissions) as string[];
    expect(optional).toEqual(['https://*/*']);
  },
);

test('the content script never listens to window messages: page scripts cannot command it', () => {
  const dir = join(import.meta.dirname, '..', '..', 'entrypoints', 'portal.content');
  for (const file of ['index.ts', 'flags-layer.ts', 'flag-popover.ts']) {
    const source = readFileSync(join(dir, file), 'utf8');
    expect(source).not.toMatch(/addEventListener\(\s*['"]message['"]/);
    expect(source).not.toMatch(/onmessage\s*=/);
  }
});
