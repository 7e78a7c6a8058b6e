import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { GECKO_ID, POLICY_TEST_GECKO_ID, POLICY_TEST_KEY } from './utils/extension-ids';
import { managedStorageSchema } from './utils/policy/chrome-schema';
import { portalMatchPatterns } from './utils/portals/hosts';

/**
 * WXT_POLICY_TEST=1 builds the policy e2e test's own copy (tests/e2e/policy.e2e.ts): its own folder
 * and a fixed extension id (manifest `key`; Firefox: its own gecko id) that no other build uses, so the
 * system-wide policy file the test writes reaches only it. Release builds have neither.
 */
const policyTest = process.env.WXT_POLICY_TEST === '1';

// The manifest is generated here so permissions stay reviewable in one place.
// Least privilege: portal hosts only; anything else (user-added portals, the CMS
// download host) is an optional permission asked for at run time.
export default defineConfig({
  // The update test builds a previous release into its own folder (see tests/e2e/update.e2e.ts).
  outDir: process.env.WXT_OUT_DIR ?? (policyTest ? '.output-policy-test' : '.output'),
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the import worker and the scripts are bundled without WXT's auto-imports.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Chrome/Edge check an office policy against this schema (README: "For administrators"). It is made
    // from the zod schema ClaimLens reads the policy with (utils/policy/chrome-schema.ts).
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser === 'firefox') return;
      files.push({
        relativeDest: 'managed-schema.json',
        contents: `${JSON.stringify(managedStorageSchema(), null, 2)}\n`,
      });
    },
    // The content script runs in every portal frame: it gets the browser's own API instead of the
    // polyfill (see utils/content-browser.ts), to stay within its size budget, and an inert
    // stand-in for WXT's content-script context, which talks to the page.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const aliases = {
        'wxt/browser': resolve(import.meta.dirname, 'utils/content-browser.ts'),
        // WXT's context tells the page the script started and lets the page stop it: never used
        // (see entrypoints/portal.content/inert-wxt-context.ts and utils/content-lifecycle.ts).
        'wxt/utils/content-script-context': resolve(
          import.meta.dirname,
          'entrypoints/portal.content/inert-wxt-context.ts',
        ),
      };
      const current = config.resolve?.alias;
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(current)
          ? [...Object.entries(aliases).map(([find, replacement]) => ({ find, replacement })), ...current]
          : { ...(current ?? {}), ...aliases },
      };
    },
  },
  manifest: ({ browser }) => ({
    name: 'ClaimLens',
    description:
      "Checks claims, remittances and eligibility in payer portals against CMS rules — on the biller's machine.",
    permissions: [
      'storage',
      'unlimitedStorage',
      'clipboardWrite',
      // "Read this site": register the content script for a host the user granted, and read the
      // open tab at once (scripting); see the tab's address when the user clicks the toolbar
      // button, so the panel can offer the button (activeTab). Neither grants any host by itself.
      'scripting',
      'activeTab',
      // The toolbar button's right-click menu opens the denial worklist (Chrome's click opens the panel).
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: portalMatchPatterns,
    // Firefox reads an office policy from policies.json (3rdparty.Extensions.<gecko id>) with no schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(policyTest && browser !== 'firefox' ? { key: POLICY_TEST_KEY } : {}),
    // MV3 (Chrome) names optional hosts apart; MV2 (Firefox) lists them with optional permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*'] }
      : { optional_host_permissions: ['https://*/*'] }),
    // Firefox: the button stays in the toolbar (not folded into the extensions menu), since the
    // sidebar opens only from a user action Firefox sees itself: this button or the shortcut below.
    action:
      browser === 'firefox'
        ? { default_title: 'Open ClaimLens', default_area: 'navbar' }
        : { default_title: 'Open ClaimLens' },
    commands: {
      'copy-note': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: `Copy the note for the claim in the ${browser === 'firefox' ? 'sidebar' : 'side panel'}`,
      },
      ...(browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+L' },
              description: 'Open the ClaimLens sidebar',
            },
          }
        : {}),
    },
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'self'; connect-src 'self' https://www.cms.gov https://downloads.cms.gov"
        : {
            extension_pages:
              "script-src 'self'; object-src 'self'; connect-src 'self' https://www.cms.gov https://downloads.cms.gov",
          },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: policyTest ? POLICY_TEST_GECKO_ID : GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
});
