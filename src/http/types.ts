// The one HTTP layer all providers share. Implemented with undici in src/http/client.ts.
import type { ProviderName } from '../model/declarations.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  method: HttpMethod;
  /** Path below the system's base URL, may include a query string. */
  path: string;
  body?: unknown;
  /** Safe to repeat after a 5xx / network error / timeout (GET, PUT, DELETE, full-replace POST). 429 is always retried. */
  idempotent?: boolean;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  /** Parsed JSON, or undefined for an empty body. */
  body: unknown;
}

export interface HttpClient {
  readonly system: ProviderName;
  /** Requests it keeps in flight at most. */
  readonly concurrency: number;
  /** Sends one request with auth, retries, timeouts and the concurrency limit. Throws HttpError for any status >= 400. */
  send(req: HttpRequest): Promise<HttpResponse>;
  /** Requests sent so far (for benchmarks and tests). */
  readonly stats: { requests: number; retries: number };
  close(): Promise<void>;
}
