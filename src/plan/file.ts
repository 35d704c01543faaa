// Saved plan files: versioned JSON, mode 0600, with a personal-data notice in their header.
import { readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Plan } from '../generated/plan.js';
import { UserError } from '../cli/io.js';
import { PLAN_FORMAT_VERSION, planDigest } from './build.js';

export function savePlan(path: string, plan: Plan): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify(plan, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, path);
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
