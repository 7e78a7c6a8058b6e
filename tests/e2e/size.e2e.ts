import { expect, test } from 'vitest';
import { CONTENT_SCRIPT_BUDGET, contentScriptGzipped } from '../../scripts/lib/content-script-size';

// The content script runs in every portal frame: its size is a budget, held on the production build.
test('chrome-mv3: the content script is at most 15 KB gzipped', () => {
  expect(contentScriptGzipped('chrome-mv3')).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
});
