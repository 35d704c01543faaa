import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { McTimeSeed } from '../../src/sim/mctime/index.js';
import { readSeed } from '../../src/runtime/simulators.js';
import { startSimulator } from '../../src/sim/start.js';
import { copyEnvironment, runCli } from '../helpers/cli.js';
import { externalSandbox, type ExternalSandbox } from '../helpers/external-sims.js';

const DATE = ['--date', '2026-11-23'];
type Json = Record<string, unknown>;

/** The seed leaves nested ids out and the simulator assigns them when it loads: compare values only. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'id' && k !== 'relId' && k !== 'relID').map(([k, v]) => [k, withoutIds(v)]));
  }
  return value;
}

function mctimeUser(snapshot: McTimeSeed, email: string): Json {
  const user = snapshot.users.find((u) => u.email === email);
  if (!user) throw new Error(`no McTime user ${email}`);
  return user;
}

describe('sandbox: plan, apply, plan again', () => {
  it('converges, keeps McTime data the declarations do not mention, and reports with detailed exit codes', async () => {
    const root = copyEnvironment('sandbox');
    const first = await runCli(['plan', '--env', 'sandbox', '--root', root, '--detailed-exitcode', ...DATE]);
    expect(first.stderr).not.toContain('Error');
    expect(first.code).toBe(2);
    expect(first.stdout).toMatch(/Plan: \d+ to create, \d+ to update, \d+ to delete\./);

    const apply = await runCli(['apply', '--env', 'sandbox', '--root', root, '--auto-approve', ...DATE]);
    expect(apply.stdout).toContain('0 failed');
    expect(apply.code).toBe(0);

    const second = await runCli(['plan', '--env', 'sandbox', '--root', root, '--detailed-exitcode', ...DATE]);
    expect(second.stdout).toContain('No changes.');
    expect(second.code).toBe(0);

    // paul.berger's McTime record holds data no declaration mentions: it must survive the full-replace edits.
    const state = JSON.parse(readFileSync(join(root, 'environments/sandbox/.simulator-state.json'), 'utf8')) as { mctime: McTimeSeed };
    // Baseline: the record as the simulator stores it right after loading the seed.
    const fresh = await startSimulator('mctime', { seed: readSeed(join(process.cwd(), 'environments/sandbox')).mctime });
    const before = mctimeUser(fresh.snapshot() as McTimeSeed, 'paul.berger@acme.example');
    await fresh.close();
    const after = mctimeUser(state.mctime, 'paul.berger@acme.example');
    for (const key of ['exportIds', 'address', 'availableLoginMethods', 'birthDate', 'nationality']) {
      expect(withoutIds(after[key]), key).toEqual(withoutIds(before[key]));
    }
    const oldJob = (e: Json[]) => e.find((x) => String((x.basicData as Json).employmentStart).startsWith('2018-03-01'));
    expect(oldJob(after.userEmployments as Json[])).toBeDefined();
    expect(withoutIds(oldJob(after.userEmployments as Json[]))).toEqual(withoutIds(oldJob(before.userEmployments as Json[])));
  });

  it('with --verbose, tells on stderr where the time went, phase by phase', async () => {
    const root = copyEnvironment('sandbox');
    const plan = await runCli(['plan', '--env', 'sandbox', '--root', root, '--verbose', ...DATE]);
    expect(plan.code).toBe(0);
    expect(plan.stderr).toMatch(
      /^timings \(CPU s \/ wall s\): start-up [\d.]+\/[\d.]+ · load [\d.]+\/[\d.]+ · read [\d.]+\/[\d.]+ · plan [\d.]+\/[\d.]+ · render [\d.]+\/[\d.]+ · other [\d.]+\/[\d.]+ · total [\d.]+\/[\d.]+$/m,
    );
    const quiet = await runCli(['plan', '--env', 'sandbox', '--root', root, ...DATE]);
    expect(quiet.stderr).not.toContain('timings');
  });

  it('refuses to apply a fresh plan without a terminal or --auto-approve, sending nothing', async () => {
    const root = copyEnvironment('sandbox');
    const r = await runCli(['apply', '--env', 'sandbox', '--root', root, ...DATE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--auto-approve');
    expect(r.stderr).toContain('Nothing was sent.');
    // With nothing to change there is nothing to approve: apply succeeds anywhere, as Terraform's does.
    expect((await runCli(['apply', '--env', 'sandbox', '--root', root, '--auto-approve', ...DATE])).code).toBe(0);
    const idle = await runCli(['apply', '--env', 'sandbox', '--root', root, ...DATE]);
    expect(idle.code).toBe(0);
    expect(idle.stdout).toContain('No changes.');
  });

  it('says which file it cannot write, without a stack (plan --out, drift --out)', async () => {
    const root = copyEnvironment('sandbox');
    // A file where a folder should be: the folder cannot be made.
    writeFileSync(join(root, 'taken'), 'a file');
    const plan = await runCli(['plan', '--env', 'sandbox', '--root', root, '--out', 'taken/plan.json', ...DATE]);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/^Error: cannot write \S*taken\/plan\.json: a part of the path is not a folder$/m);
    expect(plan.stderr).not.toMatch(/\n\s+at /);
    const drift = await runCli(['drift', '--env', 'sandbox', '--root', root, '--out', 'taken/drift.html', ...DATE]);
    expect(drift.code).toBe(1);
    expect(drift.stderr).toMatch(/^Error: cannot write taken\/drift\.html: a part of the path is not a folder$/m);
  });

  it('takes the global options before the command as well as after it (DESIGN.md: --root, --no-color, --verbose)', async () => {
    const root = copyEnvironment('sandbox');
    const before = await runCli(['--root', root, '--no-color', '--verbose', 'plan', '--env', 'sandbox', '--detailed-exitcode', ...DATE]);
    const after = await runCli(['plan', '--env', 'sandbox', '--detailed-exitcode', ...DATE, '--root', root, '--no-color', '--verbose']);
    expect(before.code).toBe(2);
    expect(before.stdout).toBe(after.stdout);
    expect(before.stderr).toMatch(/^timings /m);
    expect((await runCli(['--root', root, 'validate', '--env', 'sandbox'])).code).toBe(0);
  });
});

describe('saved plans', () => {
  let ext: ExternalSandbox | undefined;
  afterEach(async () => ext?.close());

  it('applies a saved plan without a prompt, then a new plan is empty', async () => {
    ext = await externalSandbox();
    const plan = await runCli(['plan', '--env', 'ext', '--root', ext.root, '--out', 'plans/ext.plan.json', ...DATE], { env: ext.env });
    expect(plan.code).toBe(0);
    const apply = await runCli(['apply', '--env', 'ext', '--root', ext.root, 'plans/ext.plan.json'], { env: ext.env });
    expect(apply.code).toBe(0);
    const again = await runCli(['plan', '--env', 'ext', '--root', ext.root, '--detailed-exitcode', ...DATE], { env: ext.env });
    expect(again.code).toBe(0);
  });

  it('refuses a stale saved plan, lists what moved, and sends nothing', async () => {
    ext = await externalSandbox();
    await runCli(['plan', '--env', 'ext', '--root', ext.root, '--out', 'plans/ext.plan.json', ...DATE], { env: ext.env });
    // Someone edits a Kimai user by hand after the plan was reviewed.
    const kimai = ext.sims.kimai;
    const users = (await (await fetch(`${kimai.url}/api/users?visible=3`, { headers: { authorization: `Bearer ${kimai.credentials.token}` } })).json()) as Array<{ id: number; username: string }>;
    const anna = users.find((u) => u.username === 'aschmidt')!;
    const patched = await fetch(`${kimai.url}/api/users/${anna.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${kimai.credentials.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Changed by hand' }),
    });
    expect(patched.status).toBe(200);
    // Writes = anything but reads and Papershift's sign-in; the only one so far is the hand edit above.
    const writes = () => Object.values(ext!.sims).flatMap((s) => s.server.log.filter((l) => l.method !== 'GET' && !l.path.startsWith('/auth/')));
    expect(writes()).toHaveLength(1);
    const apply = await runCli(['apply', '--env', 'ext', '--root', ext.root, 'plans/ext.plan.json'], { env: ext.env });
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain('stale');
    expect(apply.stderr).toContain('kimai:anna.schmidt:user');
    expect(writes()).toHaveLength(1);
  });

  it('applies the safety threshold to a saved plan too, overridable with --force', async () => {
    ext = await externalSandbox({}, 'policy: { unmanaged: report, maxChangesPercent: 5, minPopulation: 2 }');
    await runCli(['plan', '--env', 'ext', '--root', ext.root, '--out', 'plans/ext.plan.json', ...DATE], { env: ext.env });
    const refused = await runCli(['apply', '--env', 'ext', '--root', ext.root, 'plans/ext.plan.json'], { env: ext.env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/existing managed users would change \(\d+\.\d% > policy.maxChangesPercent 5%\)/);
    const forced = await runCli(['apply', '--env', 'ext', '--root', ext.root, 'plans/ext.plan.json', '--force'], { env: ext.env });
    expect(forced.code).toBe(0);
  });

  it('takes the environment lock in plans/ even for a plan file saved elsewhere', async () => {
    ext = await externalSandbox();
    await runCli(['plan', '--env', 'ext', '--root', ext.root, '--out', 'elsewhere/ext.plan.json', ...DATE], { env: ext.env });
    writeFileSync(join(ext.root, 'plans/ext.lock'), JSON.stringify({ pid: process.pid, host: hostname(), since: 'now' }));
    const r = await runCli(['apply', '--env', 'ext', '--root', ext.root, 'elsewhere/ext.plan.json'], { env: ext.env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('another apply holds');
  });

  it('refuses a saved plan whose declarations changed', async () => {
    ext = await externalSandbox();
    await runCli(['plan', '--env', 'ext', '--root', ext.root, '--out', 'plans/ext.plan.json', ...DATE], { env: ext.env });
    const file = join(ext.root, 'environments/ext/people/anna-schmidt.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('firstName: Anna', 'firstName: Anne'));
    const apply = await runCli(['apply', '--env', 'ext', '--root', ext.root, 'plans/ext.plan.json'], { env: ext.env });
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain('declarations changed');
  });
});

describe('faults', () => {
  let ext: ExternalSandbox | undefined;
  afterEach(async () => ext?.close());

  it('a plan against an unauthorised system fails naming the system, without the token', async () => {
    ext = await externalSandbox();
    const env = { ...ext.env, KIMAI_TOKEN: 'wrong-token-123456' };
    const r = await runCli(['plan', '--env', 'ext', '--root', ext.root, '--detailed-exitcode', ...DATE], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/kimai: .*401/);
    expect(r.stderr + r.stdout).not.toContain('wrong-token-123456');
  });

  it('a plan against an unreachable system fails naming the system', async () => {
    ext = await externalSandbox();
    await ext.sims.mctime.close();
    const r = await runCli(['plan', '--env', 'ext', '--root', ext.root, '--detailed-exitcode', ...DATE], { env: ext.env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/mctime: .*(refused|connect)/i);
    expect(r.stderr + r.stdout).not.toContain(ext.env.MCTIME_API_KEY!);
  });

  it('after injected 5xx faults mid-apply, a second apply converges', async () => {
    ext = await externalSandbox({
      kimai: { faults: [{ kind: 'status', status: 503, probability: 0.3, method: 'PATCH' }] },
      papershift: { faults: [{ kind: 'status', status: 500, probability: 0.3, method: 'POST', after: true }] },
      mctime: { faults: [{ kind: 'reset', probability: 0.3, method: 'POST', times: 2 }] },
    });
    await runCli(['apply', '--env', 'ext', '--root', ext.root, '--auto-approve', ...DATE], { env: ext.env });
    for (const s of Object.values(ext.sims)) s.server.knobs.faults = [];
    const second = await runCli(['apply', '--env', 'ext', '--root', ext.root, '--auto-approve', ...DATE], { env: ext.env });
    expect(second.code).toBe(0);
    const plan = await runCli(['plan', '--env', 'ext', '--root', ext.root, '--detailed-exitcode', ...DATE], { env: ext.env });
    expect(plan.stdout).toContain('No changes.');
    // A create whose answer was lost must not have been sent twice.
    const emails = ext.sims.mctime.snapshot() as McTimeSeed;
    const counts = new Map<string, number>();
    for (const u of emails.users) counts.set(String(u.email), (counts.get(String(u.email)) ?? 0) + 1);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });
});
