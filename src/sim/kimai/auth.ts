// Authentication (kimai.md §2): Bearer tokens, plus the deprecated X-AUTH-USER/X-AUTH-TOKEN pair that 2.66.0-dev
// still accepts. Runs after routing, as Symfony's router listener runs before the firewall (unknown path = 404).
import type { Handler, SimRequest, SimResponse } from '../common/server.js';
import { decodeBody, type Decoded } from './decode.js';
import { httpError } from './errors.js';
import { can } from './perms.js';
import type { PluginOptions } from './prefs.js';
import type { KimaiState, SimUser } from './state.js';

export interface KimaiContext {
  state: KimaiState;
  plugins: PluginOptions;
}

export type AuthedHandler = (req: SimRequest, caller: SimUser) => SimResponse;
export type Wrap = (h: AuthedHandler) => Handler;

/** RFC 6750 b64token after the case-sensitive `Bearer ` prefix; anything else is "no credentials". */
const BEARER = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/;

function invalidToken(description: string): SimResponse {
  return { status: 401, headers: { 'www-authenticate': `Bearer error="invalid_token",error_description="${description}"` } };
}

const LEGACY_WINDOW_MS = 60_000;
const LEGACY_MAX_FAILURES = 5;

export function createAuth(ctx: KimaiContext): Wrap {
  const legacyFailures = new Map<string, number[]>();

  const legacy = (req: SimRequest, user: string, token: string): SimUser | SimResponse => {
    const now = Date.now();
    const recent = (legacyFailures.get(req.ip) ?? []).filter((t) => now - t < LEGACY_WINDOW_MS);
    legacyFailures.set(req.ip, recent);
    // old_api_tokens limiter: 5 failures a minute per IP, then 400 (kimai.md §2.2).
    if (recent.length >= LEGACY_MAX_FAILURES) return httpError(400);
    const found = ctx.state.byName(user);
    if (!found || !found.enabled || found.apiPassword === null || found.apiPassword !== token) {
      recent.push(now);
      return { status: 403, body: { message: 'Invalid credentials' } };
    }
    return found;
  };

  const authenticate = (req: SimRequest): SimUser | SimResponse => {
    const header = req.headers.authorization;
    const m = typeof header === 'string' ? BEARER.exec(header) : null;
    if (m) {
      const user = ctx.state.byToken(m[1]!);
      if (!user) return invalidToken('Invalid credentials.');
      if (!user.enabled) return invalidToken('Account is disabled.');
      return user;
    }
    const xu = req.headers['x-auth-user'];
    const xt = req.headers['x-auth-token'];
    if (typeof xu === 'string' && typeof xt === 'string') return legacy(req, xu, xt);
    return httpError(401);
  };

  return (handler) => (req) => {
    // `{id}` routes require \d+: a non-numeric id matches no route (404); `/me` exists only for GET (405).
    const id = req.params.id;
    if (id !== undefined && !/^\d+$/.test(id)) return httpError(id === 'me' && req.path === '/api/users/me' ? 405 : 404);
    const who = authenticate(req);
    if ('status' in who) return who;
    return handler(req, who);
  };
}

/**
 * The first steps both PATCH routes take, in Kimai's order (kimai.md §3.4, §3.5): the user by id (404), the
 * caller's `edit` permission on it (403 — the preferences route checks nothing more), then the body (400).
 */
export function editRequest(
  ctx: KimaiContext,
  req: SimRequest,
  caller: SimUser,
): { target: SimUser; body: Extract<Decoded, { ok: true }> } | SimResponse {
  const target = ctx.state.users.get(Number(req.params.id));
  if (!target) return httpError(404);
  if (!can(caller, 'edit', target)) return httpError(403);
  const body = decodeBody(req);
  if (!body.ok) return httpError(400);
  return { target, body };
}
