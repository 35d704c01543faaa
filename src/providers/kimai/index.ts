// The Kimai provider: one list read, a pure plan, and a look-up for creates whose answer was lost.
import type { Change, PlannedRequest } from '../../generated/plan.js';
import { bearerAuth, type AuthStrategy } from '../../http/auth.js';
import type { KimaiConnection } from '../../model/declarations.js';
import type { ApplyContext, Provider } from '../../model/provider.js';
import { kimaiUnmanaged } from './import.js';
import { planKimai } from './plan.js';
import { parseUser, readKimai } from './read.js';
import type { KimaiActual } from './types.js';

export type { KimaiActual, KimaiUserRecord, DesiredUser } from './types.js';
export { planKimai } from './plan.js';
export { contractInForce, desiredPreferences, desiredUser } from './desired.js';

/** Kimai authenticates with a Bearer API token (kimai.md §2.1). */
export function kimaiAuth(conn: Pick<KimaiConnection, 'token'>): AuthStrategy {
  return bearerAuth(conn.token);
}

/**
 * After a POST /api/users without a clear answer: the create happened iff the username exists now. The term
 * search is a substring match over several columns, so the username is compared exactly afterwards.
 */
async function findCreated(_change: Change, request: PlannedRequest, ctx: ApplyContext): Promise<Record<string, string> | null> {
  const body = request.body as { username?: unknown } | undefined;
  const ref = request.capture?.[0]?.ref;
  if (request.method !== 'POST' || typeof body?.username !== 'string' || !ref) return null;
  // `term` reads `a:b` as a preference search and a leading `!` as an exclusion (kimai.md §3.1): such a username
  // is looked up in the whole list instead.
  const plain = !/[:!\s]/.test(body.username);
  const path = plain ? `/api/users?visible=3&term=${encodeURIComponent(body.username)}` : '/api/users?visible=3';
  const res = await ctx.http.send({ method: 'GET', path, idempotent: true });
  const list = Array.isArray(res.body) ? (res.body as unknown[]) : [];
  const found = list.map((u) => parseUser({ roles: [], preferences: [], ...(u as object) })).find((u) => u.username === body.username);
  return found ? { [ref]: String(found.id) } : null;
}

export const kimaiProvider: Provider<KimaiActual> = {
  name: 'kimai',
  read: readKimai,
  plan: planKimai,
  findCreated,
  readUnmanaged: (_http, input, actual) => Promise.resolve(kimaiUnmanaged(input, actual)),
};
