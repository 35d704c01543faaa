// GET/POST /api/users, GET /api/users/{id}, GET /api/users/me, PATCH /api/users/{id} (kimai.md §3.1–§3.4).
import type { Router } from '../common/server.js';
import { editRequest, type AuthedHandler, type KimaiContext, type Wrap } from './auth.js';
import { decodeBody, isFormObject, type FormValue } from './decode.js';
import { EXTRA_FIELDS, formError, httpError, ok } from './errors.js';
import { CREATE_FIELDS, submit } from './forms.js';
import { can, canAssignRole, canCreateUsers, canListUsers } from './perms.js';
import { registry, storedVisible, visible } from './prefs.js';
import { collectionShape, entityShape } from './serialize.js';
import { CONTRACT_DEFAULTS, newUser, type SimUser } from './state.js';
import { matchesTerm } from './term.js';

/** FOSRest strict QueryParams: a value outside the requirement is 400; unknown params (page, size) are ignored. */
const QUERY_RULES: Record<string, RegExp> = {
  visible: /^[123]$/,
  orderBy: /^(?:id|username|alias|email)$/,
  order: /^(?:ASC|DESC)$/,
  full: /^(?:0|1|true|false)$/,
};

export function addUserRoutes(router: Router, ctx: KimaiContext, authed: Wrap): void {
  const { state } = ctx;
  const lookup = (id: number) => state.users.get(id);
  /** The entity as a single-user read shows it to `caller`. */
  const entity = (u: SimUser, caller: SimUser) => entityShape(u, lookup, (x) => visible(registry(x, caller, 'read', ctx.plugins)));

  const list: AuthedHandler = (req, caller) => {
    if (!canListUsers(caller)) return httpError(403);
    for (const [name, rule] of Object.entries(QUERY_RULES)) {
      const v = req.query.get(name);
      if (v !== null && !rule.test(v)) return httpError(400);
    }
    const visibleMode = req.query.get('visible') ?? '1';
    const orderBy = (req.query.get('orderBy') ?? 'username') as 'id' | 'username' | 'alias' | 'email';
    const desc = req.query.get('order') === 'DESC';
    const full = ['1', 'true'].includes(req.query.get('full') ?? '');
    const term = req.query.get('term');
    const users = [...state.users.values()]
      .filter((u) => (visibleMode === '1' ? u.enabled : visibleMode === '2' ? !u.enabled : true))
      .filter((u) => !term || matchesTerm(u, term))
      .sort((a, b) => {
        const c = orderBy === 'id' ? a.id - b.id : compareText(a[orderBy], b[orderBy]) || a.id - b.id;
        return desc ? -c : c;
      });
    // `full`: entity shape, but only the preference rows stored in the database (no preparation on list reads).
    return ok(users.map((u) => (full ? entityShape(u, lookup, storedVisible) : collectionShape(u))));
  };

  const getOne: AuthedHandler = (req, caller) => {
    const target = state.users.get(Number(req.params.id));
    if (!target) return httpError(404);
    if (!can(caller, 'view', target)) return httpError(403);
    return ok(entity(target, caller));
  };

  const create: AuthedHandler = (req, caller) => {
    if (!canCreateUsers(caller)) return httpError(403);
    const decoded = decodeBody(req);
    if (!decoded.ok) return httpError(400);
    const input = asObject(decoded.value);
    const extra = Object.keys(input).filter((k) => !(CREATE_FIELDS as readonly string[]).includes(k));
    const user = newUser(state.nextId);
    const result = submit(user, input, CREATE_FIELDS, { state, caller, create: true });
    if (extra.length > 0 || Object.keys(result.errors).length > 0) return formError(CREATE_FIELDS, result.errors, extra.length ? [EXTRA_FIELDS] : []);
    // 2.61.0+: the work-contract preferences are created with their defaults (kimai.md §3.3).
    for (const [n, v] of CONTRACT_DEFAULTS) user.preferences.set(n, v);
    state.add(user);
    return ok(entity(user, caller));
  };

  const patch: AuthedHandler = (req, caller) => {
    const edit = editRequest(ctx, req, caller);
    if (!('target' in edit)) return edit;
    const { target, body: decoded } = edit;
    const input = asObject(decoded.value);
    const fields = editFields(caller, target);
    const extra = Object.keys(input).filter((k) => !fields.includes(k));
    const copy = structuredClone(target);
    const result = submit(copy, input, fields, { state, caller, create: false });
    if (extra.length > 0 || Object.keys(result.errors).length > 0) return formError(fields, result.errors, extra.length ? [EXTRA_FIELDS] : []);
    state.users.set(copy.id, copy);
    return ok(entity(copy, caller));
  };

  router
    .add('GET', '/api/users', authed(list))
    .add('POST', '/api/users', authed(create))
    .add('GET', '/api/users/me', authed((_req, caller) => ok(entity(caller, caller))))
    .add('GET', '/api/users/:id', authed(getOne))
    .add('PATCH', '/api/users/:id', authed(patch));
}

// One collator: localeCompare with options builds one per call, which made sorting 10,000 users take a second.
const collation = new Intl.Collator('en', { sensitivity: 'base' });

/** MySQL's case-insensitive collation; NULL sorts first in ascending order. */
function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return collation.compare(a, b);
}

/** A JSON list at top level is a PHP array with keys "0", "1", ...: each one an extra field. */
function asObject(v: FormValue[] | Record<string, FormValue>): Record<string, FormValue> {
  if (!Array.isArray(v)) return isFormObject(v) ? v : {};
  return Object.fromEntries(v.map((item, i) => [String(i), item]));
}

/** UserApiEditForm's field set for this caller and target (kimai.md §3.4 table). */
function editFields(caller: SimUser, target: SimUser): string[] {
  const f = ['alias', 'title', 'accountNumber', 'color', 'email'];
  if (can(caller, 'preferences', target)) f.push('language', 'locale', 'timezone');
  if (caller.id !== target.id) f.push('enabled');
  if (can(caller, 'supervisor', target)) f.push('supervisor');
  if (can(caller, 'password', target)) f.push('systemAccount', 'requiresPasswordReset');
  if (can(caller, 'roles', target) && target.roles.every((r) => canAssignRole(caller, r))) f.push('roles');
  return f;
}
