import { beforeEach, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { addUserPortal } from './user-portals';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

function scripting(register: () => Promise<void>, execute: () => Promise<unknown>) {
  const api = {
    registerContentScripts: vi.fn(register),
    unregisterContentScripts: vi.fn(async () => undefined),
    executeScript: vi.fn(execute),
  };
  Object.defineProperty(browser, 'scripting', { value: api, configurable: true });
  vi.spyOn(browser.permissions, 'contains').mockImplementation(async () => true as never);
  return api;
}

test('a registration that fails is said, not "now reads"', async () => {
  scripting(
    () => Promise.reject(new Error('Duplicate script ID')),
    async () => [],
  );
  const answer = await addUserPortal('portal.example.org', 7);
  expect(answer).toEqual({
    ok: false,
    message: 'ClaimLens could not start reading portal.example.org: Duplicate script ID. Try again.',
  });
});

test('a registered site whose open page could not be read at once asks for a reload', async () => {
  const api = scripting(
    async () => undefined,
    () => Promise.reject(new Error('Cannot access contents of the page')),
  );
  const answer = await addUserPortal('portal.example.org', 7);
  expect(api.registerContentScripts).toHaveBeenCalled();
  expect(answer).toEqual({
    ok: true,
    message: 'ClaimLens now reads portal.example.org. Reload the page to read it.',
  });
});
