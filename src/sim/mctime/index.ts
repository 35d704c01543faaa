// The McTime simulator (mctime.md §6): strict full-replace POST /users, read quirks, audit log.
import { Router, startSimServer } from '../common/server.js';
import type { SimOptions, Simulator } from '../common/types.js';
import type { SimContext } from './context.js';
import { fail } from './envelope.js';
import { addOrganizationRoutes } from './routes-organizations.js';
import { addUserRoutes } from './routes-users.js';
import { loadSeed } from './seed.js';
import type { McTimeSeed } from './state.js';

export type { McTimeSeed, McTimeOrganization, McTimeHistoryEntry, LeafChange, JsonObject } from './state.js';

export interface McTimeSimOptions extends SimOptions<McTimeSeed> {
  /** Read-side quirks (unpadded birthDate, "" employmentEnd, decimals as strings). Default true. */
  quirks?: boolean;
  /** Timestamps must end with +00:00 (U2+). Default true. */
  strictTimestamps?: boolean;
  /** Duplicate e-mail on create/edit: reject with 400 (default) or allow. */
  duplicateEmail?: 'reject' | 'allow';
  /** Clock for "active" (validTo) and default dates; default: the real clock. */
  now?: () => Date;
}

export const MCTIME_BASE_PATH = '/api/v2/auth';

export async function startMcTimeSim(opts: McTimeSimOptions = {}): Promise<Simulator<McTimeSeed>> {
  const { state, apiKey } = loadSeed(opts.seed);
  const ctx: SimContext = {
    state,
    quirks: opts.quirks ?? true,
    strictTimestamps: opts.strictTimestamps ?? true,
    duplicateEmail: opts.duplicateEmail ?? 'reject',
    now: opts.now ?? (() => new Date()),
  };
  const router = new Router();
  addUserRoutes(router, ctx);
  addOrganizationRoutes(router, ctx);
  const server = await startSimServer(router, {
    port: opts.port,
    knobs: opts.knobs,
    notFound: () => fail(404, 'Not found'),
    // No DELETE exists for users: deactivation goes through validTo (mctime.md §3.4).
    methodNotAllowed: () => fail(405, 'Method not allowed'),
    internalError: () => fail(500, 'Internal error'),
  });
  return {
    name: 'mctime',
    url: server.url + MCTIME_BASE_PATH,
    credentials: { apiKey },
    server,
    snapshot: () => state.snapshot(),
    close: () => server.close(),
  };
}
