// reviewAndApply end to end over fake TTY streams: the contract `people apply` relies on.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Io } from '../../../src/cli/io.js';
import type { ChangeOutcome } from '../../../src/apply/executor.js';
import { reviewAndApply, type Execute } from '../../../src/apply/review.js';
import { BOB_USER, reviewPlan } from './review-fixture.js';

const tick = () => new Promise<void>((r) => setImmediate(() => setTimeout(r, 0)));

/** Just enough of a TTY stdin for Ink: raw mode and the 'readable' + read() protocol. */
class FakeStdin extends EventEmitter {
  isTTY = true;
  private pending: string | null = null;
  send(data: string) {
    this.pending = data;
    this.emit('readable');
  }
  read = () => {
    const d = this.pending;
    this.pending = null;
    return d;
  };
  setRawMode = vi.fn();
  setEncoding() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

class FakeStdout extends EventEmitter {
  isTTY = true;
  columns = 100;
  rows = 40;
  text = '';
  write = (s: string) => {
    this.text += s;
    return true;
  };
}

function fakeIo() {
  const stdin = new FakeStdin();
  const stdout = new FakeStdout();
  const stderr = new FakeStdout();
  const io = { stdin, stdout, stderr, env: {}, color: false, today: () => '2025-01-01' } as unknown as Io;
  return { io, stdin, stdout };
}

async function keys(stdin: FakeStdin, ...ks: string[]) {
  // Ink listens once useInput's effect has run; a loaded machine may take more than a tick to get there.
  await vi.waitFor(() => expect(stdin.listenerCount('readable')).toBeGreaterThan(0));
  for (const k of ks) {
    stdin.send(k);
    await tick();
  }
}

describe('reviewAndApply', () => {
  it('returns null and sends nothing when the reviewer quits', async () => {
    const { io, stdin } = fakeIo();
    const execute = vi.fn<Execute>();
    const result = reviewAndApply({ plan: reviewPlan(), execute, io });
    await keys(stdin, 'a', 'q');
    await expect(result).resolves.toBeNull();
    expect(execute).not.toHaveBeenCalled();
  });

  it('returns the outcomes of the approved changes and leaves raw mode', async () => {
    const { io, stdin, stdout } = fakeIo();
    const outcomes: ChangeOutcome[] = [{ id: BOB_USER, status: 'done' }];
    const execute = vi.fn<Execute>(async (_approved, onStatus) => {
      onStatus?.({ id: BOB_USER, status: 'running' });
      onStatus?.(outcomes[0]!);
      return outcomes;
    });
    const result = reviewAndApply({ plan: reviewPlan(), execute, io });
    await keys(stdin, '\u001B[A', ' ', 'y'); // up from the first row stays on alice: approve alice's three
    await expect(result).resolves.toBe(outcomes);
    expect(new Set(execute.mock.calls[0]![0]).size).toBe(3);
    expect(stdout.text).toContain('Apply complete: 1 applied, 0 failed, 0 skipped.');
    expect(stdin.setRawMode).toHaveBeenLastCalledWith(false);
  });

  it('rejects with the executor error', async () => {
    const { io, stdin } = fakeIo();
    const execute = vi.fn<Execute>(async () => {
      throw new Error('boom');
    });
    const result = reviewAndApply({ plan: reviewPlan(), execute, io });
    await keys(stdin, 'a', 'y');
    await expect(result).rejects.toThrow('boom');
  });
});

describe('people apply on a terminal', () => {
  it('exits 1 with "Apply cancelled." when the review is quit, as a declined Terraform apply', { timeout: 60_000 }, async () => {
    const { main } = await import('../../../src/cli/main.js');
    const { copyEnvironment } = await import('../../helpers/cli.js');
    const { io, stdin, stdout } = fakeIo();
    const root = copyEnvironment('sandbox');
    const code = main(['apply', '--env', 'sandbox', '--root', root, '--date', '2026-11-23'], io);
    // The systems are read first (the simulators start in-process): wait for the review to listen for keys. (Not
    // for its output: under CI=true Ink writes only the last frame.)
    await vi.waitFor(() => expect(stdin.listenerCount('readable')).toBeGreaterThan(0), { timeout: 30_000, interval: 50 });
    await keys(stdin, 'q');
    await expect(code).resolves.toBe(1);
    expect(stdout.text).toContain('Apply cancelled. Nothing was sent.');
  });
});
