// Saved plan files: versioned JSON, mode 0600, with a personal-data notice in their header.
import { readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Plan } from '../generated/plan.js';
import { UserError } from '../cli/io.js';
import { PLAN_FORMAT_VERSION, planDigest } from './build.js';

/** Why a file could not be written, in a user's words: the path and the system's reason, no stack. */
export function cannotWrite(path: string, err: unknown): UserError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const why: Record<string, string> = { ENOENT: 'no such folder', EACCES: 'permission denied', EROFS: 'read-only file system', EISDIR: 'is a folder', ENOTDIR: 'a part of the path is not a folder', EEXIST: 'a part of the path is not a folder', ENOSPC: 'no space left' };
  return new UserError(`cannot write ${path}: ${(code && why[code]) ?? (err instanceof Error ? err.message : String(err))}`);
}

export function savePlan(path: string, plan: Plan): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, `${JSON.stringify(plan, null, 2)}\n`, { mode: 0o600 });
    renameSync(tmp, path);
  } catch (err) {
    throw cannotWrite(path, err);
  }
}

export function loadPlan(path: string): Plan {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UserError(`cannot read plan file ${path}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UserError(`${path} is not a plan file (not JSON)`);
  }
  const plan = data as Partial<Plan>;
  if (!plan || typeof plan !== 'object' || typeof plan.formatVersion !== 'string' || !Array.isArray(plan.changes)) {
    throw new UserError(`${path} is not a plan file`);
  }
  const [major] = plan.formatVersion.split('.');
  if (major !== PLAN_FORMAT_VERSION.split('.')[0]) {
    throw new UserError(`${path} has plan format ${plan.formatVersion}; this people reads ${PLAN_FORMAT_VERSION}`);
  }
  const full = plan as Plan;
  if (planDigest(full) !== full.digest) throw new UserError(`${path} was modified after it was written (digest mismatch)`);
  return full;
}
