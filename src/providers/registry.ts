// Maps a system name to its provider and to an HTTP client built from the environment's connection settings.
import { createHttpClient } from '../http/index.js';
import type { HttpClient } from '../http/types.js';
import type { ProviderName } from '../model/declarations.js';
import type { Provider } from '../model/provider.js';
import { kimaiAuth, kimaiProvider } from './kimai/index.js';
import { mctimeAuth, mctimeProvider } from './mctime/index.js';
import { PAPERSHIFT_WIRE } from './papershift/api.js';
import { papershiftAuth, papershiftProvider } from './papershift/index.js';

/** Connection settings after ${NAME} substitution (or a simulator's URL and credentials). */
export interface Connection {
  url?: string;
  token?: string;
  email?: string;
  password?: string;
  apiKey?: string;
  concurrency?: number;
  timeoutMs?: number;
  retries?: number;
}

/**
 * Requests in flight per system unless the environment's `concurrency` says otherwise. McTime documents no limits
 * and advises keeping it low, at most 4 (mctime.md §7.14); Papershift allows 300 a minute, Kimai states none.
 */
const DEFAULT_CONCURRENCY: Record<ProviderName, number> = { kimai: 8, papershift: 8, mctime: 4 };

export function providerFor(name: ProviderName): Provider {
  switch (name) {
    case 'kimai':
      return kimaiProvider;
    case 'papershift':
      return papershiftProvider;
    case 'mctime':
      return mctimeProvider;
  }
}

export function connectProvider(name: ProviderName, conn: Connection, log?: (line: string) => void): HttpClient {
  const common = {
    system: name,
    baseUrl: conn.url ?? '',
    concurrency: conn.concurrency ?? DEFAULT_CONCURRENCY[name],
    timeoutMs: conn.timeoutMs,
    maxRetries: conn.retries,
    log,
  };
  switch (name) {
    case 'kimai':
      return createHttpClient({ ...common, auth: kimaiAuth({ token: conn.token ?? '' }) });
    case 'papershift':
      return createHttpClient({
        ...common,
        ...PAPERSHIFT_WIRE,
        // papershift.md §2.5: 300 requests a minute in general, 5 sign-ins per 20 s; 429s carry no Retry-After.
        defaultRetryAfterMs: 60_000,
        signInRetryAfterMs: 20_000,
        auth: papershiftAuth({ email: conn.email ?? '', password: conn.password ?? '' }),
      });
    case 'mctime':
      return createHttpClient({ ...common, auth: mctimeAuth(conn.apiKey ?? '') });
  }
}
