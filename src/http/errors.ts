// HttpError: the one error type the HTTP layer throws. Its message is complete and already redacted, so
// callers print it as is; the fields let apply decide what a failure means (status 0: no answer at all).
import type { ProviderName } from '../model/declarations.js';
import type { HttpMethod } from './types.js';

/**
 * - `status`: the server answered >= 400 (or the final 429/5xx after retries);
 * - `network`: no answer (refused, reset, DNS) — status 0;
 * - `timeout`: no (complete) answer in time — status 0; a create may or may not have happened;
 * - `redirect`: 3xx, which an API never should send (wrong URL, login page);
 * - `format`: the answer was not the JSON we expected.
 */
export type HttpErrorKind = 'status' | 'network' | 'timeout' | 'redirect' | 'format';

export interface HttpErrorInit {
  system: ProviderName;
  method: HttpMethod;
  path: string;
  status: number;
  kind: HttpErrorKind;
  apiMessage?: string;
  body?: unknown;
  /** undici / Node error code for network failures (ECONNRESET, UND_ERR_HEADERS_TIMEOUT, …). */
  code?: string;
  /** Retries spent before this answer: an earlier attempt may have taken effect. */
  retries?: number;
}

export class HttpError extends Error {
  readonly system: ProviderName;
  readonly method: HttpMethod;
  readonly path: string;
  /** HTTP status, or 0 when no answer arrived. */
  readonly status: number;
  readonly kind: HttpErrorKind;
  readonly apiMessage?: string;
  /** Parsed error body (redacted), when there was one. */
  readonly body?: unknown;
  readonly code?: string;
  readonly retries: number;

  constructor(message: string, init: HttpErrorInit) {
    super(message);
    this.name = 'HttpError';
    this.system = init.system;
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
    this.kind = init.kind;
    this.apiMessage = init.apiMessage;
    this.body = init.body;
    this.code = init.code;
    this.retries = init.retries ?? 0;
  }

  /** True when the request may have taken effect although it failed (5xx, timeout, reset): look before resending. */
  get outcomeUnknown(): boolean {
    return (
      this.kind === 'timeout' ||
      (this.kind === 'network' && this.code !== 'ECONNREFUSED' && this.code !== 'ENOTFOUND') ||
      this.status >= 500
    );
  }
}

function errorCode(err: unknown): string | undefined {
  if (err === null || typeof err !== 'object') return undefined;
  const e = err as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string') return e.code;
  // Node 20 reports "localhost" connect failures (IPv4 + IPv6 tried) as an AggregateError.
  if (Array.isArray(e.errors) && e.errors.length) return errorCode(e.errors[0]);
  return errorCode(e.cause);
}

export interface NetworkFailure {
  kind: 'network' | 'timeout';
  code: string;
  text: string;
}

/** Plain-language description of a failure that produced no usable answer. */
export function describeNetworkError(err: unknown, origin: string, timeoutMs: number): NetworkFailure {
  const code = errorCode(err) ?? 'UNKNOWN';
  const raw = err instanceof Error ? err.message : String(err);
  switch (code) {
    case 'ECONNREFUSED':
      return { kind: 'network', code, text: `connection refused (${origin})` };
    case 'ECONNRESET':
      return { kind: 'network', code, text: `connection reset by the server (${origin})` };
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH':
      return {
        kind: 'network',
        code,
        text: `connection closed by the server before the answer was complete (${origin})`,
      };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { kind: 'network', code, text: `host not found (${origin})` };
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return { kind: 'timeout', code, text: `timed out connecting to ${origin}` };
    case 'UND_ERR_HEADERS_TIMEOUT':
      return {
        kind: 'timeout',
        code,
        text: `timed out after ${timeoutMs} ms waiting for an answer (${origin})`,
      };
    case 'UND_ERR_BODY_TIMEOUT':
      return {
        kind: 'timeout',
        code,
        text: `timed out after ${timeoutMs} ms reading the answer (${origin})`,
      };
    default:
      if (/CERT|SSL|TLS/.test(code))
        return { kind: 'network', code, text: `TLS problem: ${raw} (${origin})` };
      return { kind: 'network', code, text: `${raw || code} (${origin})` };
  }
}
