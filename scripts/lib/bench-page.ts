import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { findBrowser } from './find-browser';

const root = resolve(import.meta.dirname, '..', '..');

/**
 * A benchmark's page in real Chromium (headless, an on-disk profile, so IndexedDB is the real one):
 * `entry` bundled as /bench.js, the shipped data under /public/data/, and whatever `file` answers for
 * other paths (the benchmark's CMS files). `close` ends the browser, the server and the profile.
 */
export async function openBenchPage(
  entry: string,
  file: (path: string) => Uint8Array | string | undefined = () => undefined,
): Promise<{ page: Page; close(): Promise<void> }> {
  const bundle = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    // The database module reads a build-time switch from import.meta.env (none in a benchmark).
    define: { 'import.meta.env': '{}' },
  });
  const js = bundle.outputFiles[0]!.text;
  const server = createServer((req, res) => {
    const url = decodeURIComponent(req.url ?? '/');
    const body =
      url === '/'
        ? '<!doctype html><meta charset="utf-8"><title>bench</title><script src="/bench.js"></script>'
        : url === '/bench.js'
          ? js
          : url.startsWith('/public/data/') && !url.includes('..')
            ? readFileSync(join(root, url))
            : file(url);
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    const type =
      url === '/' ? 'text/html' : url.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const browser = findBrowser();
  if (!browser.ok) {
    server.close();
    throw new Error(browser.message);
  }
  const profile = mkdtempSync(join(tmpdir(), 'claimlens-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browser.path,
    headless: true,
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const close = async () => {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(0);
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
