// npm run bench: the tool against simulators with per-request latency, at 1,000 and 10,000 people; writes
// BENCHMARKS.md. A benchmark, not a test: it fails loudly only when the setup is wrong (seed out of sync,
// unexpected plan), never on a timing.
// Options: --sizes 1000,10000  --latency 20  --concurrency 8  --date 2026-11-23  --profile DIR  --no-write
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEnvironment } from '../src/config/load.js';
import { writeTransportWrapper, writeWrapper } from './bench/child.js';
import { ENV_NAME, writeContracts, writeEnvironment, writePeople } from './bench/files.js';
import { generatePeople, mutate } from './bench/generate.js';
import { renderReport, type SizeRun } from './bench/report.js';
import { runScenario, type Seeds } from './bench/scenario.js';
import { credentialEnv, kimaiSeed, mctimeSeed, papershiftSeed } from './bench/seed.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    latency: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '8' },
    date: { type: 'string', default: '2026-11-23' },
    profile: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    'skip-zero': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const latencyMs = Number(values.latency);
const concurrency = Number(values.concurrency);
const repo = resolve(import.meta.dirname, '..');
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Seeds from the declarations as the tool loads them (placeholder URLs: the simulators are not up yet). */
async function buildSeeds(root: string, people: ReturnType<typeof generatePeople>): Promise<Seeds> {
  writeContracts(root);
  writeEnvironment(root, { kimai: 'http://127.0.0.1:1', papershift: 'http://127.0.0.1:1', mctime: 'http://127.0.0.1:1' }, concurrency);
  writePeople(root, people);
  const loaded = await loadEnvironment({ root, env: ENV_NAME, processEnv: credentialEnv() });
  if (!loaded.ok) throw new Error(`bench: the generated declarations do not validate:\n${loaded.errors.slice(0, 10).map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n')}`);
  return { kimai: kimaiSeed(loaded.decl, values.date), papershift: papershiftSeed(loaded.decl, values.date), mctime: mctimeSeed(loaded.decl) };
}

const runs: SizeRun[] = [];
for (const n of sizes) {
  const root = mkdtempSync(join(tmpdir(), `people-bench-${n}-`));
  try {
    const wrapper = writeWrapper(root, repo);
    const transportWrapper = writeTransportWrapper(root, repo);
    const people = generatePeople(n);
    const changed = mutate(people);
    log(`N = ${n}: building seeds`);
    const seeds = await buildSeeds(root, people);
    for (const l of values['skip-zero'] ? [latencyMs] : [latencyMs, 0]) {
      log(`N = ${n}, L = ${l} ms, C = ${concurrency}`);
      const steps = await runScenario({ root, wrapper, transportWrapper, people, changed, seeds, latencyMs: l, concurrency, date: values.date, profileDir: values.profile && resolve(values.profile), log });
      runs.push({ n, latencyMs: l, concurrency, steps, mutations: changed.mutations.length });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const report = renderReport(runs, { latencyMs, concurrency });
if (values['no-write']) process.stdout.write(report);
else {
  writeFileSync(join(repo, 'BENCHMARKS.md'), report);
  log('wrote BENCHMARKS.md');
}
