// The one HTTP client all providers share: undici dispatch() on one keep-alive Agent per system, a p-limit
// concurrency cap, our own retry loop (STACK.md pitfall 5: undici's retry handler drops error bodies, caps
// Retry-After and would retry nothing or too much), re-authentication on 401, and redacted errors.
import { setTimeout as sleep } from 'node:timers/promises';
import pLimit from 'p-limit';
import { createRequire } from 'node:module';
import type { Agent as UndiciAgent, Dispatcher } from 'undici';
import type { ProviderName } from '../model/declarations.js';
import type { AuthStrategy, RawSender } from './auth.js';
import { describeNetworkError, HttpError } from './errors.js';
import { redact } from './redact.js';
import { httpError, interpretAnswer, type AnswerContext, type RawAnswer } from './response.js';
import { backoffMs, parseRetryAfter, shouldRetryNetwork, shouldRetryStatus } from './retry.js';
import type { HttpClient, HttpRequest } from './types.js';

// undici's index loads fetch, WebSocket, caches and mocks as well: 180 ms of CPU at every start, where the
// Agent alone takes 40 (undici has no exports map; this is the module its index re-exports as Agent).
const Agent = createRequire(import.meta.url)('undici/lib/dispatcher/agent.js') as typeof UndiciAgent;

export interface HttpClientOptions {
  system: ProviderName;
  /** Base URL; request paths are appended (it may carry a path, like McTime's /api/v2/auth). */
  baseUrl: string;
  auth: AuthStrategy;
  /** Sent on every request, GET and DELETE included (Papershift requires it). Default application/json. */
  contentType?: string;
  /** More headers for every request (Papershift lists `Accept-Language` among its required ones). */
  headers?: Record<string, string>;
  /** Requests in flight at most, and connections per origin. Default 8. */
  concurrency?: number;
  /** Time allowed for the response headers, and again between body chunks. Default 30000. */
  timeoutMs?: number;
  /** Retries after the first attempt. Default 5. */
  maxRetries?: number;
  /** First backoff step for 5xx / network retries, doubled each time. Default 500. */
  retryBaseMs?: number;
  /** Upper bound of one backoff step. Default 30000. */
  maxDelayMs?: number;
  /** Wait after a 429 without Retry-After (Papershift's rate-limit window). Default 60000. */
  defaultRetryAfterMs?: number;
  /** Wait after a 429 without Retry-After on a sign-in request (Papershift: 5 per 20 s). Default defaultRetryAfterMs. */
  signInRetryAfterMs?: number;
  /** Replaces the client's own Agent (tests: MockAgent). The caller closes it. */
  dispatcher?: Dispatcher;
  /** Receives one redacted line per retry and re-authentication (for --verbose). */
  log?: (line: string) => void;
}

interface Attempt {
  answer?: RawAnswer;
  failure?: { kind: 'network' | 'timeout'; code: string; text: string };
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers))
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/**
 * One exchange through undici's dispatch() with a handler that only collects the body. request() wraps each
 * answer in a Readable stream and its events, which cost 40 % more CPU per request (161 vs 100 µs measured
 * with 26,000 small JSON answers); the whole body is always read here anyway (a socket is freed only then,
 * and error messages need it). The text is decoded like request()'s body.text(): UTF-8, a BOM dropped.
 */
function dispatchOnce(dispatcher: Dispatcher, options: Dispatcher.DispatchOptions): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let status = 0;
    let headers: Record<string, string> = {};
    const handler: Dispatcher.DispatchHandler = {
      // Its presence is what tells undici this handler uses the controller API (without it: "invalid onConnect").
      onRequestStart() {},
      onResponseStart(_controller, statusCode, responseHeaders) {
        status = statusCode;
        headers = flattenHeaders(responseHeaders);
      },
      onResponseData(_controller, chunk) {
        chunks.push(chunk);
      },
      onResponseEnd() {
        const all = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
        const bom = all.length >= 3 && all[0] === 0xef && all[1] === 0xbb && all[2] === 0xbf;
        resolve({ status, headers, text: all.toString('utf8', bom ? 3 : 0) });
      },
      onResponseError(_controller, error) {
        reject(error);
      },
    };
    dispatcher.dispatch(options, handler);
  });
}

/** A clear message for a missing or malformed URL in environment.yaml, instead of undici's "Invalid URL". */
function originOf(system: ProviderName, base: string): { origin: string; prefix: string } {
  try {
    const url = new URL(base);
    // The base URL's own path (McTime's /api/v2/auth) goes before every request path.
    if (url.protocol === 'http:' || url.protocol === 'https:')
      return { origin: url.origin, prefix: url.pathname.replace(/\/+$/, '') };
  } catch {
    // reported below
  }
  throw new Error(`${system}: the URL "${base}" is not a valid http(s) URL; check providers.${system}.url`);
}

