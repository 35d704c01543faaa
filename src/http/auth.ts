// How a client authenticates. Static keys (Kimai, McTime) are one header; Papershift signs in with e-mail
// and password and gets a token back in a response header, which expires at some undocumented point: a 401
// then means "sign in again", once.
import type { HttpRequest, HttpResponse } from './types.js';

/**
 * Sends a request without auth headers and outside the concurrency limit (it runs inside a slot already).
 * 429 is retried as usual; answers >= 400 throw HttpError. `headers` keeps every response header, lower-case,
 * so that a sign-in can read its token from `authorization`.
 */
export type RawSender = (req: HttpRequest) => Promise<HttpResponse>;

export interface AuthStrategy {
  /** Headers for the next request; may sign in through `raw` first. */
  headers(raw: RawSender): Promise<Record<string, string>>;
  /**
   * Called on a 401 with the headers that request carried. Returns true when signing in again may help (the
   * client then retries once), false for static credentials, where a 401 is final.
   */
  invalidate?(used?: Record<string, string>): boolean;
  /** Values that must never appear in messages or logs (token, password, current session token). */
  secrets(): string[];
}

/** `Authorization: Bearer <token>` (Kimai API tokens). */
export function bearerAuth(token: string): AuthStrategy {
  const headers = { authorization: `Bearer ${token}` };
  return { headers: async () => headers, secrets: () => [token] };
}

/** One fixed header, e.g. McTime's `API_KEY: <key>`. */
export function headerAuth(name: string, value: string): AuthStrategy {
  const headers = { [name]: value };
  return { headers: async () => headers, secrets: () => [value] };
}

export interface SessionAuthOptions {
  /** Signs in and returns the session token (with or without a leading "Bearer "). */
  signIn(raw: RawSender): Promise<string>;
  /** Credentials used by signIn (the password), redacted like the token. */
  secrets: string[];
}

/**
 * A Bearer session obtained by signing in (Papershift). Concurrent requests share one sign-in; after a 401
 * the token is dropped and the next request signs in again — but only if the failed request used the current
 * token, so that a burst of 401s from one expired token causes one sign-in, not one per request (Papershift
 * allows only 5 auth requests per 20 s).
 */
export function sessionAuth(opts: SessionAuthOptions): AuthStrategy {
  let session: Promise<string> | undefined;
  let token: string | undefined;
  const signIn = (raw: RawSender): Promise<string> => {
    const p = opts.signIn(raw).then((t) => (token = t.replace(/^Bearer\s+/i, '')));
    // A failed sign-in is not cached: the next request tries again (and reports its own error).
    p.catch(() => {
      if (session === p) session = undefined;
    });
    return p;
  };
  return {
    async headers(raw) {
      session ??= signIn(raw);
      return { authorization: `Bearer ${await session}` };
    },
    invalidate(used) {
      const usedToken = used?.authorization?.replace(/^Bearer\s+/i, '');
      if (usedToken === undefined || usedToken === token) {
        session = undefined;
        token = undefined;
      }
      return true;
    },
    secrets: () => (token ? [...opts.secrets, token] : [...opts.secrets]),
  };
}

/** The token of a sign-in answer's `Authorization: Bearer <token>` response header. */
export function bearerFromResponse(res: HttpResponse): string {
  const m = /^Bearer\s+(\S+)/i.exec(res.headers.authorization ?? '');
  if (!m?.[1]) throw new Error(`sign-in answered ${res.status} without an "Authorization: Bearer …" header`);
  return m[1];
}
