// BENCHMARKS.md: machine, method, the minimum-request derivation, the results and the targets.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { SYSTEMS, type PerSystem } from './minimum.js';
import type { StepResult } from './scenario.js';

export interface SizeRun {
  n: number;
  latencyMs: number;
  concurrency: number;
  mutations: number;
  steps: StepResult[];
}

function cpuModel(): string {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1]!.trim();
  } catch {
    // not Linux: fall back to what Node reports
  }
  return cpus()[0]?.model ?? 'unknown';
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const triple = (p: PerSystem) => SYSTEMS.map((x) => p[x]).join(' / ');

function sentCell(r: StepResult): string {
  const extra = SYSTEMS.some((x) => r.sent[x] !== r.minimum[x]);
  return extra ? `**${triple(r.sent)}**` : triple(r.sent);
}

function table(runs: SizeRun[]): string[] {
  const out = [
    '| N | L | step | wall s | ideal s | wall ÷ ideal | requests sent K / P / M | minimum K / P / M | tool CPU s | peak RSS MB | simulators CPU s |',
    '| ---: | ---: | --- | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: |',
  ];
  for (const run of runs)
    for (const r of run.steps) {
      const ratio = r.idealMs > 0 ? (r.child.processWallMs / r.idealMs).toFixed(2) : 'n/a';
      out.push(`| ${run.n} | ${run.latencyMs} | ${r.step} | ${s(r.child.processWallMs)} | ${s(r.idealMs)} | ${ratio} | ${sentCell(r)} | ${triple(r.minimum)} | ${s(r.child.cpuMs)} | ${r.child.maxRssMb.toFixed(0)} | ${s(r.simCpuMs)} |`);
    }
  return out;
}

function linearity(runs: SizeRun[]): string[] {
  const sizes = [...new Set(runs.map((r) => r.n))].sort((a, b) => a - b);
  if (sizes.length < 2) return ['(one size only: no linearity figure)'];
  const [small, big] = [sizes[0]!, sizes.at(-1)!];
  const out = [
    `Cost at ${big} ÷ cost at ${small} (${big / small} = perfectly linear):`,
    '',
    '| L | step | wall ratio | tool CPU ratio | peak RSS ratio |',
    '| ---: | --- | ---: | ---: | ---: |',
  ];
  for (const l of [...new Set(runs.map((r) => r.latencyMs))]) {
    const a = runs.find((r) => r.n === small && r.latencyMs === l);
    const b = runs.find((r) => r.n === big && r.latencyMs === l);
    if (!a || !b) continue;
    a.steps.forEach((x, i) => {
      const y = b.steps[i]!;
      out.push(`| ${l} | ${x.step} | ${(y.child.processWallMs / x.child.processWallMs).toFixed(1)} | ${(y.child.cpuMs / x.child.cpuMs).toFixed(1)} | ${(y.child.maxRssMb / x.child.maxRssMb).toFixed(1)} |`);
    });
  }
  return out;
}

/** Step 1's CPU next to the transport floor: the same reads through the tool's HTTP clients and nothing else. */
function transportTable(runs: SizeRun[]): string[] {
  const out = [
    '| N | L | tool CPU s | transport CPU s | tool ÷ transport | tool − transport s |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const run of runs) {
    const first = run.steps[0];
    if (!first?.transport) continue;
    const tool = first.child.cpuMs;
    const floor = first.transport.cpuMs;
    out.push(`| ${run.n} | ${run.latencyMs} | ${s(tool)} | ${s(floor)} | ${(tool / floor).toFixed(2)} | ${s(tool - floor)} |`);
  }
  return out;
}

const PHASE_COLUMNS = ['start-up', 'load', 'read', 'plan', 'render', 'other'] as const;

function median(xs: number[]): number {
  const v = [...xs].sort((a, b) => a - b);
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? (v[m] as number) : ((v[m - 1] as number) + (v[m] as number)) / 2;
}

/** CPU of the tool's own work: every phase but the reads (which are the transport plus reading the answers). */
function ownWorkMs(step: StepResult): number | undefined {
  if (step.phases.length === 0) return undefined;
  return step.phases.filter((p) => p.phase !== 'read').reduce((a, p) => a + p.cpuMs, 0);
}

/** Step 1's CPU split by phase, as the tool itself measured it (--verbose). */
function phaseTable(runs: SizeRun[]): string[] {
  const out = [
    `| N | L | ${PHASE_COLUMNS.join(' | ')} | all but read | total |`,
    `| ---: | ---: | ${PHASE_COLUMNS.map(() => '---:').join(' | ')} | ---: | ---: |`,
  ];
  for (const run of runs) {
    const first = run.steps[0];
    if (!first || first.phases.length === 0) continue;
    const cpu = (phase: string) => first.phases.find((p) => p.phase === phase)?.cpuMs ?? 0;
    const total = first.phases.reduce((a, p) => a + p.cpuMs, 0);
    out.push(`| ${run.n} | ${run.latencyMs} | ${PHASE_COLUMNS.map((c) => s(cpu(c))).join(' | ')} | ${s(ownWorkMs(first) ?? 0)} | ${s(total)} |`);
  }
  return out;
}

