// Retry policy. 429 means the server did nothing, so every method is retried. 5xx, resets and timeouts may
// come after the server acted: only requests that are safe to repeat are retried (a POST create could
// otherwise be made twice — STACK.md pitfall 5).
import type { HttpRequest } from './types.js';

const RETRY_STATUSES = new Set([500, 502, 503, 504]);
/** Failures where the server never saw the request or that indicate a bad setup, not a passing problem. */
const NOT_TRANSIENT = new Set(['ENOTFOUND', 'UND_ERR_INVALID_ARG', 'UND_ERR_NOT_SUPPORTED']);

export function isRepeatable(req: HttpRequest): boolean {
  return req.idempotent === true || req.method === 'GET';
}

export function shouldRetryStatus(status: number, req: HttpRequest): boolean {
  return status === 429 || (RETRY_STATUSES.has(status) && isRepeatable(req));
}

export function shouldRetryNetwork(code: string, req: HttpRequest): boolean {
  return isRepeatable(req) && !NOT_TRANSIENT.has(code) && !/CERT|SSL|TLS/.test(code);
}

/** A bogus or enormous Retry-After must not hang a run: beyond this we wait this long and try again. */
export const MAX_RETRY_AFTER_MS = 5 * 60_000;

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const v = value.trim();
  const ms = /^\d+(\.\d+)?$/.test(v) ? Number(v) * 1000 : Date.parse(v) - now;
  if (Number.isNaN(ms)) return undefined;
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so that the clients of one
 * run that failed together do not retry in lockstep. `attempt` counts from 0.
 */
export function backoffMs(
  attempt: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const step = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(step / 2 + (random() * step) / 2);
}
