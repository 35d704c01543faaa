// people sandbox: run the three simulators on localhost until Ctrl-C, and say how to point an environment at them.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { PROVIDERS, type ProviderName } from '../model/declarations.js';
import type { Simulator } from '../sim/common/types.js';
import { startSimulator } from '../sim/start.js';
import { readSeed, resetSimulatorState } from '../runtime/simulators.js';
import { UserError, type Io } from './io.js';

export interface SandboxOptions {
  root: string;
  env: string;
  seed?: string;
  reset: boolean;
  port?: number;
  /** Resolves when the sandbox should stop (SIGINT in the CLI; tests pass their own). */
  until: Promise<void>;
}

function snippet(sims: Map<ProviderName, Simulator>): string {
  const k = sims.get('kimai');
  const p = sims.get('papershift');
  const m = sims.get('mctime');
  return [
    'providers:',
    `  kimai:      { url: ${k?.url}, token: "\${KIMAI_TOKEN}" }`,
    `  papershift: { url: ${p?.url}, email: "\${PAPERSHIFT_EMAIL}", password: "\${PAPERSHIFT_PASSWORD}" }`,
    `  mctime:     { url: ${m?.url}, apiKey: "\${MCTIME_API_KEY}" }`,
  ].join('\n');
}

export async function runSandbox(opts: SandboxOptions, io: Io): Promise<number> {
  const envDir = join(resolve(opts.root), 'environments', opts.env);
  if (opts.reset) {
    const removed = resetSimulatorState(envDir);
    io.stdout.write(
      removed
        ? `Reset environments/${opts.env}: the next run starts from simulator-seed.yaml again.\n`
        : `environments/${opts.env} has no saved simulator state; nothing to reset.\n`,
    );
    return 0;
  }
  let seed: Partial<Record<ProviderName, unknown>> = {};
  if (opts.seed) {
    try {
      seed = (parse(readFileSync(resolve(opts.seed), 'utf8')) ?? {}) as typeof seed;
    } catch (err) {
      throw new UserError(`--seed ${opts.seed}: ${(err as Error).message}`);
    }
  } else {
    seed = readSeed(envDir);
  }
  const sims = new Map<ProviderName, Simulator>();
  try {
    for (const [i, name] of PROVIDERS.entries()) {
      sims.set(name, await startSimulator(name, { seed: seed[name], port: opts.port ? opts.port + i : undefined }));
    }
    io.stdout.write('Simulators running on localhost (Ctrl-C stops them):\n\n');
    for (const [name, sim] of sims) {
      io.stdout.write(`  ${name.padEnd(11)} ${sim.url}\n`);
    }
    io.stdout.write('\nCredentials (export them, then reference them from environment.yaml):\n\n');
    const k = sims.get('kimai')!.credentials;
    const p = sims.get('papershift')!.credentials;
    const m = sims.get('mctime')!.credentials;
    io.stdout.write(`  export KIMAI_TOKEN=${k.token}\n  export PAPERSHIFT_EMAIL=${p.email}\n  export PAPERSHIFT_PASSWORD=${p.password}\n  export MCTIME_API_KEY=${m.apiKey}\n\n`);
    io.stdout.write(`environment.yaml:\n\n${snippet(sims)}\n`);
    await opts.until;
    io.stdout.write('\nStopping the simulators.\n');
    return 0;
  } finally {
    await Promise.all([...sims.values()].map((s) => s.close()));
  }
}
