// GET /users, GET /users/{id}, POST /users and the simulator-only history endpoint (mctime.md §3.1-3.3, §6).
import type { Router, SimRequest } from '../common/server.js';
import { boolParam, guarded, pageParam, type SimContext } from './context.js';
import { SimHttpError, ok } from './envelope.js';
import { listRow, renderUser } from './render.js';
import { buildUser } from './replace.js';
import { rolesOf, type JsonObject } from './state.js';
import { normaliseBody } from './validate.js';

const USERS_PAGE_SIZE = 20;

const text = (v: unknown) => (typeof v === 'string' ? v : '');
// One collator: String#localeCompare builds one per call (the same default-locale comparison, much slower).
const collator = new Intl.Collator();
/** Simulator choice (the docs are silent): stable order by lastName, firstName, id. */
function byName(a: JsonObject, b: JsonObject): number {
  return (
    collator.compare(text(a.lastName), text(b.lastName)) ||
    collator.compare(text(a.firstName), text(b.firstName)) ||
    collator.compare(text(a.id), text(b.id))
  );
}

function listUsers(ctx: SimContext, req: SimRequest, keyUserId: string) {
  const page = pageParam(req);
  const inactive = boolParam(req, 'inactive');
  const now = ctx.now();
  // Already in list order (filters keep it), so no sort per page.
  const split = ctx.state.visibleByActivity(keyUserId, byName, now);
  let users = inactive ? split.inactive : split.active;
  const ids = req.query.getAll('userIds');
  if (ids.length > 0) {
    for (const id of ids) {
      const u = ctx.state.users.get(id);
      if (u && !ctx.state.canSeeUser(keyUserId, u)) throw new SimHttpError(401, `User not accessible: ${id}`);
    }
    users = users.filter((u) => ids.includes(String(u.id)));
  }
  const roles = req.query.getAll('roles');
  if (roles.length > 0) users = users.filter((u) => rolesOf(u).some((r) => roles.includes(r.role)));
  const orgId = req.query.get('organizationId');
  const orgName = req.query.get('organizationName');
  // organizationId wins over organizationName (mctime.md §3.1).
  const org = orgId
    ? ctx.state.org(orgId)
    : orgName
      ? ctx.state.organizations.find((o) => o.name === orgName)
      : undefined;
  if (orgId && !org) throw new SimHttpError(404, 'Organization not found');
  if (org) {
    if (!ctx.state.scopeOf(keyUserId).has(org.id)) throw new SimHttpError(401, 'Organization not accessible');
    users = users.filter((u) => rolesOf(u).some((r) => r.orgIds.includes(org.id)));
  } else if (orgName) users = [];
  const rows = users.slice((page - 1) * USERS_PAGE_SIZE, page * USERS_PAGE_SIZE).map(listRow);
  return ok({ users: rows }, 'Success');
}

function getUser(ctx: SimContext, req: SimRequest, keyUserId: string) {
  const user = ctx.state.users.get(req.params.id ?? '');
  if (!user) throw new SimHttpError(404, 'User not found');
  if (!ctx.state.canSeeUser(keyUserId, user)) throw new SimHttpError(401, 'User not accessible');
  return ok(renderUser(user, ctx.quirks), 'success');
}

function postUser(ctx: SimContext, req: SimRequest, keyUserId: string) {
  let body: unknown;
  try {
    body = JSON.parse(req.rawBody) as unknown;
  } catch {
    throw new SimHttpError(400, 'Malformed JSON');
  }
  const sent = normaliseBody(body, { strictTimestamps: ctx.strictTimestamps });
  const rctx = { state: ctx.state, keyUserId, now: ctx.now(), duplicateEmail: ctx.duplicateEmail };
  let old: JsonObject | null = null;
  if (typeof sent.id === 'string') {
    old = ctx.state.users.get(sent.id) ?? null;
    if (!old) throw new SimHttpError(404, 'User not found');
    if (!ctx.state.canSeeUser(keyUserId, old)) throw new SimHttpError(401, 'User not accessible');
  } else if (![sent.email, sent.firstName, sent.lastName].some((v) => typeof v === 'string' && v !== ''))
    throw new SimHttpError(400, 'A user needs an email, a firstName or a lastName');
  const { doc, entry } = buildUser(sent, old, rctx);
  ctx.state.users.set(String(doc.id), doc);
  ctx.state.addHistory(String(doc.id), entry);
  return ok(renderUser(doc, ctx.quirks), 'Success');
}

export function addUserRoutes(router: Router, ctx: SimContext): void {
  router.add(
    'GET',
    '/api/v2/auth/users',
    guarded(ctx, (req, key) => listUsers(ctx, req, key)),
  );
  router.add(
    'GET',
    '/api/v2/auth/users/:id',
    guarded(ctx, (req, key) => getUser(ctx, req, key)),
  );
  router.add(
    'POST',
    '/api/v2/auth/users',
    guarded(ctx, (req, key) => postUser(ctx, req, key)),
  );
  // Simulator-only: the audit log of every POST for one user (no auth, not part of McTime).
  router.add('GET', '/__sim/users/:id/history', (req) => {
    const entries = ctx.state.history.get(req.params.id ?? '');
    return entries ? { status: 200, body: entries } : { status: 404, body: { message: 'no such user' } };
  });
}
