import { expect, test } from 'vitest';
import { identifyBrowser } from '../../scripts/lib/browser-identity';
import { argsFor, loadingFromEnv, meansMissing, notLoadedMessage } from '../../scripts/lib/load-extension';

test('each loading way starts the browser with its own switches', () => {
  expect(argsFor('switches', '/x/chrome-mv3')).toEqual([
    '--disable-extensions-except=/x/chrome-mv3',
    '--load-extension=/x/chrome-mv3',
  ]);
  expect(argsFor('devtools', '/x/chrome-mv3')).toEqual(['--enable-unsafe-extension-debugging']);
});

test('a missing command is told apart from a refusal (only a missing one falls back)', () => {
  expect(meansMissing("'Extensions.loadUnpacked' wasn't found")).toBe(true);
  expect(meansMissing('Method not available.')).toBe(true);
  expect(meansMissing('Manifest file is missing or unreadable')).toBe(false);
  expect(meansMissing('File path cannot be resolved.')).toBe(false);
});

test('CLAIMLENS_LOADING picks the way; a wrong value is an error, not a silent default', () => {
  expect(loadingFromEnv({}, 'switches')).toBe('switches');
  expect(loadingFromEnv({ CLAIMLENS_LOADING: 'devtools' }, 'switches')).toBe('devtools');
  expect(() => loadingFromEnv({ CLAIMLENS_LOADING: 'cdp' }, 'auto')).toThrow(/auto, devtools or switches/);
});

test('when the extension did not load, the message names the browser and says what to do next', () => {
  const chrome = identifyBrowser('/opt/google/chrome/chrome', 'Google Chrome 139.0.7258.66');
  const viaSwitches = notLoadedMessage(chrome, 'switches', 'its service worker did not start within 15 s');
  expect(viaSwitches).toContain('Google Chrome 139.0.7258.66 at /opt/google/chrome/chrome');
  expect(viaSwitches).toContain('Chromium or Chrome for Testing');
  expect(viaSwitches).toContain('Load the extension yourself');
  const viaDevtools = notLoadedMessage(chrome, 'devtools', 'Extensions are blocked by policy');
  expect(viaDevtools).toContain('Extensions are blocked by policy');
  expect(viaDevtools).toContain('policy');
});
