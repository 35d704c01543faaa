// Users: list/show/create/update, soft delete, invite and deactivate (papershift.md §3.1). The Users reference
// page was never retrieved, so CRUD paths and attributes follow the recommended assumptions of §7.
import type { Router, SimRequest } from '../common/server.js';
import { authed, userById, type SimContext } from './context.js';
import { checkAttributes, collection, fail, invalid, parseBody, parseInclude, queryCollection, respond, throwIfAny, type ErrorObject, type Resource } from './jsonapi.js';
import { newId, nowIso, type PapershiftState } from './state.js';

type User = PapershiftState['users'][number];

export const USER_FIELDS = ['id', 'name', 'email', 'status', 'account_id', 'discarded_at'] as const;
const READ_ONLY = ['status', 'account_id', 'discarded_at'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function userResource(ctx: SimContext, u: User): Resource {
  return {
    id: u.id,
    type: 'user',
    attributes: { name: u.name, email: u.email, status: u.status, account_id: ctx.state.account.id, discarded_at: u.discarded_at },
  };
}

/** The user named in the URL, or 404 (also for a user of another account: there is only one here). */
export function findUser(ctx: SimContext, id: string | undefined): User {
  const u = userById(ctx, id);
  if (!u) fail(404, 'Not Found', `No user ${id}`);
  return u;
}

/** Like findUser, but a soft-deleted user cannot be written to any more. */
export function liveUser(ctx: SimContext, id: string | undefined): User {
  const u = findUser(ctx, id);
  if (u.discarded_at) fail(404, 'Not Found', `User ${id} was deleted`);
  return u;
}

/** Hides discarded records when the switch says so and the request does not filter on discarded_at itself. */
export function visible<T extends { discarded_at: string | null }>(ctx: SimContext, req: SimRequest, items: T[]): T[] {
  const asks = [...req.query.keys()].some((k) => k.startsWith('filter[discarded_at'));
  return ctx.settings.hideDiscarded && !asks ? items.filter((i) => !i.discarded_at) : items;
}

/** name required and not blank; email optional, valid, unique in the account ignoring case (§7: the stricter choice). */
function validate(ctx: SimContext, attrs: Record<string, unknown>, self: User | null): { name?: string; email?: string | null } {
  const errors: ErrorObject[] = [];
  const out: { name?: string; email?: string | null } = {};
  if ('name' in attrs || !self) {
    if (typeof attrs.name !== 'string' || attrs.name.trim() === '') errors.push(invalid('/data/attributes/name', 'must be set'));
    else out.name = attrs.name;
  }
  if ('email' in attrs) {
    const e = attrs.email;
    if (e === null || e === '') out.email = null;
    else if (typeof e !== 'string' || !EMAIL.test(e)) errors.push(invalid('/data/attributes/email', 'is invalid'));
    else if (ctx.state.users.some((u) => u !== self && !u.discarded_at && u.email?.toLowerCase() === e.toLowerCase())) {
      errors.push(invalid('/data/attributes/email', 'has already been taken'));
    } else out.email = e;
  }
  throwIfAny(errors);
  return out;
}

function show(ctx: SimContext, u: User, status = 200) {
  return respond(status, { data: userResource(ctx, u) });
}

/** A lifecycle action that does not fit the user's status → 422 (undocumented; the stricter choice). */
function wrongStatus(u: User, action: string): never {
  return fail(422, 'Unprocessable Entity', `Cannot ${action} a user with status ${u.status}`, { pointer: '/data/attributes/status' });
}

export function addUserRoutes(router: Router, ctx: SimContext): void {
  const { state } = ctx;
  router.add(
    'GET',
    '/api/v1/users',
    authed(ctx, (req) => {
      parseInclude(req.query, []);
      const items = queryCollection(
        visible(ctx, req, state.users).map((u) => userResource(ctx, u)),
        req.query,
        USER_FIELDS,
      );
      return respond(200, collection(items, [], req, ctx.origin(), { pageSize: ctx.settings.pageSize }));
    }),
  );
  router.add('GET', '/api/v1/users/:id', authed(ctx, (req) => show(ctx, findUser(ctx, req.params.id))));
  router.add(
    'POST',
    '/api/v1/users',
    authed(ctx, (req) => {
      const attrs = checkAttributes(parseBody(req, 'user').attributes, ['name', 'email'], READ_ONLY);
      const v = validate(ctx, attrs, null);
      // papershift.md §3.1: creating needs only a name; new users start as `created`.
      const u: User = { id: newId(), name: v.name!, email: v.email ?? null, status: 'created', discarded_at: null, invitation_accepted: false };
      state.users.push(u);
      return show(ctx, u, 201);
    }),
  );
  router.add(
    'PUT',
    '/api/v1/users/:id',
    authed(ctx, (req) => {
      const u = liveUser(ctx, req.params.id);
      const attrs = checkAttributes(parseBody(req, 'user', u.id).attributes, ['name', 'email'], READ_ONLY);
      Object.assign(u, validate(ctx, attrs, u));
      return show(ctx, u);
    }),
  );
  // Soft delete (papershift.md §1: Pulse never hard-deletes); answers 200 with the record (§2.8).
  router.add(
    'DELETE',
    '/api/v1/users/:id',
    authed(ctx, (req) => {
      const u = liveUser(ctx, req.params.id);
      u.discarded_at = nowIso();
      return show(ctx, u);
    }),
  );
  router.add(
    'POST',
    '/api/v1/users/:id/invite',
    authed(ctx, (req) => {
      const u = liveUser(ctx, req.params.id);
      if (!u.email) fail(422, 'Unprocessable Entity', 'An invitation needs an e-mail address', { pointer: '/data/attributes/email' });
      if (u.status !== 'created' && u.status !== 'invited') wrongStatus(u, 'invite');
      u.status = 'invited';
      return show(ctx, u);
    }),
  );
  router.add(
    'DELETE',
    '/api/v1/users/:id/invite',
    authed(ctx, (req) => {
      const u = liveUser(ctx, req.params.id);
      if (u.status !== 'invited') wrongStatus(u, 'revoke the invitation of');
      u.status = 'created';
      return show(ctx, u);
    }),
  );
  router.add(
    'POST',
    '/api/v1/users/:id/deactivate',
    authed(ctx, (req) => {
      const u = liveUser(ctx, req.params.id);
      if (u.status === 'deactivated') wrongStatus(u, 'deactivate');
      // Deactivating an invited user revokes the invitation (§3.1): reactivation then gives `created`.
      u.status = 'deactivated';
      return show(ctx, u);
    }),
  );
  router.add(
    'DELETE',
    '/api/v1/users/:id/deactivate',
    authed(ctx, (req) => {
      const u = liveUser(ctx, req.params.id);
      if (u.status !== 'deactivated') wrongStatus(u, 'reactivate');
      u.status = u.invitation_accepted ? 'active' : 'created';
      return show(ctx, u);
    }),
  );
}
