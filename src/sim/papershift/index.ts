// The Papershift Pulse simulator: a strict fake of the parts of the Pulse API `people` uses
// (papershift.md §5 checklist). Strict means: where the docs are silent it picks the stricter reading,
// so that a client passing here has the best chance against the real server.
import { startSimServer, Router, type Knobs, type SimRequest } from '../common/server.js';
import type { SimOptions, Simulator } from '../common/types.js';
import { addAuthRoutes } from './auth.js';
import { DEFAULT_SETTINGS, newIndexes, userById, type PapershiftSimSettings, type SimContext } from './context.js';
import { errorObject, errorResponse } from './jsonapi.js';
import { addModelRoutes } from './routes-models.js';
import { addPayrollRoutes } from './routes-payroll.js';
import { addUserRoutes } from './routes-users.js';
import { snapshotOf, stateFromSeed, type PapershiftSeed } from './state.js';

export type { PapershiftSeed, SeedIdentity, SeedModel, SeedPayroll, SeedUser, SeedWorkday, UserStatus } from './state.js';
export type { PapershiftSimSettings } from './context.js';

export interface PapershiftSimOptions extends SimOptions<PapershiftSeed> {
  settings?: Partial<PapershiftSimSettings>;
}

export interface PapershiftSimulator extends Simulator<PapershiftSeed> {
  /** Switches for undocumented behaviour; change them at any time. */
  readonly settings: PapershiftSimSettings;
  /** Test hook: the invited user accepts the invitation (status → active). */
  acceptInvitation(userId: string): void;
}

/**
 * 300 requests per minute (papershift.md §2.5), on by default, answered like Rack::Attack: 429 text/plain
 * "Retry later" without Retry-After. The common server keeps one window for all clients; a simulator only
 * ever sees loopback clients, so that equals the documented per-IP limit. Pass `knobs.rateLimit: null` to
 * switch it off.
 */
export const PULSE_RATE_LIMIT: Knobs['rateLimit'] = { requests: 300, windowMs: 60_000, retryAfterSec: null };

export async function startPapershiftSim(opts: PapershiftSimOptions = {}): Promise<PapershiftSimulator> {
  const state = stateFromSeed(opts.seed);
  const settings: PapershiftSimSettings = { ...DEFAULT_SETTINGS, ...opts.settings };
  let origin = '';
  const ctx: SimContext = { state, settings, tokens: new Map(), origin: () => origin, index: newIndexes() };
  const router = new Router();
  addAuthRoutes(router, ctx);
  addUserRoutes(router, ctx);
  addPayrollRoutes(router, ctx);
  addModelRoutes(router, ctx);
  const server = await startSimServer(router, {
    port: opts.port,
    knobs: { rateLimit: PULSE_RATE_LIMIT, ...opts.knobs },
    notFound: (req: SimRequest) => errorResponse(404, [errorObject(404, 'Not Found', `No route ${req.method} ${req.path}`)]),
    methodNotAllowed: (req: SimRequest) => errorResponse(405, [errorObject(405, 'Method Not Allowed', `${req.method} is not allowed on ${req.path}`)]),
    internalError: () => errorResponse(500, [errorObject(500, 'Internal Server Error')]),
  });
  origin = server.url;
  const api = state.identities[0]!;
  return {
    name: 'papershift',
    url: server.url,
    credentials: { email: api.email, password: api.password },
    server,
    settings,
    snapshot: () => snapshotOf(state),
    acceptInvitation(userId: string) {
      const u = userById(ctx, userId);
      if (!u || u.status !== 'invited') throw new Error(`papershift sim: user ${userId} has no open invitation`);
      u.status = 'active';
      u.invitation_accepted = true;
    },
    close: () => server.close(),
  };
}
