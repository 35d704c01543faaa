// Temp-dir fixtures for loader tests: write an environment's files, load it, read errors as text.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatConfigError, loadEnvironment, type LoadResult } from '../../../src/config/load.js';

export const ENV_YAML = `providers:
  kimai: { simulator: true }
  papershift: { simulator: true }
  mctime: { simulator: true }
`;

export const CONTRACTS_YAML = `ft40: { type: week, weeklyHours: 40h, workDays: [mon, tue, wed, thu, fri], vacationDays: 30 }
pt-month: { type: month, monthlyHours: 80h, workDays: [mon, tue, wed] }
`;

/** Writes files (paths relative to environments/acme/) into a fresh root; returns the root. */
export function writeEnv(files: Record<string, string | Buffer>, env = 'acme'): string {
  const root = mkdtempSync(join(tmpdir(), 'people-config-'));
  const all: Record<string, string | Buffer> = {
    'environment.yaml': ENV_YAML,
    'contracts.yaml': CONTRACTS_YAML,
    ...files,
  };
  for (const [rel, content] of Object.entries(all)) {
    const abs = join(root, 'environments', env, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}

export async function load(
  files: Record<string, string | Buffer>,
  processEnv: NodeJS.ProcessEnv = {},
): Promise<LoadResult> {
  return loadEnvironment({ root: writeEnv(files), env: 'acme', processEnv });
}

/** The formatted errors of a load that must fail. */
export async function errorsOf(
  files: Record<string, string | Buffer>,
  processEnv: NodeJS.ProcessEnv = {},
): Promise<string[]> {
  const r = await load(files, processEnv);
  if (r.ok) throw new Error('expected the load to fail');
  return r.errors.map(formatConfigError);
}

export const P = 'environments/acme/people';