function targets(runs: SizeRun[], latencyMs: number): string[] {
  const big = Math.max(...runs.map((r) => r.n));
  const withL = runs.find((r) => r.n === big && r.latencyMs === latencyMs);
  const zero = runs.find((r) => r.n === big && r.latencyMs === 0);
  const out: string[] = [];
  const check = (ok: boolean, text: string) => out.push(`- ${ok ? 'met' : '**missed**'}: ${text}`);
  if (withL) {
    for (const r of withL.steps.filter((x) => x.step !== 'plan after apply')) {
      const ratio = r.child.processWallMs / r.idealMs;
      check(ratio <= 1.3, `wall ÷ ideal ≤ 1.3 at ${big} for ${r.step}: ${ratio.toFixed(2)}`);
    }
  }
  const all = runs.flatMap((r) => r.steps);
  const over = all.filter((r) => SYSTEMS.some((x) => r.sent[x] !== r.minimum[x]));
  check(over.length === 0, `requests sent = the documented minimum in every step${over.length ? ` (differs in ${over.length} steps, bold in the table)` : ''}`);
  const cpuPlan = (zero ?? withL)?.steps[0];
  if (cpuPlan) {
    const floor = cpuPlan.transport ? `; the transport floor alone (its reads through the HTTP clients, nothing else) takes ${s(cpuPlan.transport.cpuMs)} s, the tool's work above it ${s(cpuPlan.child.cpuMs - cpuPlan.transport.cpuMs)} s` : '';
    check(cpuPlan.child.cpuMs <= 3000, `the tool's own CPU for a ${big}-person plan ≤ 3 s: ${s(cpuPlan.child.cpuMs)} s (L = ${zero ? 0 : latencyMs})${floor}`);
    // Loading and planning do not depend on the latency, so every plan at the big size is a sample of the same
    // cost; on a noisy machine their median says more than one run.
    const owns = runs
      .filter((r) => r.n === big)
      .flatMap((r) => r.steps.filter((x) => x.step.startsWith('plan')))
      .flatMap((x) => ownWorkMs(x) ?? []);
    const own = ownWorkMs(cpuPlan);
    if (own !== undefined && owns.length > 0) {
      const mid = median(owns);
      check(mid <= 3000, `read as the tool's own cost (load, validate, compile, diff, render: every phase but the reads) ≤ 3 s for a ${big}-person plan: median ${s(mid)} s over the ${owns.length} plans at ${big} (range ${s(Math.min(...owns))}–${s(Math.max(...owns))} s; step 1 at L = ${zero ? 0 : latencyMs}: ${s(own)} s), from the tool's own timings`);
    }
  }
  const rss = Math.max(...all.map((r) => r.child.maxRssMb));
  check(rss <= 400, `peak RSS ≤ 400 MB: ${rss.toFixed(0)} MB at most`);
  return out;
}

const DERIVATION = `## Minimum requests (derived from ../shared/apis/)

**plan** (and the fresh plan every \`apply\` makes before it writes):

- **Kimai: 2, or 3 with week or month contracts.** \`GET /api/users?visible=3&full=true\` returns every user, disabled
  ones included, with roles and stored preferences in one unpaginated answer (kimai.md §3.1: no pagination; \`full\`
  gives the entity shape; stored rows are exactly what the plan compares, missing rows read as the defaults). Plus
  \`GET /api/users/me\`: the tool must know the token owner so that it never disables it or removes its last
  super-admin role (kimai.md §3.4, §7.11) — the list does not say which user owns the token. Plus \`GET /api/plugins\`
  when a week or month contract is in force for anyone: those need the working-contract plugin (§7.8), and only that
  answer tells whether Kimai would store them or refuse their hours half-way (the bench population has them: 3).
- **Papershift: 2 + U + S.** One sign-in (\`POST /auth/signin\`, the only way to get a token, papershift.md §2.2), one
  \`GET /api/v1/users\` (no paging by default, §2.7), then per managed user U one
  \`GET …/working_time_models?filter[discarded_at_blank]=1&include=weekly_workdays\` (models and their workdays in
  one compound document, §3.2; there is no cross-user model list) and, for the S users with a declared staff number,
  one \`GET …/payroll_information\` (1:1 per user, nested route, §3.5). Users without a declared staff number do not
  need their payroll read: the tool leaves it alone.
- **McTime: ⌊(A+1)/20⌋ + 1 + ⌊I/20⌋ + 1 + M.** \`GET /users\` returns 20 users a page with no total (mctime.md §2.4):
  the last page is the first one shorter than 20, so A active users (the managed ones + the API key's administrator)
  take ⌊A/20⌋ + 1 pages, and the inactive list (\`inactive=true\`, needed so that a leaver still matches, §3.1) another
  ⌊I/20⌋ + 1 (I = 0 here: 1 page). Then one \`GET /users/{id}\` per managed user M: list rows lack the employments and
  ids an edit needs (§3.1 "treat list rows as an index only"), and the plan compares those fields.

**apply** = the plan above + one request per changed resource: Kimai preferences one
\`PATCH /api/users/{id}/preferences\` (while the contract type stays; a type change needs two, kimai.md §7.8), a
Papershift model one \`PUT …/working_time_models/{id}\` carrying its changed workdays (§3.2), a McTime user one
full-replace \`POST /users\` **plus the re-read right before it** (mctime.md §4.3: edit only from a fresh
\`GET /users/{id}\`, since the POST replaces the whole record).

**ideal** wall time = max over the systems of (minimum requests × L ÷ C): every system serves at most C requests at
once, each taking L ms, and the three systems are read in parallel.`;

