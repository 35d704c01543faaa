// A minimal node:http server for the API simulators: a router, per-request knobs (latency, rate limit,
// injected faults) and a request log. Each simulator adds its own routes and state.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface SimRequest {
  method: string;
  /** Path without the query string, URL-decoded per segment by the router. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  rawBody: string;
  params: Record<string, string>;
  ip: string;
}

export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON body (serialised with JSON.stringify); use `raw` for anything else. */
  body?: unknown;
  raw?: { text: string; contentType: string };
}

export type Handler = (req: SimRequest) => SimResponse | Promise<SimResponse>;

export interface Fault {
  /**
   * What to do: answer with `status` (default 500), reset the connection, delay, send a broken body, or answer
   * with `body` as JSON (status default 200: a system that says "failed" inside a successful answer).
   */
  kind: 'status' | 'reset' | 'slow' | 'html' | 'truncated' | 'body';
  status?: number;
  /** Fire with this probability (0..1, seeded PRNG). */
  probability?: number;
  /** Fire on exactly these request numbers (1-based, counting requests that reach the fault check). */
  nth?: number[];
  method?: string;
  /** Only for paths starting with this. */
  pathPrefix?: string;
  /** For `body`: the JSON answer. */
  body?: unknown;
  /** For `slow`: extra delay in ms. */
  delayMs?: number;
  /** Stop after firing this many times. */
  times?: number;
  /** Apply the fault after the handler ran (the write happened, the answer is lost). Default: before. */
  after?: boolean;
  fired?: number;
}

export interface RateLimit {
  requests: number;
  windowMs: number;
  /** Seconds for the Retry-After header; null sends none. */
  retryAfterSec: number | null;
  /** Body of the 429 answer (default: text/plain "Retry later"). */
  body?: SimResponse;
}

export interface Knobs {
  latencyMs: number;
  /** Requests processed at once; more wait (models a server with limited workers). 0 = unlimited. */
  maxConcurrent: number;
  rateLimit: RateLimit | null;
  faults: Fault[];
  seed: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  body: unknown;
  status: number;
  /** When the answer was sent (ms since the epoch): lets the bench see where a run's wall time went. */
  at: number;
}

export interface SimServerHandle {
  readonly url: string;
  readonly port: number;
  readonly knobs: Knobs;
  readonly log: LoggedRequest[];
  close(): Promise<void>;
}

interface Route {
  method: string;
  parts: string[];
  handler: Handler;
}

