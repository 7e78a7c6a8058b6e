import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type EgressProxy, startEgressProxy } from '../../scripts/lib/egress-proxy';

// The Firefox e2e egress watch: every host asked for is recorded; only the mapped ones get through.
let proxy: EgressProxy;
let echo: import('node:net').Server;
let echoPort = 0;

beforeAll(async () => {
  const { createServer } = await import('node:net');
  echo = createServer((s) => s.pipe(s));
  await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r));
  echoPort = (echo.address() as import('node:net').AddressInfo).port;
  proxy = await startEgressProxy((host) => (host === 'apps.availity.com' ? echoPort : null));
});

afterAll(async () => {
  await proxy.close();
  await new Promise((r) => echo.close(r));
});

const tunnel = (host: string) =>
  new Promise<string>((resolve) => {
    const socket = connect(proxy.port, '127.0.0.1', () => {
      socket.write(`CONNECT ${host}:443 HTTP/1.1\r\nHost: ${host}:443\r\n\r\n`);
    });
    let got = '';
    socket.on('data', (d) => {
      got += d.toString();
      if (got.includes('200 Connection Established\r\n\r\n') && !got.includes('ping')) socket.write('ping');
      if (got.includes('ping') || got.includes('403')) socket.end();
    });
    socket.on('close', () => resolve(got));
  });

test('a mapped host is tunnelled to its local port; any other is refused; both are recorded', async () => {
  expect(await tunnel('apps.availity.com')).toMatch(/200 Connection Established[\s\S]*ping/);
  expect(await tunnel('telemetry.example.com')).toMatch(/^HTTP\/1.1 403/);
  const status = await new Promise<number>((resolve) => {
    httpRequest({ host: '127.0.0.1', port: proxy.port, path: 'http://tracker.example.net/x' }, (res) =>
      resolve(res.statusCode ?? 0),
    ).end();
  });
  expect(status).toBe(403);
  expect(proxy.asked).toEqual(['apps.availity.com', 'telemetry.example.com', 'tracker.example.net']);
});
