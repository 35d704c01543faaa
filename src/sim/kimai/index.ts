// The Kimai 2.66 simulator: users and preferences API as described in ../shared/apis/kimai.md, strict where the
// document is silent. Start it in-process; `url` is the origin (the API lives under /api).
import { Router, startSimServer, type SimRequest, type SimResponse } from '../common/server.js';
import type { SimOptions, Simulator } from '../common/types.js';
import { createAuth, type KimaiContext } from './auth.js';
import { httpError, ok } from './errors.js';
import { addPreferenceRoutes } from './routes-preferences.js';
import { addUserRoutes } from './routes-users.js';
import { KimaiState, type KimaiSeed } from './state.js';

export type { KimaiSeed, KimaiSeedUser } from './state.js';
export { DEFAULT_ADMIN_TOKEN } from './state.js';

export const KIMAI_VERSION = { version: '2.66.0', versionId: 26600, copyright: 'Kimai by Kevin Papst and contributors.' };

/** How GET /api/plugins lists the working-contract plugin (kimai.md §3.6: "WorkContractBundle"-style items). */
export const CONTRACT_PLUGIN = { name: 'WorkContractBundle', version: '2.12.0' };

export interface KimaiSimOptions extends SimOptions<KimaiSeed> {
  /** The work-contract plugin is installed (week/month preferences exist). Default true. */
  plugin?: boolean;
  /** Plugin preferences are registered only while work_contract_type is their mode (kimai.md §7.8, hearsay). Default true. */
  pluginPrefsNeedMode?: boolean;
}

/** `{id}` routes require digits: another segment matches no route at all (404, not 405). */
function methodNotAllowed(req: SimRequest): SimResponse {
  const m = /^\/api\/users\/([^/]+)(\/preferences)?$/.exec(req.path);
  // `/api/users/me` exists (GET only, so 405 for other methods); `/api/users/me/preferences` does not exist.
  if (m && (m[2] !== undefined || m[1] !== 'me') && !/^\d+$/.test(m[1]!)) return httpError(404);
  return httpError(405);
}

export async function startKimaiSim(opts: KimaiSimOptions = {}): Promise<Simulator<KimaiSeed>> {
  const state = new KimaiState(opts.seed);
  const ctx: KimaiContext = { state, plugins: { plugin: opts.plugin ?? true, pluginPrefsNeedMode: opts.pluginPrefsNeedMode ?? true } };
  const authed = createAuth(ctx);
  const router = new Router();
  router.add('GET', '/api/ping', authed(() => ok({ message: 'pong' })));
  router.add('GET', '/api/version', authed(() => ok(KIMAI_VERSION)));
  // kimai.md §3.6: installed plugins, e.g. the working-contract plugin (its id is inferred there).
  router.add('GET', '/api/plugins', authed(() => ok(ctx.plugins.plugin ? [CONTRACT_PLUGIN] : [])));
  addUserRoutes(router, ctx, authed);
  addPreferenceRoutes(router, ctx, authed);
  // No rate limiting for Bearer calls (kimai.md §4); a test may still set knobs.rateLimit.
  const server = await startSimServer(router, {
    port: opts.port,
    knobs: opts.knobs,
    notFound: () => httpError(404),
    methodNotAllowed,
    internalError: () => httpError(500),
  });
  return {
    name: 'kimai',
    url: server.url,
    credentials: { token: state.adminToken() },
    server,
    snapshot: () => structuredClone(state.snapshot()),
    close: () => server.close(),
  };
}
