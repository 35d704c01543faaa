// One entry point to start any of the three simulators by name (sandbox command, in-process providers, tests).
import type { ProviderName } from '../model/declarations.js';
import type { Knobs } from './common/server.js';
import type { Simulator } from './common/types.js';
import { startKimaiSim } from './kimai/index.js';
import { startMcTimeSim } from './mctime/index.js';
import { startPapershiftSim } from './papershift/index.js';

export interface StartOptions {
  seed?: unknown;
  port?: number;
  knobs?: Partial<Knobs>;
}

export async function startSimulator(name: ProviderName, opts: StartOptions = {}): Promise<Simulator> {
  // Seeds come from files the user edits; each simulator validates its own seed shape.
  const common = { port: opts.port, knobs: opts.knobs };
  switch (name) {
    case 'kimai':
      return startKimaiSim({ ...common, seed: opts.seed as Parameters<typeof startKimaiSim>[0] extends infer O ? O extends { seed?: infer S } ? S : never : never });
    case 'papershift':
      return startPapershiftSim({ ...common, seed: opts.seed as Parameters<typeof startPapershiftSim>[0] extends infer O ? O extends { seed?: infer S } ? S : never : never });
    case 'mctime':
      return startMcTimeSim({ ...common, seed: opts.seed as Parameters<typeof startMcTimeSim>[0] extends infer O ? O extends { seed?: infer S } ? S : never : never });
  }
}
