// Fault matrix (e): the apply process is killed (SIGKILL) mid-apply. The next plan shows exactly what was not
// applied, the next apply takes over the dead process's lock, does not create anything twice, and converges.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readJournal, unsureChanges, type JournalEntry } from '../../src/apply/journal.js';
import type { Fault } from '../../src/sim/common/server.js';
import { expectConverged } from './converge.js';
import { cleanReference, DATE, hardenedSandbox, type Hardened } from './harness.js';
import { allState, mctimeState, repeatedCreates, writes } from './state.js';

let reference: ReturnType<typeof allState>;
let ext: Hardened | undefined;
beforeAll(async () => {
  reference = await cleanReference();
});
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

async function planIds(h: Hardened): Promise<string[]> {
  const r = await h.cli('plan', '--format', 'json', ...DATE);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { changes: Array<{ id: string }> }).changes.map((c) => c.id).sort();
}

/** Change ids the journal shows as applied, and those whose last entry is a request without an answer. */
function journalState(path: string): { applied: Set<string>; inFlight: Set<string> } {
  const last = new Map<string, JournalEntry['phase']>();
  const applied = new Set<string>();
  for (const e of readJournal(path)) {
    last.set(e.change, e.phase);
    if (e.phase === 'applied') applied.add(e.change);
  }
  return { applied, inFlight: new Set([...last].filter(([, phase]) => phase === 'send').map(([id]) => id)) };
}

async function until(what: string, done: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !done(); i++) await sleep(50);
  if (!done()) throw new Error(`gave up waiting for ${what}`);
}

describe('fault matrix (e): the process killed mid-apply', () => {
  it('plan shows exactly the unapplied rest; a re-run takes the lock over and converges without duplicates', async () => {
    // One request at a time per system, writes slowed, so the kill lands mid-apply with work left in every
    // system. Kimai's create of tobias.hofer is carried out but its answer held back: the kill leaves a create
    // without an answer.
    const slowWrite = (method: string, pathPrefix: string): Fault => ({
      kind: 'slow',
      delayMs: 400,
      method,
      pathPrefix,
    });
    ext = await hardenedSandbox(
      {
        kimai: {
          latencyMs: 40,
          faults: [{ kind: 'slow', after: true, delayMs: 4000, method: 'POST', pathPrefix: '/api/users' }],
        },
        papershift: { faults: ['POST', 'PUT', 'DELETE'].map((method) => slowWrite(method, '/api/')) },
        mctime: { faults: [slowWrite('POST', '/api/')] },
      },
      { concurrency: 1 },
    );
    const before = mctimeState(ext.sims.mctime);
    const original = await planIds(ext);
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/people.ts',
        'apply',
        '--env',
        'ext',
        '--root',
        ext.root,
        '--auto-approve',
        ...DATE,
      ],
      {
        env: { ...process.env, ...ext.env, NO_COLOR: '1' },
        stdio: 'ignore',
      },
    );
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const kimaiUsers = () => (ext!.sims.kimai.snapshot() as { users: Array<{ username: string }> }).users;
    await until('the Kimai create to be carried out', () =>
      kimaiUsers().some((u) => u.username === 'thofer'),
    );
    expect(writes(ext.sims).length).toBeGreaterThanOrEqual(3);
    child.kill('SIGKILL');
    await exited; // reaped: its pid is dead now
    await sleep(500); // writes the server received before the kill complete (slowed by 400 ms)

    const lockPath = join(ext.root, 'plans/ext.lock');
    const journalPath = join(ext.root, 'plans/ext.journal.jsonl');
    expect(existsSync(lockPath)).toBe(true);
    expect((JSON.parse(readFileSync(lockPath, 'utf8')) as { pid: number }).pid).toBe(child.pid);
    expect(unsureChanges(journalPath)).toContain('kimai:tobias.hofer:user');

    ext.heal();
    const { applied, inFlight } = journalState(journalPath);
    const rest = await planIds(ext);
    expect(rest.length).toBeGreaterThan(0);
    // No more: nothing applied shows up again.
    expect(rest.filter((id) => applied.has(id))).toEqual([]);
    // No less: every change neither applied nor in flight at the kill is still planned.
    expect(original.filter((id) => !applied.has(id) && !inFlight.has(id) && !rest.includes(id))).toEqual([]);
    // And nothing new appears (a change in flight may have completed or not).
    expect(rest.filter((id) => !original.includes(id))).toEqual([]);

    const rerun = await ext.cli('apply', '--auto-approve', ...DATE);
    expect(rerun.stderr).not.toContain('another apply holds');
    expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0);
    expect(existsSync(lockPath)).toBe(false);
    expect(repeatedCreates(ext.sims)).toEqual([]);
    await expectConverged(ext, reference, before);
  });
});
