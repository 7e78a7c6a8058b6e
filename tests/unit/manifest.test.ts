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
    // No page can frame or load ClaimLens pages: the background trusts our origin (admitMessage).
    expect(m).not.toHaveProperty('web_accessible_resources');
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

test.each(['chrome', 'firefox'] as const)(
  '%s: "Read this site" has what it needs in the built extension, and nothing wider',
  (browser) => {
    const required = manifestFor(browser).permissions ?? [];
    // scripting: register the content script for a host the user granted (WXT adds it in dev builds
    // only: without it the production build could not read added sites). activeTab: the toolbar click
    // shows the panel the tab's address, so it can offer the button; it grants that tab only, and only
    // on the user's click. Neither gives access to any host by itself.
    expect(required).toContain('scripting');
    expect(required).toContain('activeTab');
    expect(required.filter((p) => !p.startsWith('https://')).sort()).toEqual(
      [
        'activeTab',
        'clipboardWrite',
        'contextMenus',
        'scripting',
        'storage',
        'unlimitedStorage',
        ...(browser === 'chrome' ? ['sidePanel'] : []),
      ].sort(),
    );
  },
);

test('the content script never listens to window messages and posts nothing to the page', () => {
  const root = join(import.meta.dirname, '..', '..');
  for (const file of [
    'entrypoints/portal.content/index.ts',
    'entrypoints/portal.content/flags-layer.ts',
    'entrypoints/portal.content/flag-popover.ts',
    'entrypoints/portal.content/inert-wxt-context.ts',
    'utils/content-lifecycle.ts',
  ]) {
    const source = readFileSync(join(root, file), 'utf8');
    expect(source).not.toMatch(/addEventListener\(\s*['"]message['"]/);
    expect(source).not.toMatch(/onmessage\s*=/);
    // The page can see any message or event: ClaimLens neither posts nor dispatches one.
    expect(source).not.toMatch(/\.postMessage\(|\.dispatchEvent\(/);
  }
  // WXT's context (which posts a message and listens for a page event) is swapped out of the build.
  expect(readFileSync(join(root, 'wxt.config.ts'), 'utf8')).toMatch(
    /'wxt\/utils\/content-script-context':\s*resolve\([^)]*inert-wxt-context\.ts'/,
  );
});
