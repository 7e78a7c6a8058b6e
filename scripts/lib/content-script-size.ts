import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The content script (portal.js) runs in every portal frame, so its size is a budget: 15 KB
 * (15 × 1,024 bytes) gzipped. The generic reader is its own script (generic.js), loaded only into
 * frames no adapter reads completely. Checked on the production builds by both browsers' e2e suites
 * (size.e2e.ts in tests/e2e and tests/e2e-firefox) and reported by `npm run bench -- extraction`.
 */
export const CONTENT_SCRIPT_BUDGET = 15 * 1024;

/** The built content script's gzipped size in bytes (build first: npm run build / build:firefox). */
export function contentScriptGzipped(build: 'chrome-mv3' | 'firefox-mv2'): number {
  const file = join(import.meta.dirname, '..', '..', '.output', build, 'content-scripts', 'portal.js');
  return gzipSync(readFileSync(file)).length;
}
