// After a create without a clear answer (5xx, timeout, reset), look before sending it again: Pulse has no
// idempotency keys, so natural keys decide (papershift.md §4): a user by e-mail, a model by start date.
import type { Change, PlannedRequest } from '../../generated/plan.js';
import { theCreatedOne, type ApplyContext } from '../../model/provider.js';
import { listLiveModels, listUsers } from './api.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function attributesOf(body: unknown): Record<string, unknown> {
  return isRecord(body) && isRecord(body.data) && isRecord(body.data.attributes) ? body.data.attributes : {};
}

export async function findCreated(change: Change, request: PlannedRequest, ctx: ApplyContext): Promise<Record<string, string> | null> {
  const ref = request.capture?.[0]?.ref;
  if (change.action !== 'create' || request.method !== 'POST' || !ref) return null;
  const attrs = attributesOf(request.body);
  if (change.resource === 'user') {
    const email = typeof attrs.email === 'string' ? attrs.email.toLowerCase() : null;
    if (!email) return null;
    const live = (await listUsers(ctx.http)).filter((u) => u.discarded_at === null && u.email?.toLowerCase() === email);
    const found = theCreatedOne(live, `papershift: user ${email} for ${change.person}`);
    return found ? { [ref]: found.id } : null;
  }
  if (change.resource === 'working-time-model') {
    // The request is resolved already: its path holds the real user id.
    const userId = /^\/api\/v1\/users\/([^/]+)\/working_time_models$/.exec(request.path)?.[1];
    if (!userId || typeof attrs.start_date !== 'string') return null;
    const models = (await listLiveModels(ctx.http, userId)).filter((m) => m.start_date === attrs.start_date);
    const found = theCreatedOne(models, `papershift: working time model from ${attrs.start_date} for ${change.person}`);
    return found ? { [ref]: found.id } : null;
  }
  return null;
}
