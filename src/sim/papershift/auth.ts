// Sessions: POST /auth/signin and DELETE /auth/signout at the root (not under /api/v1), plus the current
// identity. Token in the `Authorization: Bearer` response header (papershift.md §2.2).
import { randomBytes } from 'node:crypto';
import type { Handler, Router, SimRequest, SimResponse } from '../common/server.js';
import { authed, authenticate, checkMediaType, open, userById, type Identity, type SimContext } from './context.js';
import { ApiFailure, errorObject, errorResponse, fail, respond } from './jsonapi.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function newToken(identityId: string): string {
  // Looks like a JWT (devise-jwt convention); the simulator only compares it as an opaque string.
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: identityId, jti: randomBytes(8).toString('hex') })}.${randomBytes(24).toString('base64url')}`;
}

/**
 * The sign-in attributes: the documented doubly nested `data.data.attributes` and the plain JSON:API
 * `data.attributes` are both accepted (papershift.md §5). A `type` other than `identity` → 409.
 */
function signInAttributes(req: SimRequest): { email: unknown; password: unknown } {
  let doc: unknown;
  try {
    doc = JSON.parse(req.rawBody || 'null');
  } catch {
    fail(400, 'Bad Request', 'The body is not valid JSON');
  }
  const outer = isRecord(doc) && isRecord(doc.data) ? doc.data : null;
  if (!outer) fail(400, 'Bad Request', 'The document needs a `data` object', { pointer: '/data' });
  if (outer.type !== undefined && outer.type !== 'identity') fail(409, 'Conflict', 'Expected type identity', { pointer: '/data/type' });
  const inner = isRecord(outer.data) ? outer.data : outer;
  const attrs = isRecord(inner.attributes) ? inner.attributes : {};
  return { email: attrs.email, password: attrs.password };
}

function identityResource(ctx: SimContext, who: Identity, withAccounts: boolean) {
  const user = userById(ctx, who.userId)!;
  const attributes: Record<string, unknown> = { email: who.email };
  if (withAccounts) attributes.accounts = [{ name: ctx.state.account.name, user: { id: user.id, name: user.name } }];
  else attributes.last_used_account_id = ctx.state.account.id;
  return { id: who.id, type: 'identity', attributes };
}

/** 5 requests per 20 s per IP on /auth/* (papershift.md §2.5), answered like Rack::Attack: text/plain, no Retry-After. */
function authLimited(ctx: SimContext, handler: Handler): Handler {
  const windows = new Map<string, { start: number; count: number }>();
  return (req) => {
    const limit = ctx.settings.authRateLimit;
    if (limit) {
      const now = Date.now();
      let w = windows.get(req.ip);
      if (!w || now - w.start >= limit.windowMs) windows.set(req.ip, (w = { start: now, count: 0 }));
      if (++w.count > limit.requests) return { status: 429, raw: { text: 'Retry later\n', contentType: 'text/plain' } } satisfies SimResponse;
    }
    return handler(req);
  };
}

export function addAuthRoutes(router: Router, ctx: SimContext): void {
  router.add(
    'POST',
    '/auth/signin',
    authLimited(
      ctx,
      open(ctx, (req) => {
        const { email, password } = signInAttributes(req);
        // Devise compares e-mails case-insensitively; the password exactly.
        const who = ctx.state.identities.find(
          (i) => typeof email === 'string' && i.email.toLowerCase() === email.toLowerCase() && i.password === password,
        );
        if (!who) throw new ApiFailure(401, [errorObject(401, 'Unauthorized', 'Invalid email or password')]);
        const user = userById(ctx, who.userId);
        if (!user || user.status === 'deactivated' || user.discarded_at) {
          throw new ApiFailure(401, [errorObject(401, 'Unauthorized', 'The user of this identity is deactivated')]);
        }
        const token = newToken(who.id);
        ctx.tokens.set(token, who.id);
        return respond(200, { data: identityResource(ctx, who, true) }, { authorization: `Bearer ${token}` });
      }),
    ),
  );
  router.add(
    'DELETE',
    '/auth/signout',
    authLimited(ctx, (req) => {
      try {
        checkMediaType(ctx, req);
        authenticate(ctx, req);
      } catch (err) {
        if (err instanceof ApiFailure) return errorResponse(err.status, err.errors);
        throw err;
      }
      ctx.tokens.delete(/^Bearer (\S+)$/.exec(req.headers.authorization ?? '')![1]!);
      return respond(204);
    }),
  );
  router.add('GET', '/api/v1/identity', authed(ctx, (_req, who) => respond(200, { data: identityResource(ctx, who, false) })));
}