export class Router {
  private readonly routes: Route[] = [];
  add(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, parts: pattern.split('/').filter(Boolean), handler });
    return this;
  }
  /** The handler and params, 'method' when the path exists with other methods, or null. */
  match(method: string, path: string): { handler: Handler; params: Record<string, string> } | 'method' | null {
    const segs = path.split('/').filter(Boolean);
    let pathMatched = false;
    for (const r of this.routes) {
      if (r.parts.length !== segs.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < r.parts.length; i++) {
        const p = r.parts[i]!;
        const s = segs[i]!;
        if (p.startsWith(':')) params[p.slice(1)] = safeDecode(s);
        else if (p !== s) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      pathMatched = true;
      if (r.method === method) return { handler: r.handler, params };
    }
    return pathMatched ? 'method' : null;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Deterministic PRNG so that probabilistic faults are reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface SimServerOptions {
  port?: number;
  knobs?: Partial<Knobs>;
  /** Answer for a path no route knows. */
  notFound: (req: SimRequest) => SimResponse;
  /** Answer for a known path with another method. */
  methodNotAllowed: (req: SimRequest) => SimResponse;
  /** Answer for an unexpected exception in a handler. */
  internalError: (req: SimRequest) => SimResponse;
}

export async function startSimServer(router: Router, opts: SimServerOptions): Promise<SimServerHandle> {
  const knobs: Knobs = { latencyMs: 0, maxConcurrent: 0, rateLimit: null, faults: [], seed: 1, ...opts.knobs };
  const log: LoggedRequest[] = [];
  const random = mulberry32(knobs.seed);
  let counter = 0;
  let windowStart = Date.now();
  let windowCount = 0;
  let active = 0;
  const waiting: Array<() => void> = [];
  const sockets = new Set<Socket>();

  const pickFault = (req: SimRequest, after: boolean): Fault | undefined =>
    knobs.faults.find((f) => {
      if (Boolean(f.after) !== after) return false;
      if (f.method && f.method !== req.method) return false;
      if (f.pathPrefix && !req.path.startsWith(f.pathPrefix)) return false;
      if (f.times !== undefined && (f.fired ?? 0) >= f.times) return false;
      if (f.nth && !f.nth.includes(counter)) return false;
      if (f.probability !== undefined && random() >= f.probability) return false;
      return true;
    });

  const send = (res: ServerResponse, req: SimRequest, out: SimResponse, parsedBody: unknown) => {
    log.push({ method: req.method, path: req.path, query: req.query.toString(), body: parsedBody, status: out.status, at: Date.now() });
    if (out.raw) {
      res.writeHead(out.status, { 'content-type': out.raw.contentType, ...out.headers });
      res.end(out.raw.text);
    } else if (out.body === undefined) {
      res.writeHead(out.status, { ...out.headers });
      res.end();
    } else {
      res.writeHead(out.status, { 'content-type': 'application/json', ...out.headers });
      res.end(JSON.stringify(out.body));
    }
  };

  const applyFault = async (fault: Fault, res: ServerResponse, req: SimRequest, parsedBody: unknown): Promise<boolean> => {
    fault.fired = (fault.fired ?? 0) + 1;
    switch (fault.kind) {
      case 'reset':
        log.push({ method: req.method, path: req.path, query: req.query.toString(), body: parsedBody, status: 0, at: Date.now() });
        res.socket?.destroy();
        return true;
      case 'slow':
        await sleep(fault.delayMs ?? 1000);
        return false;
      case 'html':
        send(res, req, { status: fault.status ?? 502, raw: { text: '<html><body><h1>502 Bad Gateway</h1></body></html>', contentType: 'text/html' } }, parsedBody);
        return true;
      case 'truncated':
        send(res, req, { status: fault.status ?? 200, raw: { text: '{"items": [{"data": {"id"', contentType: 'application/json' } }, parsedBody);
        return true;
      case 'status':
        send(res, req, { status: fault.status ?? 500, body: { code: fault.status ?? 500, message: 'Injected fault' } }, parsedBody);
        return true;
      case 'body':
        send(res, req, { status: fault.status ?? 200, body: fault.body }, parsedBody);
        return true;
    }
  };

  /** The same answer with its JSON already written out (send() would write the identical headers and text). */
  const serialised = (out: SimResponse): SimResponse =>
    out.raw || out.body === undefined
      ? out
      : { status: out.status, headers: out.headers, raw: { text: JSON.stringify(out.body), contentType: 'application/json' } };

  const route = async (req: SimRequest): Promise<SimResponse> => {
    const m = router.match(req.method, req.path);
    if (m === null) return opts.notFound(req);
    if (m === 'method') return opts.methodNotAllowed(req);
    req.params = m.params;
    try {
      return await m.handler(req);
    } catch (err) {
      console.error(`simulator: handler failed for ${req.method} ${req.path}:`, err);
      return opts.internalError(req);
    }
  };

  const server: Server = createServer((inReq, res) => {
    const chunks: Buffer[] = [];
    inReq.on('data', (c: Buffer) => chunks.push(c));
    inReq.on('end', () => {
      void (async () => {
        const url = new URL(inReq.url ?? '/', 'http://sim');
        const rawBody = Buffer.concat(chunks).toString('utf8');
        let parsedBody: unknown = rawBody;
        try {
          parsedBody = rawBody ? JSON.parse(rawBody) : undefined;
        } catch {
          /* logged as text */
        }
        const req: SimRequest = {
          method: inReq.method ?? 'GET',
          path: url.pathname,
          query: url.searchParams,
          headers: inReq.headers,
          rawBody,
          params: {},
          ip: inReq.socket.remoteAddress ?? '127.0.0.1',
        };
        counter++;
        if (knobs.maxConcurrent > 0 && active >= knobs.maxConcurrent) await new Promise<void>((r) => waiting.push(r));
        active++;
        try {
          // A read is answered from the state it arrived at; working it out before the latency (rather than
          // after) keeps the simulator's own CPU out of the answer time, as on a server with spare cores.
          // Writes still run after it, so a fault "before the write" and slow writes keep their meaning.
          const early = req.method === 'GET' && knobs.latencyMs > 0 ? serialised(await route(req)) : undefined;
          if (knobs.latencyMs > 0) await sleep(knobs.latencyMs);
          if (knobs.rateLimit) {
            const now = Date.now();
            if (now - windowStart >= knobs.rateLimit.windowMs) {
              windowStart = now;
              windowCount = 0;
            }
            windowCount++;
            if (windowCount > knobs.rateLimit.requests) {
              const rl = knobs.rateLimit;
              const headers: Record<string, string> = rl.retryAfterSec !== null ? { 'retry-after': String(rl.retryAfterSec) } : {};
              const out = rl.body ?? { status: 429, raw: { text: 'Retry later\n', contentType: 'text/plain' } };
              send(res, req, { ...out, status: 429, headers: { ...out.headers, ...headers } }, parsedBody);
              return;
            }
          }
          const before = pickFault(req, false);
          if (before && (await applyFault(before, res, req, parsedBody))) return;
          const out = early ?? (await route(req));
          const after = pickFault(req, true);
          if (after && (await applyFault(after, res, req, parsedBody))) return;
          send(res, req, out, parsedBody);
        } finally {
          active--;
          waiting.shift()?.();
        }
      })();
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    knobs,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
