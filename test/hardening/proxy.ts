// A tiny node:http proxy in front of a simulator that can replace chosen answers with shapes no simulator
// produces (an object where a list belongs, 401 with an empty body, a redirect to a login page).
import { createServer, request as forward, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

/** Returns a replacement for the answer to (method, path), or undefined to pass the real one through. */
export type Rewrite = (method: string, path: string, real: Answer) => Answer | undefined;

export interface Proxy {
  url: string;
  /** Every request that reached the proxy, as "METHOD /path?query". */
  log: string[];
  close(): Promise<void>;
}

export async function startProxy(target: string, rewrite: Rewrite): Promise<Proxy> {
  const base = new URL(target);
  const log: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = req.method ?? 'GET';
      const path = req.url ?? '/';
      log.push(`${method} ${path}`);
      const headers: IncomingHttpHeaders = { ...req.headers, host: base.host };
      const out = forward({ host: base.hostname, port: base.port, method, path, headers }, (up) => {
        const parts: Buffer[] = [];
        up.on('data', (c: Buffer) => parts.push(c));
        up.on('end', () => {
          const real: Answer = {
            status: up.statusCode ?? 502,
            headers: { 'content-type': String(up.headers['content-type'] ?? '') },
            body: Buffer.concat(parts).toString('utf8'),
          };
          const answer = rewrite(method, path, real) ?? real;
          const extra = { ...answer.headers };
          if (up.headers.authorization && !extra.authorization)
            extra.authorization = String(up.headers.authorization);
          res.writeHead(answer.status, extra);
          res.end(answer.body);
        });
      });
      out.on('error', () => res.destroy());
      out.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  // McTime's base URL carries a path (/api/v2/auth): keep it.
  const url = `http://127.0.0.1:${port}${base.pathname === '/' ? '' : base.pathname}`;
  return { url, log, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
