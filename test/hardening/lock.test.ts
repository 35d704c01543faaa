// Concurrency between runs: plans/<env>.lock keeps two applies against one environment from interleaving.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { DATE, hardenedSandbox, stackLines, type Hardened } from './harness.js';
import { duplicates } from './state.js';

let ext: Hardened | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !done(); i++) await sleep(10);
}

describe('two applies against one environment', () => {
  it('the second refuses at once (--lock-timeout 0) naming the holder, or waits for the first with --lock-timeout', async () => {
    // Slow answers keep the first apply (and its lock) busy for a while.
    ext = await hardenedSandbox({
      kimai: { latencyMs: 60 },
      papershift: { latencyMs: 60 },
      mctime: { latencyMs: 60 },
    });
    const lock = join(ext.root, 'plans/ext.lock');
    const first = ext.cli('apply', '--auto-approve', ...DATE);
    await until(() => existsSync(lock));
    expect(existsSync(lock)).toBe(true);

    const refused = await ext.cli('apply', '--auto-approve', '--lock-timeout', '0', ...DATE);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('another apply holds');
    expect(refused.stderr).toContain(`pid ${process.pid} on ${hostname()}`);
    expect(refused.stderr).toContain('--lock-timeout');
    expect(stackLines(refused.stderr)).toEqual([]);

    const waiting = ext.cli('apply', '--auto-approve', '--lock-timeout', '60', ...DATE);
    const [a, b] = await Promise.all([first, waiting]);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain('Apply complete');
    // The waiting apply planned only after the first had finished: nothing was left to do.
    expect(b.code).toBe(0);
    expect(b.stdout).toContain('No changes.');
    expect(existsSync(lock)).toBe(false);
    expect(duplicates(ext.sims)).toEqual([]);
  });

  it('a lock left by a dead process on this host is taken over', async () => {
    ext = await hardenedSandbox();
    writeFileSync(
      join(ext.root, 'plans/ext.lock'),
      JSON.stringify({ pid: await deadPid(), host: hostname(), since: '2026-01-01T00:00:00Z' }),
    );
    const r = await ext.cli('apply', '--auto-approve', ...DATE);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(ext.root, 'plans/ext.lock'))).toBe(false);
  });

  it('a lock held on another host is not taken over (its pid means nothing here)', async () => {
    ext = await hardenedSandbox();
    writeFileSync(
      join(ext.root, 'plans/ext.lock'),
      JSON.stringify({ pid: await deadPid(), host: 'ci-runner-7', since: '2026-01-01T00:00:00Z' }),
    );
    const r = await ext.cli('apply', '--auto-approve', '--lock-timeout', '0.3', ...DATE);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /another apply holds .*ext\.lock \(pid \d+ on ci-runner-7 since 2026-01-01T00:00:00Z\)/,
    );
    expect(ext.sims.kimai.server.log).toEqual([]); // refused before reading anything
  });

  it('rejects a --lock-timeout that is not a number of seconds', async () => {
    ext = await hardenedSandbox();
    const r = await ext.cli('apply', '--auto-approve', '--lock-timeout', 'soon', ...DATE);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--lock-timeout soon: expected seconds');
    expect(stackLines(r.stderr)).toEqual([]);
  });
});
