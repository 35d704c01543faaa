// The tool under measurement runs in its own process (plain node on the built dist/, no tsx loader) so that
// its CPU time and peak RSS are not mixed with the simulators'. The wrapper is written out as a .mjs at run
// time because a .mjs in the repository would sit outside the type-checked ESLint project.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ChildResult {
  code: number;
  /** Wall time of main(argv) inside the child, from its start to its end. */
  wallMs: number;
  /** Wall time as the bench saw it, process start-up included. */
  processWallMs: number;
  /** Date.now() when the child was spawned, to place the simulators' answers on the run's time line. */
  startedAt: number;
  cpuMs: number;
  userCpuMs: number;
  systemCpuMs: number;
  maxRssMb: number;
  stdout: string;
  stderr: string;
}

interface Usage {
  code: number;
  wallMs: number;
  userCPUTime: number;
  systemCPUTime: number;
  maxRSS: number;
}

/** The end of every child: its wall time since `started`, exit code `code` and resource usage, to the usage file. */
const REPORT_USAGE = [
  'const wallMs = Number(process.hrtime.bigint() - started) / 1e6;',
  'const u = process.resourceUsage();',
  'writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ code, wallMs, userCPUTime: u.userCPUTime, systemCPUTime: u.systemCPUTime, maxRSS: u.maxRSS }));',
];

const moduleUrl = (file: string) => JSON.stringify(pathToFileURL(file).href);

function wrapperSource(mainJs: string): string {
  return [
    "import { writeFileSync } from 'node:fs';",
    `import { main } from ${moduleUrl(mainJs)};`,
    'const started = process.hrtime.bigint();',
    'const code = await main(process.argv.slice(2));',
    ...REPORT_USAGE,
    'process.exitCode = code;',
    '',
  ].join('\n');
}

export function writeWrapper(dir: string, repo: string): string {
  const file = join(dir, 'bench-child.mjs');
  writeFileSync(file, wrapperSource(join(repo, 'dist', 'bundle', 'main.js')));
  return file;
}

/**
 * The transport floor: the same GET requests a plan sent, replayed through the tool's own HTTP clients (auth,
 * retries, concurrency limit, JSON parsing) with nothing else, in a child of its own. Its CPU is what those
 * requests cost on this machine however the tool was written; the tool's CPU above it is the tool's own work.
 */
function transportSource(dist: string): string {
  return [
    "import { readFileSync, writeFileSync } from 'node:fs';",
    `import { connectProvider } from ${moduleUrl(join(dist, 'providers', 'registry.js'))};`,
    `import { fanOut } from ${moduleUrl(join(dist, 'http', 'fan-out.js'))};`,
    'const job = JSON.parse(readFileSync(process.argv[2], "utf8"));',
    'const started = process.hrtime.bigint();',
    'await Promise.all(Object.entries(job).map(async ([system, { conn, paths }]) => {',
    '  const client = connectProvider(system, conn);',
    // The tool's own read window, so that the floor carries no cost the tool does not have.
    "  await fanOut(client, paths, (path) => client.send({ method: 'GET', path }));",
    '  await client.close();',
    '}));',
    'const code = 0;',
    ...REPORT_USAGE,
    '',
  ].join('\n');
}

export function writeTransportWrapper(dir: string, repo: string): string {
  const file = join(dir, 'bench-transport.mjs');
  writeFileSync(file, transportSource(join(repo, 'dist')));
  return file;
}

export interface RunChildOptions {
  wrapper: string;
  args: string[];
  env: Record<string, string>;
  /** Scratch folder for stdout/stderr/usage files. */
  dir: string;
  /** Folder for a V8 CPU profile (node --cpu-prof), or undefined. */
  cpuProfileDir?: string;
  /** More flags for the child's node (profiling only: --trace-gc, heap sizes). */
  nodeArgs?: string[];
}

/** Runs the CLI once; stdout/stderr go to files (a pipe the bench must drain would add its own cost). */
export async function runChild(opts: RunChildOptions): Promise<ChildResult> {
  const usageFile = join(opts.dir, 'usage.json');
  const outFile = join(opts.dir, 'stdout.txt');
  const errFile = join(opts.dir, 'stderr.txt');
  writeFileSync(usageFile, '');
  const out = openSync(outFile, 'w');
  const err = openSync(errFile, 'w');
  const nodeArgs = [
    ...(opts.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.cpuProfileDir}`] : []),
    ...(opts.nodeArgs ?? []),
  ];
  const started = performance.now();
  const startedAt = Date.now();
  const exit = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, opts.wrapper, ...opts.args], {
      stdio: ['ignore', out, err],
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...opts.env, BENCH_USAGE_FILE: usageFile },
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
  const processWallMs = performance.now() - started;
  closeSync(out);
  closeSync(err);
  const stdout = readFileSync(outFile, 'utf8');
  const stderr = readFileSync(errFile, 'utf8');
  const raw = readFileSync(usageFile, 'utf8');
  if (!raw) throw new Error(`the child exited (${exit}) without writing its usage:\n${stderr.slice(0, 2000)}`);
  const u = JSON.parse(raw) as Usage;
  return {
    code: u.code,
    wallMs: u.wallMs,
    processWallMs,
    startedAt,
    userCpuMs: u.userCPUTime / 1000,
    systemCpuMs: u.systemCPUTime / 1000,
    cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000,
    // resourceUsage().maxRSS is in kilobytes.
    maxRssMb: u.maxRSS / 1024,
    stdout,
    stderr,
  };
}