export function renderReport(runs: SizeRun[], o: { latencyMs: number; concurrency: number }): string {
  const sizes = [...new Set(runs.map((r) => r.n))].join(', ');
  const mutations = runs.map((r) => `${r.n}: ${r.mutations}`).filter((v, i, a) => a.indexOf(v) === i).join(', ');
  return [
    '# Benchmarks',
    '',
    '<!-- Generated by `npm run bench` (scripts/bench.ts); edit the script, not this file. -->',
    '',
    `Machine: ${cpuModel()}, ${cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '## Results',
    '',
    `N people; L = per-request latency of every simulator (ms); C = ${o.concurrency} requests served at once per system (simulator \`maxConcurrent\`, and \`concurrency: ${o.concurrency}\` in environment.yaml so the client matches); no rate limit. K / P / M = Kimai / Papershift / McTime. Requests in **bold** differ from the minimum.`,
    '',
    ...table(runs),
    '',
    'Tool CPU = user + system time of the child (all its threads, GC included). Simulators CPU = the bench process',
    'during the step: the three simulators share it, and the machine, with the tool.',
    '',
    'With L = 0 the wall and CPU figures are the tool\'s own cost: load and validate the YAML, compile, diff, render',
    '(plus the simulators answering as fast as they can on the same machine).',
    '',
    '## The transport floor',
    '',
    'Step 1 (plan, no changes) against the same reads replayed through the tool\'s own HTTP clients (auth, retries,',
    'concurrency limit, JSON parsing) in a child that does nothing else. Whatever the tool does, those requests cost',
    'the transport CPU on this machine; "tool − transport" is what loading, matching, compiling, diffing and rendering',
    'add.',
    '',
    ...transportTable(runs),
    '',
    "## Where the tool's CPU went",
    '',
    "Step 1 (plan, no changes), split by the tool's own timings (`--verbose`: process CPU at each phase's start and",
    'end). start-up = node and the modules; load = read, parse, validate and compile the declarations (and the',
    "declarations digest); read = the systems' answers: requests, JSON, paging, matching, while they arrive; plan = the",
    "three providers' diffs and the plan's assembly; render = the output; other = closing connections. \"All but read\"",
    "is the tool's own cost in the issue's sense (load, validate, compile, diff, render). Loading and planning do not",
    'depend on the latency, so every plan step at one size measures the same own cost: the target below is judged on',
    'their median, with the range, since one run on a shared machine can be off by a fifth either way.',
    '',
    ...phaseTable(runs),
    '',
    '## Linearity',
    '',
    ...linearity(runs),
    '',
    '## Targets',
    '',
    ...targets(runs, o.latencyMs),
    '',
    DERIVATION,
    '',
    '## Method',
    '',
    `- Population (sizes ${sizes}): a seeded generator (scripts/bench/generate.ts, mulberry32, no faker), one YAML file per`,
    '  person plus contracts.yaml: 60 % one template contract (40 h, 38.5 h, 20 h week), 20 % one day contract, 20 % two',
    '  contracts (an ended template, then a day or week contract); every person in Kimai, 90 % in Papershift (89 % of',
    '  them with a staff number), 85 % in McTime (82 % of those with an employment); the 10 % outside Papershift may have',
    '  a month contract.',
    '- Simulators: started inside the bench process with the people already present and in sync; the seeds are built',
    "  with the providers' own pure compile functions (what a create would write) in each simulator's seed format",
    '  (scripts/bench/seed.ts). The first plan must show no changes, or the bench fails.',
    `- Change: every tenth person (${mutations} people): one more vacation day (Kimai preferences), other hours in the`,
    '  contract in force (Kimai preferences + a Papershift model), or another McTime position (one McTime user). The',
    '  bench checks that the plan has exactly one change per changed resource.',
    '- The tool runs as a child process (`node` on the built dist/, through a small wrapper that calls',
    '  `main(argv)` and writes `process.resourceUsage()`), so its CPU time and peak RSS exclude the simulators.',
    '  Wall = the child process from spawn to exit, as a user sees it. Requests sent = the simulators\' request logs.',
    '- Steps: (1) `plan --format json --detailed-exitcode` (exit 0), (2) the same after the change (exit 2),',
    '  (3) `apply --auto-approve --force --format json`, (4) the plan again (exit 0). Each (N, L) starts from a fresh seed.',
    "  Before each step the bench process collects its own garbage (node's gc()), so that its GC threads do not run",
    "  beside the measured child on the machine's two cores.",
    '',
  ].join('\n');
}
