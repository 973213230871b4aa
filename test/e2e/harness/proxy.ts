// A minimal HTTP CONNECT proxy for Firefox: tunnels <fixture host>:443 to 127.0.0.1:targetPort and refuses every other
// host, so Firefox reaches the fixture server on any port (no root, no port 443) and nothing leaves the machine.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { FIXTURE_HOSTS } from './extension';

export interface ConnectProxy {
  port: number;
  /** "host:port" of every CONNECT refused (hosts that are not fixture hosts). */
  refused: string[];
  close(): Promise<void>;
}

export async function startConnectProxy(options: {
  targetPort: number;
  targetHost?: string;
  hosts?: readonly string[];
}): Promise<ConnectProxy> {
  const hosts = new Set(options.hosts ?? FIXTURE_HOSTS);
  const sockets = new Set<net.Socket>();
  const refused: string[] = [];
  const track = (s: net.Socket): void => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };

  const server = http.createServer((_req, res) => {
    // Plain-HTTP proxying is not offered: the fixtures are HTTPS only.
    res.writeHead(502, { 'content-type': 'text/plain' }).end('firebreak test proxy: plain HTTP is not proxied');
  });
  server.on('connection', track);
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = req.url ?? '';
    const [host, port] = target.split(':');
    if (!host || !hosts.has(host) || (port ?? '443') !== '443') {
      refused.push(target);
      client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    const upstream = net.connect(options.targetPort, options.targetHost ?? '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
