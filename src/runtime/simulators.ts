// `{ simulator: true }` providers: start that system's simulator in-process, seeded from the environment's
// simulator-seed.yaml, with its state kept between runs in a git-ignored file beside the environment.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Declarations, ProviderName } from '../model/declarations.js';
import type { Simulator } from '../sim/common/types.js';
import { canonicalJson } from '../plan/digest.js';
import { UserError } from '../cli/io.js';

export const STATE_FILE = '.simulator-state.json';
export const SEED_FILE = 'simulator-seed.yaml';

export interface RunningSimulators {
  sims: Map<ProviderName, Simulator>;
  /** Writes the state back when it changed. */
  persist(): void;
  close(): Promise<void>;
}

type StateFile = Partial<Record<ProviderName, unknown>>;

function readStateFile(path: string, parseText: (text: string) => unknown, fix: string): StateFile {
  try {
    return (parseText(readFileSync(path, 'utf8')) ?? {});
  } catch (err) {
    throw new UserError(`${path}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)} (${fix})`);
  }
}

export function readSeed(dir: string): StateFile {
  const seedPath = join(dir, SEED_FILE);
  if (!existsSync(seedPath)) return {};
  return readStateFile(seedPath, parse, 'fix the seed file');
}

function readState(dir: string): StateFile {
  const statePath = join(dir, STATE_FILE);
  if (existsSync(statePath)) return readStateFile(statePath, JSON.parse, 'run people sandbox --reset to start from the seed again');
  return readSeed(dir);
}

/** Removes the persisted state, so the next run starts from simulator-seed.yaml again. */
export function resetSimulatorState(dir: string): boolean {
  const statePath = join(dir, STATE_FILE);
  if (!existsSync(statePath)) return false;
  rmSync(statePath);
  return true;
}

export async function startEnvironmentSimulators(decl: Declarations, which: ProviderName[]): Promise<RunningSimulators> {
  const state = readState(decl.dir);
  const sims = new Map<ProviderName, Simulator>();
  // Loaded only here: an environment without simulators should not pay for their code at start-up.
  const { startSimulator } = await import('../sim/start.js');
  try {
    for (const name of which) sims.set(name, await startSimulator(name, { seed: state[name] }));
  } catch (err) {
    await Promise.all([...sims.values()].map((s) => s.close()));
    throw err instanceof Error ? new UserError(`simulator state of ${decl.env}: ${err.message}`) : err;
  }
  const initial = canonicalJson(Object.fromEntries([...sims].map(([n, s]) => [n, s.snapshot()])));
  return {
    sims,
    persist() {
      if (sims.size === 0) return;
      const next: StateFile = { ...state };
      for (const [n, s] of sims) next[n] = s.snapshot();
      if (canonicalJson(Object.fromEntries([...sims].map(([n]) => [n, next[n]]))) === initial) return;
      const path = join(decl.dir, STATE_FILE);
      writeFileSync(`${path}.tmp`, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
      renameSync(`${path}.tmp`, path);
    },
    async close() {
      await Promise.all([...sims.values()].map((s) => s.close()));
    },
  };
}
