// plans/<env>.lock: two applies against one environment must not interleave writes.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { UserError } from '../cli/io.js';

interface Holder {
  pid: number;
  host: string;
  since: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(path: string): boolean {
  try {
    const fd = openSync(path, 'wx', 0o600);
    const holder: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
    writeSync(fd, JSON.stringify(holder));
    closeSync(fd);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

function readHolder(path: string): Holder | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Holder;
  } catch {
    return null;
  }
}

export interface Lock {
  release(): void;
}

/** Takes the lock, waiting up to timeoutMs; a lock left by a dead process on this host is taken over. */
export async function acquireLock(path: string, timeoutMs: number): Promise<Lock> {
  mkdirSync(dirname(path), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (tryCreate(path)) return { release: () => rmSync(path, { force: true }) };
    const holder = readHolder(path);
    if (holder && holder.host === hostname() && !alive(holder.pid)) {
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      const who = holder ? `pid ${holder.pid} on ${holder.host} since ${holder.since}` : 'another process';
      throw new UserError(
        `another apply holds ${path} (${who}); wait for it, raise --lock-timeout, or remove the file if that process is gone`,
      );
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