export function createHttpClient(opts: HttpClientOptions): HttpClient {
  const concurrency = opts.concurrency ?? 8;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const maxRetries = opts.maxRetries ?? 5;
  const retryBaseMs = opts.retryBaseMs ?? 500;
  const maxDelayMs = opts.maxDelayMs ?? 30_000;
  const defaultRetryAfterMs = opts.defaultRetryAfterMs ?? 60_000;
  const signInRetryAfterMs = opts.signInRetryAfterMs ?? defaultRetryAfterMs;
  const contentType = opts.contentType ?? 'application/json';
  const base = opts.baseUrl.replace(/\/+$/, '');
  const { origin, prefix } = originOf(opts.system, base);
  const ownAgent = opts.dispatcher
    ? undefined
    : new Agent({
        connections: concurrency,
        keepAliveTimeout: 10_000,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        connect: { timeout: Math.min(timeoutMs, 10_000) },
      });
  const dispatcher: Dispatcher = opts.dispatcher ?? (ownAgent as UndiciAgent);
  const limit = pLimit(concurrency);
  const stats = { requests: 0, retries: 0 };
  // Tokens seen in response headers (a sign-in's answer) are secrets too, even before auth knows them.
  const learned = new Set<string>();
  // After a 429 the whole client waits, not just the request that got it: the limit is per client.
  let pausedUntil = 0;
  const accept = [...new Set([contentType, 'application/json'])].join(', ');

  const secrets = (): string[] => [...opts.auth.secrets(), ...learned];
  const log = (line: string): void => opts.log?.(redact(line, secrets()));

  async function attempt(
    req: HttpRequest,
    body: string | undefined,
    auth: Record<string, string>,
  ): Promise<Attempt> {
    stats.requests++;
    try {
      const answer = await dispatchOnce(dispatcher, {
        origin,
        path: prefix + req.path,
        method: req.method,
        headers: { 'content-type': contentType, accept, 'user-agent': 'people', ...opts.headers, ...auth },
        body,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      const token = /^Bearer\s+(\S+)/i.exec(answer.headers.authorization ?? '')?.[1];
      if (token) learned.add(token);
      return { answer };
    } catch (err) {
      return { failure: describeNetworkError(err, origin, timeoutMs) };
    }
  }

  /** Sends until a final answer (retries, re-authentication, 429 pauses); the answer is not interpreted yet. */
  async function exchange(req: HttpRequest, withAuth: boolean): Promise<{ res: RawAnswer; ctx: AnswerContext }> {
    // A string body can be sent again on retry; a stream could not.
    const body =
      req.body === undefined ? undefined : typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
    let retries = 0;
    let reauthenticated = false;
    for (;;) {
      const wait = pausedUntil - Date.now();
      if (wait > 0) await sleep(wait);
      const authHeaders = withAuth ? await opts.auth.headers(raw) : {};
      const { answer, failure } = await attempt(req, body, authHeaders);
      const ctx: AnswerContext = { system: opts.system, req, secrets: secrets(), retries };
      const what = `${opts.system}: ${req.method} ${req.path}`;

      if (failure) {
        if (retries < maxRetries && shouldRetryNetwork(failure.code, req)) {
          const delay = backoffMs(retries, retryBaseMs, maxDelayMs);
          log(`${what} failed: ${failure.text}; retrying in ${delay} ms`);
          retries++;
          stats.retries++;
          await sleep(delay);
          continue;
        }
        throw httpError(ctx, `failed: ${failure.text}`, {
          status: 0,
          kind: failure.kind,
          code: failure.code,
        });
      }
      const res = answer as RawAnswer;
      if (res.status === 401 && withAuth && !reauthenticated && opts.auth.invalidate?.(authHeaders)) {
        log(`${what} answered 401; signing in again`);
        reauthenticated = true;
        stats.retries++;
        continue;
      }
      if (retries < maxRetries && shouldRetryStatus(res.status, req)) {
        let delay: number;
        if (res.status === 429) {
          delay = parseRetryAfter(res.headers['retry-after']) ?? (withAuth ? defaultRetryAfterMs : signInRetryAfterMs);
          // A sign-in has its own, shorter window; the data requests wait for the token anyway.
          if (withAuth) pausedUntil = Math.max(pausedUntil, Date.now() + delay);
        } else {
          delay = backoffMs(retries, retryBaseMs, maxDelayMs);
        }
        log(`${what} answered ${res.status}; retrying in ${delay} ms`);
        retries++;
        stats.retries++;
        await sleep(delay);
        continue;
      }
      return { res, ctx };
    }
  }

  // Sign-in requests run inside the slot of the request that needed them, so they bypass the limit.
  const raw: RawSender = async (req) => {
    const { res, ctx } = await exchange(req, false);
    return interpretAnswer(res, ctx);
  };

  return {
    system: opts.system,
    concurrency,
    stats,
    async send(req) {
      const { res, ctx } = await limit(() => exchange(req, true));
      // The slot is free once the body is in. The JSON (and whatever the caller does with it) waits for the
      // check phase, after every answer that arrived with this one has sent its slot's next request: answers
      // come in bursts, and parsing each before the next goes out kept the server idle for the whole burst.
      await new Promise<void>((resolve) => setImmediate(resolve));
      return interpretAnswer(res, ctx);
    },
    async close() {
      await ownAgent?.close();
    },
  };
}

export { HttpError };
