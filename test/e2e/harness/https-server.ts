// A tiny HTTPS server for harness smoke tests: one self-signed certificate for the fixture hosts, pages by Host header.
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { FIXTURE_HOSTS } from './extension';

export interface TinyHttpsServer {
  port: number;
  /** The URL a browser uses: https://HOST/PATH (the harness routes HOST:443 to this server's port). */
  url(host: string, path?: string): string;
  /** "host path" of every request received, in order. */
  requests: string[];
  certPem: string;
  close(): Promise<void>;
}

export interface TinyHttpsServerOptions {
  /** 0 (default) picks a free port; Firefox in network.dns.localDomains mode needs 443. */
  port?: number;
  /** Interface to listen on; 127.0.0.1 by default. */
  listenHost?: string;
  /** HTML for a host and path; undefined → 404. Default: a small page naming the host and path. */
  render?: (host: string, path: string) => string | undefined;
}

/** Makes a self-signed certificate (EC P-256, fast to generate) valid for the given host names. */
export async function makeCertificate(hosts: readonly string[] = FIXTURE_HOSTS): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: 'commonName', value: hosts[0] ?? 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    notBeforeDate: new Date(Date.now() - 24 * 3600 * 1000),
    notAfterDate: new Date(Date.now() + 30 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...hosts.map((h) => ({ type: 2 as const, value: h })), { type: 7 as const, ip: '127.0.0.1' }],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

const defaultRender = (host: string, path: string): string | undefined =>
  path === '/favicon.ico'
    ? undefined
    : `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${host}</title></head>` +
      `<body><main id="main"><p>tiny server: ${host}${path.replace(/[<>&"]/g, '')}</p></main></body></html>`;

export async function startTinyHttpsServer(options: TinyHttpsServerOptions = {}): Promise<TinyHttpsServer> {
  const { key, cert } = await makeCertificate();
  const render = options.render ?? defaultRender;
  const requests: string[] = [];
  const server = https.createServer({ key, cert }, (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = req.url ?? '/';
    requests.push(`${host} ${path}`);
    const html = render(host, path.split('?')[0] ?? '/');
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.listenHost ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    certPem: cert,
    url: (host, path = '/') => `https://${host}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
