// One bench run: fresh simulators seeded with the population in sync, then (1) plan without changes,
// (2) plan after changing 10 % of the declarations, (3) apply that plan's changes, (4) plan without changes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { KimaiSeed } from '../../src/sim/kimai/state.js';
import type { McTimeSeed } from '../../src/sim/mctime/state.js';
import type { PapershiftSeed } from '../../src/sim/papershift/state.js';
import type { Simulator } from '../../src/sim/common/types.js';
import { startSimulator } from '../../src/sim/start.js';
import type { PhaseTotals } from '../../src/runtime/timings.js';
import { runChild, type ChildResult } from './child.js';
import { ENV_NAME, rewritePeople, writeEnvironment, writePeople } from './files.js';
import type { Mutation, PersonSpec } from './generate.js';
import { add, idealMs, planMinimum, SYSTEMS, writeMinimum, type PerSystem, type System } from './minimum.js';
import { credentialEnv, CREDENTIALS } from './seed.js';

export interface Seeds {
  kimai: KimaiSeed;
  papershift: PapershiftSeed;
  mctime: McTimeSeed;
}

export interface StepResult {
  step: 'plan (no changes)' | 'plan (10 % changed)' | 'apply (10 %)' | 'plan after apply';
  child: ChildResult;
  sent: PerSystem;
  minimum: PerSystem;
  idealMs: number;
  /** CPU time of the bench process (the three simulators) during the step: a busy simulator skews the wall. */
  simCpuMs: number;
  /** Changes in the plan, per system (steps 1, 2 and 4). */
  changes?: PerSystem;
  /** Step 1 only: the same reads replayed through the tool's HTTP clients alone (child.ts, transportSource). */
  transport?: ChildResult;
  /** The tool's own account of its CPU and wall time per phase (its --verbose timings line). */
  phases: PhaseTotals[];
}

/** The `timings (CPU s / wall s): start-up 0.21/0.15 · load …` line the tool prints with --verbose. */
export function parsePhases(stderr: string): PhaseTotals[] {
  const line = /^timings \(CPU s \/ wall s\): (.*)$/m.exec(stderr)?.[1];
  if (!line) return [];
  return line
    .split(' · ')
    .map((part) => /^(\S+) ([\d.]+)\/([\d.]+)$/.exec(part))
    .filter((m): m is RegExpExecArray => m !== null && m[1] !== 'total')
    .map((m) => ({ phase: m[1] as PhaseTotals['phase'], cpuMs: Number(m[2]) * 1000, wallMs: Number(m[3]) * 1000 }));
}

export interface ScenarioOptions {
  root: string;
  wrapper: string;
  transportWrapper: string;
  people: PersonSpec[];
  changed: { people: PersonSpec[]; mutations: Mutation[] };
  seeds: Seeds;
  latencyMs: number;
  concurrency: number;
  date: string;
  /** Where to put CPU profiles of every child, or undefined. */
  profileDir?: string;
  log: (line: string) => void;
}

interface PlanJson {
  changes: Array<{ provider: System }>;
}

function countChanges(stdout: string): PerSystem {
  const out: PerSystem = { kimai: 0, papershift: 0, mctime: 0 };
  for (const c of (JSON.parse(stdout) as PlanJson).changes) out[c.provider] += 1;
  return out;
}

function fail(what: string, child: ChildResult): never {
  throw new Error(`bench: ${what} (exit ${child.code})\n${child.stderr.slice(0, 4000)}\n${child.stdout.slice(0, 4000)}`);
}

/** Replays the GET requests the simulators just logged (the sign-in is the client's own) in the transport child. */
async function replayReads(o: ScenarioOptions, sims: Record<System, Simulator>): Promise<ChildResult> {
  const paths = (s: System) => {
    // The client adds its base URL's own path (McTime's /api/v2/auth) itself.
    const prefix = new URL(sims[s].url).pathname.replace(/\/+$/, '');
    return sims[s].server.log
      .filter((r) => r.method === 'GET')
      .map((r) => r.path.slice(r.path.startsWith(prefix) ? prefix.length : 0) + (r.query ? `?${r.query}` : ''));
  };
  const c = o.concurrency;
  const job = {
    kimai: { conn: { url: sims.kimai.url, token: CREDENTIALS.kimaiToken, concurrency: c }, paths: paths('kimai') },
    papershift: {
      conn: { url: sims.papershift.url, email: CREDENTIALS.papershiftEmail, password: CREDENTIALS.papershiftPassword, concurrency: c },
      paths: paths('papershift'),
    },
    mctime: { conn: { url: sims.mctime.url, apiKey: CREDENTIALS.mctimeKey, concurrency: c }, paths: paths('mctime') },
  };
  const dir = join(o.root, 'runs', 'transport');
  mkdirSync(dir, { recursive: true });
  const jobFile = join(dir, 'job.json');
  writeFileSync(jobFile, JSON.stringify(job));
  for (const s of SYSTEMS) sims[s].server.log.length = 0;
  return runChild({ wrapper: o.transportWrapper, args: [jobFile], env: {}, dir });
}

