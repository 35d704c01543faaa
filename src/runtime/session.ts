// A session: the loaded declarations, one HTTP client per managed system (simulators started when asked),
// closed together. Plan, apply, drift and import all run inside one.
import type { Declarations, ProviderName } from '../model/declarations.js';
import { PROVIDERS } from '../model/declarations.js';
import type { HttpClient } from '../http/types.js';
import type { Provider } from '../model/provider.js';
import { UserError } from '../cli/io.js';
import { loadEnvironment } from '../config/load.js';
import { formatConfigError } from '../config/errors.js';
import { connectProvider, providerFor } from '../providers/registry.js';
import type { RunningSimulators } from './simulators.js';

export interface SessionOptions {
  root: string;
  env: string;
  processEnv: NodeJS.ProcessEnv;
  /** Restrict to these systems (--provider); empty = every configured one. */
  providers: ProviderName[];
  allowInsecureHttp: boolean;
  /** Progress of loading the person files (done, total). */
  onLoadProgress?: (done: number, total: number) => void;
}

export interface Session {
  decl: Declarations;
  systems: ProviderName[];
  clients: Map<ProviderName, HttpClient>;
  providers: Map<ProviderName, Provider>;
  sims: RunningSimulators | null;
  close(): Promise<void>;
}

export class ConfigErrors extends UserError {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

export async function loadDeclarations(opts: Pick<SessionOptions, 'root' | 'env' | 'processEnv' | 'onLoadProgress'>): Promise<Declarations> {
  const loaded = await loadEnvironment({ ...opts, onFile: opts.onLoadProgress });
  if (!loaded.ok) throw new ConfigErrors(loaded.errors.map(formatConfigError));
  return loaded.decl;
}

function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(url.hostname) || url.hostname.startsWith('127.');
}

export async function openSession(opts: SessionOptions): Promise<Session> {
  const decl = await loadDeclarations(opts);
  const configured = PROVIDERS.filter((p) => decl.providers[p]);
  for (const p of opts.providers) {
    if (!configured.includes(p)) throw new UserError(`--provider ${p}: environment ${decl.env} has no ${p} provider`);
  }
  const systems = opts.providers.length ? configured.filter((p) => opts.providers.includes(p)) : configured;
  const simulated = systems.filter((p) => {
    const cfg = decl.providers[p];
    return cfg !== undefined && 'simulator' in cfg && cfg.simulator;
  });
  // Imported on demand: the simulators' code is not needed for real systems.
  const sims = simulated.length
    ? await import('./simulators.js').then((m) => m.startEnvironmentSimulators(decl, simulated))
    : null;
  const clients = new Map<ProviderName, HttpClient>();
  const providers = new Map<ProviderName, Provider>();
  try {
    for (const p of systems) {
      const cfg = decl.providers[p]!;
      const sim = sims?.sims.get(p);
      const conn = sim ? { ...cfg, url: sim.url, ...sim.credentials } : cfg;
      if ('url' in conn && typeof conn.url === 'string') {
        const url = new URL(conn.url);
        if (url.protocol === 'http:' && !isLoopback(url) && !opts.allowInsecureHttp) {
          throw new UserError(`${p}: refusing plain http:// URL ${url.origin} (credentials would travel unencrypted); use https:// or --allow-insecure-http`);
        }
      }
      clients.set(p, connectProvider(p, conn));
      providers.set(p, providerFor(p));
    }
  } catch (err) {
    await Promise.all([...clients.values()].map((c) => c.close()));
    await sims?.close();
    throw err;
  }
  return {
    decl,
    systems,
    clients,
    providers,
    sims,
    async close() {
      await Promise.all([...clients.values()].map((c) => c.close()));
      if (sims) {
        sims.persist();
        await sims.close();
      }
    },
  };
}
