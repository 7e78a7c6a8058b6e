import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

/**
 * A logging HTTP/HTTPS proxy on 127.0.0.1 for the Firefox e2e tests. Firefox sends every connection
 * of every context (pages, the add-on's background and extension pages, and Firefox itself) through
 * it, so it is both the way portal hostnames reach the fixture server and the egress watch: each
 * host asked for is recorded; hosts `tunnelTo` knows are tunnelled to a local port, the rest refused.
 */
export interface EgressProxy {
  port: number;
  /** Every host name asked for, in order (CONNECT for HTTPS, absolute URLs for plain HTTP). */
  asked: string[];
  close(): Promise<void>;
}

export async function startEgressProxy(tunnelTo: (host: string) => number | null): Promise<EgressProxy> {
  const asked: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // Plain HTTP through the proxy: nothing the tests serve, so record and refuse.
    let host = '';
    try {
      host = new URL(req.url ?? '').hostname;
    } catch {
      host = req.headers.host?.replace(/:\d+$/, '') ?? '';
    }
    asked.push(host);
    res.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the ClaimLens egress watch');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const host = (req.url ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    asked.push(host);
    const port = tunnelTo(host);
    client.on('error', () => client.destroy());
    if (port === null) {
      client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    asked,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
