import { createHash } from 'node:crypto';
import { expect, test, vi } from 'vitest';
import {
  GECKO_ID,
  POLICY_TEST_CHROME_ID,
  POLICY_TEST_GECKO_ID,
  POLICY_TEST_KEY,
} from '../../utils/extension-ids';

// The policy e2e tests write a system-wide policy naming the test build's id: that id must be the one
// its key gives, and no release build may carry it (or any key), so the policy reaches nothing else.
type Manifest = Record<string, unknown> & {
  key?: string;
  storage?: { managed_schema?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
};
async function manifestFor(browser: 'chrome' | 'firefox', policyTest: boolean): Promise<Manifest> {
  vi.resetModules();
  vi.stubEnv('WXT_POLICY_TEST', policyTest ? '1' : '');
  const config = (await import('../../wxt.config')).default;
  vi.unstubAllEnvs();
  const make = config.manifest as (env: Record<string, unknown>) => Manifest;
  return make({
    browser,
    manifestVersion: browser === 'chrome' ? 3 : 2,
    mode: 'production',
    command: 'build',
  });
}

/** Chrome's extension id for a manifest key: sha256 of the key, first 32 hex digits written as a–p. */
function chromeIdOf(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((h) => String.fromCharCode(97 + Number.parseInt(h, 16))).join('');
}

test('the policy test build has the id its key gives, and its own gecko id', async () => {
  expect(chromeIdOf(POLICY_TEST_KEY)).toBe(POLICY_TEST_CHROME_ID);
  expect((await manifestFor('chrome', true)).key).toBe(POLICY_TEST_KEY);
  const firefox = await manifestFor('firefox', true);
  expect(firefox.browser_specific_settings?.gecko?.id).toBe(POLICY_TEST_GECKO_ID);
  expect(firefox.key).toBeUndefined();
});

test('release builds carry no key and the usual gecko id; Chrome gets the managed-storage schema', async () => {
  const chrome = await manifestFor('chrome', false);
  expect(chrome.key).toBeUndefined();
  expect(chrome.storage?.managed_schema).toBe('managed-schema.json');
  const firefox = await manifestFor('firefox', false);
  expect(firefox.browser_specific_settings?.gecko?.id).toBe(GECKO_ID);
  expect(firefox.storage).toBeUndefined();
});
