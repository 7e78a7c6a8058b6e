import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_PAGES } from '../../tests/fixtures/pages.ts';
import { CMS_HOSTS as CMS_DOWNLOAD_HOSTS } from '../../utils/ruledata/cms-download';

/**
 * A local HTTPS server for the synthetic portal pages, answering on the real portal hostnames
 * (the browser maps them to 127.0.0.1 with --host-resolver-rules). The certificate is made with
 * openssl at start and never written into the repository.
 */
export interface FixtureServer {
  port: number;
  /** Every host name a page is served on: map these to the server. */
  hosts: string[];
  /** Requests the server saw, as https://host/path. */
  seen: string[];
  /** Add or replace a response (e.g. the CMS download files). */
  route(url: string, body: Uint8Array | string, contentType?: string): void;
  close(): Promise<void>;
}

/**
 * The CMS download hosts the extension may fetch from (its own list, which its CSP and optional
 * permission name too): both launchers send them to the fixture server, which serves them only when a
 * test routes a file there.
 */
export const CMS_HOSTS: readonly string[] = CMS_DOWNLOAD_HOSTS;

const PAGES_DIR = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'pages');

function makeCertificate(hosts: string[]): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-cert-'));
  try {
    const san = hosts.map((h) => `DNS:${h}`).join(',');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=claimlens-fixtures',
        '-addext',
        `subjectAltName=${san}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch {
    throw new Error('openssl is needed to make the test certificate (Debian: apt-get install openssl)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every host name a browser must send to the fixture server (the portals and the CMS download hosts). */
export function hostsToMap(server: FixtureServer): string[] {
  return [...server.hosts, ...CMS_HOSTS];
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');
const withoutQuery = (url: string) => withoutHash(url).replace(/\?.*$/, '');

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, { body: Uint8Array | string; type: string }>();
  for (const page of FIXTURE_PAGES) {
    routes.set(withoutHash(page.url), {
      body: readFileSync(join(PAGES_DIR, page.file)),
      type: 'text/html; charset=utf-8',
    });
  }
  const hosts = () =>
    [...new Set([...routes.keys()].map((u) => new URL(u).hostname))].filter((h) => !CMS_HOSTS.includes(h));
  const seen: string[] = [];
  const { key, cert } = makeCertificate([...hosts(), ...CMS_HOSTS]);
  const server = createServer({ key, cert }, (req: IncomingMessage, res: ServerResponse) => {
    const url = `https://${req.headers.host?.replace(/:\d+$/, '')}${req.url ?? '/'}`;
    seen.push(url);
    const hit = routes.get(withoutHash(url)) ?? routes.get(withoutQuery(url));
    // The CMS download test runs without a real permission prompt (none can be clicked in automation),
    // so the CMS hosts answer with CORS headers, their 404s too (a file CMS renamed).
    const cors: Record<string, string> = CMS_HOSTS.includes(new URL(url).hostname)
      ? { 'access-control-allow-origin': '*' }
      : {};
    if (!hit) {
      res.writeHead(404, { 'content-type': 'text/plain', ...cors }).end('not a fixture');
      return;
    }
    res.writeHead(200, { 'content-type': hit.type, 'cache-control': 'no-store', ...cors }).end(hit.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    get hosts() {
      return hosts();
    },
    seen,
    route(url, body, type = 'application/octet-stream') {
      routes.set(withoutHash(url), { body, type });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
