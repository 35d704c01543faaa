// One entry point to start any of the three simulators by name (sandbox command, in-process providers, tests).
import type { ProviderName } from '../model/declarations.js';
import type { Knobs } from './common/server.js';
import type { Simulator } from './common/types.js';
import { startKimaiSim, type KimaiSeed } from './kimai/index.js';
import { startMcTimeSim, type McTimeSeed } from './mctime/index.js';
import { startPapershiftSim, type PapershiftSeed } from './papershift/index.js';

export interface StartOptions {
  /** The simulator's own seed format (as its snapshot() returns); read from YAML/JSON files. */
  seed?: unknown;
  port?: number;
  knobs?: Partial<Knobs>;
}

export async function startSimulator(name: ProviderName, opts: StartOptions = {}): Promise<Simulator> {
  const common = { port: opts.port, knobs: opts.knobs };
  switch (name) {
    case 'kimai':
      return startKimaiSim({ ...common, seed: opts.seed as KimaiSeed | undefined });
    case 'papershift':
      return startPapershiftSim({ ...common, seed: opts.seed as PapershiftSeed | undefined });
    case 'mctime':
      return startMcTimeSim({ ...common, seed: opts.seed as McTimeSeed | undefined });
  }
}
