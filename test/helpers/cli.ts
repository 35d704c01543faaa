// Runs the CLI in-process with captured output, against a temporary copy of an environment.
import { cpSync, mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: NodeJS.ProcessEnv;
  tty?: boolean;
  today?: string;
}

export async function runCli(argv: string[], opts: CliOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdin.isTTY = opts.tty ?? false;
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    stdin,
    env: opts.env ?? {},
    color: false,
    today: () => opts.today ?? '2026-11-23',
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A temporary root with a copy of environments/<name> (without saved simulator state). */
export function copyEnvironment(name: string, as = name): string {
  const root = mkdtempSync(join(tmpdir(), 'people-'));
  mkdirSync(join(root, 'environments'), { recursive: true });
  mkdirSync(join(root, 'plans'));
  cpSync(join(process.cwd(), 'environments', name), join(root, 'environments', as), {
    recursive: true,
    filter: (src) => !src.endsWith('.simulator-state.json'),
  });
  return root;
}