/** A full collection of this process's heap (node's gc(), exposed for the bench only). */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

export async function runScenario(o: ScenarioOptions): Promise<StepResult[]> {
  const knobs = { latencyMs: o.latencyMs, maxConcurrent: o.concurrency, rateLimit: null };
  // structuredClone: a simulator may keep references into its seed, and the seeds are reused by the next run.
  const sims: Record<System, Simulator> = {
    kimai: await startSimulator('kimai', { seed: structuredClone(o.seeds.kimai), knobs }),
    papershift: await startSimulator('papershift', { seed: structuredClone(o.seeds.papershift), knobs }),
    mctime: await startSimulator('mctime', { seed: structuredClone(o.seeds.mctime), knobs }),
  };
  const results: StepResult[] = [];
  try {
    writeEnvironment(o.root, { kimai: sims.kimai.url, papershift: sims.papershift.url, mctime: sims.mctime.url }, o.concurrency);
    writePeople(o.root, o.people);
    const planMin = planMinimum(o.people, o.date);
    const applyMin = add(planMin, writeMinimum(o.changed.people, o.changed.mutations));
    // --verbose: the tool prints its CPU and wall time per phase on stderr (parsePhases).
    const common = ['--root', o.root, '--env', ENV_NAME, '--date', o.date, '--verbose'];
    const step = async (name: StepResult['step'], args: string[], minimum: PerSystem): Promise<StepResult> => {
      for (const s of SYSTEMS) sims[s].server.log.length = 0;
      // This process's garbage (the last step's request logs and answers) is collected now, not by GC threads
      // competing with the measured child for the machine's two cores.
      collectGarbage();
      const dir = join(o.root, 'runs', `${results.length + 1}`);
      mkdirSync(dir, { recursive: true });
      o.log(`  ${name} ...`);
      const simCpu = process.cpuUsage();
      const child = await runChild({ wrapper: o.wrapper, args: [...args, ...common], env: credentialEnv(), dir, cpuProfileDir: o.profileDir && join(o.profileDir, `${o.people.length}-L${o.latencyMs}-${results.length + 1}`) });
      const used = process.cpuUsage(simCpu);
      const simCpuMs = (used.user + used.system) / 1000;
      const sent = Object.fromEntries(SYSTEMS.map((s) => [s, sims[s].server.log.length])) as PerSystem;
      const r: StepResult = { step: name, child, sent, minimum, idealMs: idealMs(minimum, o.latencyMs, o.concurrency), simCpuMs, phases: parsePhases(child.stderr) };
      o.log(`  ${name}: ${(child.processWallMs / 1000).toFixed(2)} s wall, ${(child.cpuMs / 1000).toFixed(2)} s CPU (simulators ${(simCpuMs / 1000).toFixed(2)} s), ${child.maxRssMb.toFixed(0)} MB, requests ${SYSTEMS.map((s) => `${s} ${sent[s]}/${minimum[s]}`).join(', ')}`);
      if (r.phases.length) o.log(`    CPU by phase: ${r.phases.map((p) => `${p.phase} ${(p.cpuMs / 1000).toFixed(2)}`).join(' · ')}`);
      results.push(r);
      return r;
    };
    const plan = ['plan', '--format', 'json', '--detailed-exitcode'];

    const first = await step('plan (no changes)', plan, planMin);
    if (first.child.code !== 0) fail('the first plan over the seeded simulators is not empty: the seed is not in sync with the declarations', first.child);
    first.changes = countChanges(first.child.stdout);
    first.transport = await replayReads(o, sims);
    o.log(`  transport floor (the same reads, HTTP clients only): ${(first.transport.cpuMs / 1000).toFixed(2)} s CPU, ${(first.transport.processWallMs / 1000).toFixed(2)} s wall`);

    rewritePeople(o.root, o.changed.people, new Set(o.changed.mutations.map((m) => m.key)));
    const second = await step('plan (10 % changed)', plan, planMin);
    if (second.child.code !== 2) fail('the plan after the 10 % change should exit 2 (changes)', second.child);
    second.changes = countChanges(second.child.stdout);
    const expected = writeMinimum(o.changed.people, o.changed.mutations);
    const expectedChanges = { ...expected, mctime: expected.mctime / 2 };
    for (const s of SYSTEMS) {
      if (second.changes[s] !== expectedChanges[s]) throw new Error(`bench: the plan has ${second.changes[s]} ${s} changes, the generator changed ${expectedChanges[s]} ${s} resources`);
    }

    const applied = await step('apply (10 %)', ['apply', '--auto-approve', '--force', '--format', 'json'], applyMin);
    if (applied.child.code !== 0) fail('apply failed', applied.child);

    const last = await step('plan after apply', plan, planMin);
    if (last.child.code !== 0) fail('the plan after apply is not empty', last.child);
    last.changes = countChanges(last.child.stdout);
    return results;
  } finally {
    await Promise.all(Object.values(sims).map((s) => s.close()));
  }
}
