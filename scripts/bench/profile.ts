// Profiling helper (not part of `npm run bench`): one population, simulators at L = 0, the tool's plan run as a
// child on dist/ (build first), optionally under `node --cpu-prof`; prints CPU/RSS per run and, with a profile,
// the tool's hot spots by self time (functions and files).
// npx tsx scripts/bench/profile.ts --n 2000 --runs 3 --prof /tmp/prof
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Session } from 'node:inspector';
import { loadEnvironment } from '../../src/config/load.js';
import { startSimulator } from '../../src/sim/start.js';
import type { Simulator } from '../../src/sim/common/types.js';
import { runChild } from './child.js';
import { writeWrapper } from './child.js';
import { ENV_NAME, rewritePeople, writeContracts, writeEnvironment, writePeople } from './files.js';
import { generatePeople, mutate } from './generate.js';
import { SYSTEMS, type System } from './minimum.js';
import { credentialEnv, kimaiSeed, mctimeSeed, papershiftSeed } from './seed.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '1' },
    prof: { type: 'string' },
    top: { type: 'string', default: '40' },
    date: { type: 'string', default: '2026-11-23' },
    latency: { type: 'string', default: '0' },
    // Profile this process too (the simulators answering the child) and show its hot spots.
    'sim-prof': { type: 'boolean', default: false },
    // Extra flags for the child's node, space-separated, e.g. "--trace-gc --max-semi-space-size=32".
    'node-args': { type: 'string' },
    // V8's optimising compiles (--trace-opt --trace-deopt): TurboFan time per function, and what was thrown away.
    compiles: { type: 'boolean', default: false },
    // Another checkout whose dist/ to run, alternating with this one's (A/B on a busy machine).
    base: { type: 'string' },
    // Plan after every tenth person changed (the bench's second step) instead of a plan without changes.
    changed: { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const repo = resolve(import.meta.dirname, '..', '..');
const concurrency = 8;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * TurboFan's work from --trace-opt/--trace-deopt output: compile time per function (on V8's background threads,
 * part of the process's CPU) and how often it was compiled; a function compiled more than once was deoptimised.
 */
function summariseCompiles(trace: string, top: number): void {
  const byFn = new Map<string, { ms: number; n: number }>();
  let total = 0;
  // `<JSFunction name <file>` with --trace-file-names; an anonymous function shows only its file.
  const line = /^\[completed compiling 0x[0-9a-f]+ <JSFunction (?:([^ <>(]+) )?(?:<([^>]*)> )?\(sfi[^\]]*took ([0-9.]+), ([0-9.]+), ([0-9.]+) ms\]/gm;
  for (const m of trace.matchAll(line)) {
    const ms = Number(m[3]) + Number(m[4]) + Number(m[5]);
    const file = (m[2] ?? '').replace(/.*\/(dist|node_modules)\//, '');
    const name = `${m[1] ?? '(anonymous)'}${file ? ` ${file}` : ''}`;
    const f = byFn.get(name) ?? { ms: 0, n: 0 };
    byFn.set(name, { ms: f.ms + ms, n: f.n + 1 });
    total += ms;
  }
  // Why code was thrown away: a deopt names the function and the reason; "code dependencies" means a map or field
  // it relied on changed (a field that held numbers now holds null, say).
  const why = new Map<string, number>();
  const note = (fn: string, reason: string) => why.set(`${fn}: ${reason}`, (why.get(`${fn}: ${reason}`) ?? 0) + 1);
  let deopts = 0;
  for (const m of trace.matchAll(/^\[bailout \(kind: ([^,]+), reason: ([^)]*)\): begin\. deoptimizing 0x[0-9a-f]+ <JSFunction (?:([^ <>(]+) )?(?:<([^>]*)> )?/gm)) {
    deopts++;
    note(`${m[3] ?? '(anonymous)'} ${(m[4] ?? '').replace(/.*\/(dist|node_modules)\//, '')}`, `${m[1]}, ${m[2]}`);
  }
  let invalidated = 0;
  for (const m of trace.matchAll(/^\[marking dependent code 0x[0-9a-f]+ <Code [A-Z]+> \(0x[0-9a-f]+ <SharedFunctionInfo ?([^>]*)>\).*reason: ([^\]]*)\]/gm)) {
    invalidated++;
    note(m[1] || '(anonymous)', m[2] ?? '');
  }
  process.stdout.write(
    `  TurboFan: ${[...byFn.values()].reduce((a, f) => a + f.n, 0)} compiles, ${total.toFixed(0)} ms; ${deopts} deopts, ${invalidated} invalidated\n`,
  );
  for (const [name, f] of [...byFn].sort((a, b) => b[1].ms - a[1].ms).slice(0, top))
    process.stdout.write(`  ${f.ms.toFixed(1).padStart(8)} ms ${String(f.n).padStart(2)}× ${name}\n`);
  for (const [what, n] of [...why].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`  ${String(n).padStart(3)}× thrown away: ${what}\n`);
}

function summarise(file: string | Profile, top: number): void {
  const p = typeof file === 'string' ? (JSON.parse(readFileSync(file, 'utf8')) as Profile) : file;
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFn = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const node of p.nodes) {
    const t = self.get(node.id) ?? 0;
    if (!t) continue;
    const url = node.callFrame.url.replace(/^file:\/\//, '').replace(repo, '');
    const fn = `${node.callFrame.functionName || '(anon)'} ${url}:${node.callFrame.lineNumber + 1}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + t);
    const key = url.includes('node_modules/')
      ? url.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, 'pkg:$1')
      : url || node.callFrame.functionName;
    byFile.set(key, (byFile.get(key) ?? 0) + t);
  }
  const show = (title: string, m: Map<string, number>) => {
    process.stdout.write(`\n${title} (total ${(total / 1000).toFixed(0)} ms sampled)\n`);
    for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
      process.stdout.write(
        `${((100 * t) / total).toFixed(1).padStart(5)} %  ${(t / 1000).toFixed(0).padStart(6)} ms  ${k}\n`,
      );
  };
  // Inclusive time of the tool's own functions (dist/), each counted once per sample.
  const parent = new Map<number, number>();
  for (const node of p.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const byId = new Map(p.nodes.map((node) => [node.id, node]));
  const incl = new Map<string, number>();
  for (const [id, t] of self) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)?.callFrame;
      if (!f || !f.url.includes('/dist/')) continue;
      const key = `${f.functionName || '(anon)'} ${f.url.replace(/.*\/dist\//, '')}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + t);
    }
  }
  show('self time by function', byFn);
  show('inclusive time, dist/ functions', incl);
  show('self time by file / package', byFile);
}

/** Starts the V8 profiler on this process; the returned function stops it and gives the profile. */
async function startSelfProfile(): Promise<() => Promise<Profile>> {
  const session = new Session();
  session.connect();
  const post = (method: string): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, (err, res) => (err ? reject(err) : resolve(res))));
  await post('Profiler.enable');
  await post('Profiler.start');
  return async () => {
    const { profile } = (await post('Profiler.stop')) as { profile: Profile };
    session.disconnect();
    return profile;
  };
}

// Both sides run what the bin runs: the bundle, which `npm run build` makes.
for (const dir of [repo, ...(values.base ? [resolve(values.base)] : [])])
  if (!existsSync(join(dir, 'dist', 'bundle', 'main.js')))
    throw new Error(`${dir} has no dist/bundle/main.js: run \`npm run build\` there first`);

const root = mkdtempSync(join(tmpdir(), `people-prof-${n}-`));
try {
  mkdirSync(join(root, 'base'));
  const wrappers = [
    { name: 'this', file: writeWrapper(root, repo) },
    ...(values.base ? [{ name: 'base', file: writeWrapper(join(root, 'base'), resolve(values.base)) }] : []),
  ];
  const people = generatePeople(n);
  writeContracts(root);
  writeEnvironment(
    root,
    { kimai: 'http://127.0.0.1:1', papershift: 'http://127.0.0.1:1', mctime: 'http://127.0.0.1:1' },
    concurrency,
  );
  writePeople(root, people);
  const loaded = await loadEnvironment({ root, env: ENV_NAME, processEnv: credentialEnv() });
  if (!loaded.ok) throw new Error('the generated declarations do not validate');
  const knobs = { latencyMs: Number(values.latency), maxConcurrent: concurrency, rateLimit: null };
  const sims: Record<System, Simulator> = {
    kimai: await startSimulator('kimai', { seed: kimaiSeed(loaded.decl, values.date), knobs }),
    papershift: await startSimulator('papershift', { seed: papershiftSeed(loaded.decl, values.date), knobs }),
    mctime: await startSimulator('mctime', { seed: mctimeSeed(loaded.decl), knobs }),
  };
  try {
    writeEnvironment(
      root,
      { kimai: sims.kimai.url, papershift: sims.papershift.url, mctime: sims.mctime.url },
      concurrency,
    );
    if (values.changed) {
      const changed = mutate(people);
      rewritePeople(root, changed.people, new Set(changed.mutations.map((m) => m.key)));
    }
    for (let run = 1; run <= Number(values.runs); run++) {
      const dir = join(root, 'runs', `${run}`);
      mkdirSync(dir, { recursive: true });
      const profDir = values.prof && run === 1 ? resolve(values.prof) : undefined;
      for (const { name, file: wrapper } of wrappers) {
        if (profDir && name === 'this') rmSync(profDir, { recursive: true, force: true });
        for (const s of SYSTEMS) sims[s].server.log.length = 0;
        const simProfiler = values['sim-prof'] && run === 1 && name === 'this' ? await startSelfProfile() : undefined;
        const child = await runChild({
          wrapper,
          args: [
            'plan',
            '--format',
            'json',
            '--detailed-exitcode',
            '--root',
            root,
            '--env',
            ENV_NAME,
            '--date',
            values.date,
            '--verbose',
          ],
          env: credentialEnv(),
          nodeArgs: [
            ...(values.compiles ? ['--trace-opt', '--trace-deopt', '--trace-file-names'] : []),
            ...(values['node-args']?.split(' ').filter(Boolean) ?? []),
          ],
          dir,
          cpuProfileDir: name === 'this' ? profDir : undefined,
        });
        if (simProfiler) {
          process.stdout.write('\nsimulators (this process):\n');
          summarise(await simProfiler(), Number(values.top));
        }
        const sent = SYSTEMS.map((s) => sims[s].server.log.length).join(' / ');
        // Where the wall time went: each system's first and last answer, relative to the child's start.
        const spans = SYSTEMS.map((s) => {
          const log = sims[s].server.log;
          const at = (i: number) => (((log[i]?.at ?? child.startedAt) - child.startedAt) / 1000).toFixed(2);
          return `${s} ${at(0)}–${at(log.length - 1)} s`;
        }).join(', ');
        process.stdout.write(`  answers: ${spans}\n`);
        // The tool's own split of its time by phase (--verbose).
        const timings = /^timings .*$/m.exec(child.stderr)?.[0];
        if (timings) process.stdout.write(`  ${timings}\n`);
        // With --trace-gc the child's stdout carries one line per collection: sum the pauses by kind.
        const gc = new Map<string, { n: number; ms: number; max: number }>();
        for (const m of child.stdout.matchAll(/ms: (Scavenge|Mark-Compact|Mark-sweep)[^,]*, ([0-9.]+) \/ /g)) {
          const g = gc.get(m[1] ?? '') ?? { n: 0, ms: 0, max: 0 };
          const ms = Number(m[2]);
          gc.set(m[1] ?? '', { n: g.n + 1, ms: g.ms + ms, max: Math.max(g.max, ms) });
        }
        // The heap after each full collection shows what is kept alive, and when.
        for (const m of child.stdout.matchAll(/\s(\d+) ms: Mark-Compact ([0-9.]+) \(([0-9.]+)\) -> ([0-9.]+) \(([0-9.]+)\) MB/g))
          process.stdout.write(`  full gc at ${m[1]} ms: heap ${m[2]} -> ${m[4]} MB (committed ${m[5]} MB)\n`);
        // With --trace-gc-nvp: bytes promoted to the old generation by scavenges, per 10 s of the run.
        const promoted = new Map<number, number>();
        for (const m of child.stdout.matchAll(/^\[\d+:0x[0-9a-f]+\]\s+(\d+) ms: pause=.*?gc=s .*?promoted=(\d+)/gm)) {
          const bucket = Math.floor(Number(m[1]) / 10000);
          promoted.set(bucket, (promoted.get(bucket) ?? 0) + Number(m[2]));
        }
        for (const [b, bytes] of promoted) process.stdout.write(`  promoted ${b * 10}-${b * 10 + 10} s: ${(bytes / 1e6).toFixed(0)} MB\n`);
        if (values.compiles) summariseCompiles(child.stdout, Number(values.top));
        for (const [kind, g] of gc)
          process.stdout.write(`  gc ${kind}: ${g.n}×, ${g.ms.toFixed(0)} ms paused, longest ${g.max.toFixed(0)} ms\n`);
        process.stdout.write(
          `${name} run ${run}: exit ${child.code}, ${(child.processWallMs / 1000).toFixed(2)} s wall, ${(child.cpuMs / 1000).toFixed(2)} s CPU (user ${(child.userCpuMs / 1000).toFixed(2)}), ${child.maxRssMb.toFixed(0)} MB, requests ${sent}${profDir ? ' [profiled]' : ''}\n`,
        );
        if (child.code !== 0) process.stdout.write(child.stderr.slice(0, 2000));
        // A --node-args preload may report memory on stderr (lines starting MEMPEAK).
        for (const line of child.stderr.split('\n')) if (line.startsWith('MEMPEAK')) process.stdout.write(`  ${line}\n`);
        if (profDir && name === 'this')
          for (const f of readdirSync(profDir))
            if (f.endsWith('.cpuprofile')) summarise(join(profDir, f), Number(values.top));
      }
    }
  } finally {
    await Promise.all(Object.values(sims).map((s) => s.close()));
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
