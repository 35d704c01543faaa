// Shared set-up of the hardening tests: the sandbox declarations against simulators started by the test, with
// per-provider connection settings (timeoutMs, concurrency, retries) and a clean-run reference to compare with.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProviderName } from '../../src/model/declarations.js';
import type { Knobs } from '../../src/sim/common/server.js';
import type { PapershiftSimulator } from '../../src/sim/papershift/index.js';
import { runCli, type CliRun } from '../helpers/cli.js';
import { externalSandbox, type ExternalSandbox } from '../helpers/external-sims.js';
import { allState, type Sims } from './state.js';

export const DATE = ['--date', '2026-11-23'];

export interface Connection {
  timeoutMs?: number;
  concurrency?: number;
  retries?: number;
}

export type SimKnobs = Partial<Record<ProviderName, Partial<Knobs>>>;

export interface Hardened extends ExternalSandbox {
  sims: Sims;
  /** Runs a command of the CLI in-process against this environment (--env ext --root <root> added). */
  cli(...args: string[]): Promise<CliRun>;
  /** Clears every injected fault, rate limit and latency: the systems are healthy again. */
  heal(): void;
}

/** externalSandbox plus connection settings for every provider, written into environment.yaml. */
export async function hardenedSandbox(knobs: SimKnobs = {}, conn: Connection = {}): Promise<Hardened> {
  const ext = await externalSandbox(knobs);
  // Tests here run plan/apply many times against one simulator; Papershift's 5 sign-ins per 20 s would make
  // them wait a minute. That limit has its own tests (test/sim, test/unit/http).
  (ext.sims.papershift as PapershiftSimulator).settings.authRateLimit = null;
  const file = join(ext.root, 'environments/ext/environment.yaml');
  const extra = Object.entries(conn).map(([k, v]) => `    ${k}: ${String(v)}`);
  if (extra.length) {
    const lines = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, lines.flatMap((l) => (/^ {4}url: /.test(l) ? [l, ...extra] : [l])).join('\n'));
  }
  return {
    ...ext,
    cli: (...args: string[]) => runCli([...args, '--env', 'ext', '--root', ext.root], { env: ext.env }),
    heal() {
      for (const s of Object.values(ext.sims)) {
        s.server.knobs.faults = [];
        s.server.knobs.rateLimit = null;
        s.server.knobs.latencyMs = 0;
      }
    },
  };
}

/** The state every system ends in after one clean apply of the sandbox declarations (the convergence target). */
export async function cleanReference(): Promise<ReturnType<typeof allState>> {
  const ext = await hardenedSandbox();
  try {
    const r = await ext.cli('apply', '--auto-approve', ...DATE);
    if (r.code !== 0) throw new Error(`clean apply failed:\n${r.stdout}\n${r.stderr}`);
    return allState(ext.sims);
  } finally {
    await ext.close();
  }
}

/** Lines of stderr that look like a stack trace frame. */
export function stackLines(text: string): string[] {
  return text.split('\n').filter((l) => /^\s+at /.test(l));
}
