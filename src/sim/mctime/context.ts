// Shared request plumbing: API_KEY authentication and error mapping.
import type { Handler, SimRequest, SimResponse } from '../common/server.js';
import { SimHttpError, fail } from './envelope.js';
import { isActive, type McTimeState } from './state.js';

export interface SimContext {
  state: McTimeState;
  quirks: boolean;
  strictTimestamps: boolean;
  duplicateEmail: 'reject' | 'allow';
  now: () => Date;
}

/**
 * The key owner's user id. Only the API_KEY header counts; Authorization is ignored (mctime.md §2.1). A key has its
 * owner's rights, and an owner whose validTo has passed "cannot log in" (§3.4): the key stops working with them.
 */
export function authenticate(ctx: SimContext, req: SimRequest): string {
  const raw = req.headers['api_key'];
  const key = Array.isArray(raw) ? raw[0] : raw;
  const userId = key ? ctx.state.apiKeys.get(key) : undefined;
  const owner = userId ? ctx.state.users.get(userId) : undefined;
  if (!userId || !owner || !isActive(owner, ctx.now())) throw new SimHttpError(401, 'Unauthorized');
  return userId;
}

/** Wraps a handler: authenticates first and turns SimHttpError into McTime's error envelope. */
export function guarded(ctx: SimContext, fn: (req: SimRequest, keyUserId: string) => SimResponse): Handler {
  return (req) => {
    try {
      return fn(req, authenticate(ctx, req));
    } catch (err) {
      if (err instanceof SimHttpError) return fail(err.status, err.message);
      throw err;
    }
  };
}

/** 1-based page number (mctime.md §2.4); anything else is a 400. */
export function pageParam(req: SimRequest): number {
  const raw = req.query.get('page');
  if (raw === null || raw === '') return 1;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new SimHttpError(400, 'Invalid page');
  return Number(raw);
}

export function boolParam(req: SimRequest, name: string): boolean {
  const raw = req.query.get(name);
  if (raw === null || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  throw new SimHttpError(400, `Invalid value for ${name}`);
}
