// The McTime provider: read RAW records, plan full-record edits, re-read and re-merge right before each
// write (prepare), and look a create up after an unclear failure (findCreated).
import type { Change, PlannedRequest } from '../../generated/plan.js';
import { headerAuth, type AuthStrategy } from '../../http/auth.js';
import { StaleError, theCreatedOne, type ApplyContext, type Provider } from '../../model/provider.js';
import { envelopeProblem, getUser, listAllUsers } from './api.js';
import type { Leaf } from './desired.js';
import { erasedLeaves, mergeRecord } from './merge.js';
import { getAt, isObject, roleStrings, same, type JsonObject } from './paths.js';
import { readMcTimeUnmanaged } from './import.js';
import { planMcTime } from './plan.js';
import { readMcTime, type McTimeActual } from './read.js';
import type { McTimeRole } from '../../model/declarations.js';

export type { McTimeActual } from './read.js';

/** McTime authenticates with one header, `API_KEY: <key>` (mctime.md §2.1). */
export function mctimeAuth(apiKey: string): AuthStrategy {
  return headerAuth('API_KEY', apiKey);
}

const valueOf = (record: JsonObject, path: string): unknown =>
  path === 'roles' ? roleStrings(record.roles) : getAt(record, path);

/**
 * Re-reads the user, refuses when a field this change touches moved since the plan (StaleError), and
 * otherwise returns the request with a body merged onto the FRESH record, so that concurrent edits of
 * other fields are kept rather than overwritten with the plan-time copy.
 */
async function prepare(change: Change, request: PlannedRequest, ctx: ApplyContext): Promise<PlannedRequest> {
  if (change.action === 'create' || !change.actualId) return request;
  const fresh = await getUser(ctx.http, change.actualId);
  const moved = change.fields.filter((f) => !same(valueOf(fresh, f.path), f.before));
  if (moved.length > 0)
    throw new StaleError(
      `mctime: ${change.person}: the user changed since the plan in ${moved.map((f) => f.path).join(', ')}`,
    );
  const leaves: Leaf[] = change.fields
    .filter((f) => f.path !== 'roles')
    .map((f) => ({ path: f.path, value: f.after }));
  const planned = isObject(request.body) ? request.body : {};
  const roles =
    change.fields.some((f) => f.path === 'roles') && Array.isArray(planned.roles)
      ? (planned.roles as McTimeRole[])
      : undefined;
  const body = mergeRecord(fresh, leaves, roles);
  const touched = new Set(change.fields.map((f) => f.path));
  const lost = erasedLeaves(fresh, body).filter(
    (e) => !touched.has(e.path) && !(touched.has('roles') && e.path.startsWith('roles[')),
  );
  if (lost.length > 0)
    throw new Error(
      `mctime: ${change.person}: refusing to send: the POST would erase ${lost.map((e) => e.path).join(', ')}`,
    );
  return { ...request, body };
}

/** After an unclear create: search active and inactive users by e-mail (mctime.md §7.8). */
async function findCreated(
  change: Change,
  request: PlannedRequest,
  ctx: ApplyContext,
): Promise<Record<string, string> | null> {
  const email =
    isObject(request.body) && typeof request.body.email === 'string'
      ? request.body.email.toLowerCase()
      : null;
  if (!email) return null;
  const users = await listAllUsers(ctx.http);
  const found = theCreatedOne(
    users.filter((u) => u.email?.toLowerCase() === email),
    `mctime: user ${email} for ${change.person}`,
  );
  return found ? { [`mctime:${change.person}`]: found.id } : null;
}

/** A 2xx answer to a POST can still carry `valid: false` (mctime.md §7.11): that write did not happen. */
function checkAnswer(change: Change, request: PlannedRequest, body: unknown): void {
  const problem = envelopeProblem(body, `${request.method} ${request.path} for ${change.person}`);
  if (problem) throw new Error(problem);
}

export const mctimeProvider: Provider<McTimeActual> = {
  name: 'mctime',
  read: readMcTime,
  plan: planMcTime,
  prepare,
  checkAnswer,
  findCreated,
  readUnmanaged: readMcTimeUnmanaged,
};
