// The one HTTP client all providers share: undici request() on one keep-alive Agent per system, a p-limit
// concurrency cap, our own retry loop (STACK.md pitfall 5: undici's retry handler drops error bodies, caps
// Retry-After and would retry nothing or too much), re-authentication on 401, and redacted errors.
import { setTimeout as sleep } from 'node:timers/promises';
import pLimit from 'p-limit';
import { Agent, request, type Dispatcher } from 'undici';
import type { ProviderName } from '../model/declarations.js';
import type { AuthStrategy, RawSender } from './auth.js';
import { describeNetworkError, HttpError } from './errors.js';
import { redact } from './redact.js';
import { httpError, interpretAnswer, type AnswerContext, type RawAnswer } from './response.js';
import { backoffMs, parseRetryAfter, shouldRetryNetwork, shouldRetryStatus } from './retry.js';
import type { HttpClient, HttpRequest } from './types.js';

export interface HttpClientOptions {
  system: ProviderName;
  /** Base URL; request paths are appended (it may carry a path, like McTime's /api/v2/auth). */
  baseUrl: string;
  auth: AuthStrategy;
  /** Sent on every request, GET and DELETE included (Papershift requires it). Default application/json. */
  contentType?: string;
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

/** A clear message for a missing or malformed URL in environment.yaml, instead of undici's "Invalid URL". */
function originOf(system: ProviderName, base: string): string {
  try {
    const url = new URL(base);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
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
  const origin = originOf(opts.system, base);
  const ownAgent = opts.dispatcher
    ? undefined
    : new Agent({
        connections: concurrency,
        keepAliveTimeout: 10_000,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        connect: { timeout: Math.min(timeoutMs, 10_000) },
      });
  const dispatcher: Dispatcher = opts.dispatcher ?? (ownAgent as Agent);
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
      const res = await request(base + req.path, {
        dispatcher,
        method: req.method,
        headers: { 'content-type': contentType, accept, 'user-agent': 'people', ...auth },
        body,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      // Always read the whole body: an unread body keeps its socket (and we need error messages anyway).
      const text = await res.body.text();
      const headers = flattenHeaders(res.headers);
      const token = /^Bearer\s+(\S+)/i.exec(headers.authorization ?? '')?.[1];
      if (token) learned.add(token);
      return { answer: { status: res.statusCode, headers, text } };
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
